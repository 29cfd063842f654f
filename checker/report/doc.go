// Package report holds the result of a run, Report, with its files and
// findings, and writes it: one Formatter a format (text, line, json, jsonl,
// sarif, checkstyle, junit, github, gitlab, html), the text context of a
// finding, quality scores and the fingerprints that code scanning and GitLab
// use to follow a finding across commits.
package report
