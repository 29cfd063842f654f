// Package checker is the kernel of mtlint: a Rule with its options and
// severity, the Pass a rule reports through, the Finding it makes, the
// Engine that runs the enabled rules over a textdoc.Document and filters
// their findings (verbatim text, masks, the language verdict, inline
// suppressions), and the safe fixes a finding may carry. Reading files lives
// in checker/read, language identification in checker/langid, the data path
// of a run in checker/run and output in checker/report.
package checker
