// Package read turns the bytes of a file into a textdoc.Document: the size
// limit and the bounded reads (a device or a FIFO never stalls a run), the
// trust boundary of a repository (symlinks out of it are not followed),
// decoding of UTF-16 and Windows-1252, and one reader a format: plain text,
// Markdown, HTML, PO, XLIFF, TMX, TSV and CSV. Parse picks the reader from
// the file's name or its first bytes, marks placeholders and guesses the
// language when none is given. It knows nothing of rules or output.
package read
