// Package config reads .mtlint.yaml: the nearest file to each input (or the
// one --config names), its rules, severities and options, its language
// settings, ignore globs and glossary, each error with its file and line.
// It turns a file's settings into a checker.Engine and run.Options.
package config
