// Package run is the data path of a check: it expands the command line's
// inputs (folders, globs, standard input), reads and parses each input with
// the size limit, picks the engine and options of the configuration that
// applies to it, checks it, and gathers the results in a report.Report. Run
// checks files in parallel, Parallel checks a translated article against its
// source, Stream checks a JSONL stream, Detect reports languages.
package run
