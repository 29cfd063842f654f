// Package baseline narrows a report to what is new: a baseline file of
// accepted findings (each known by its rule, text and the words around it,
// so that edits elsewhere in the file do not make it new again), and --since
// and --since-git, which keep only the findings on lines changed since an
// old version of each file.
package baseline
