package read

// MarkdownPieceDocs returns the generated Markdown documents of the pieces
// tests, for the findings test outside the package.
var MarkdownPieceDocs = markdownPieceDocs

// SetMarkdownPieces makes documents over above bytes be parsed in pieces of
// size bytes, until restore is called.
func SetMarkdownPieces(above, size int) (restore func()) {
	a, s := markdownPiecesAbove, markdownPieceSize
	markdownPiecesAbove, markdownPieceSize = above, size
	return func() { markdownPiecesAbove, markdownPieceSize = a, s }
}
