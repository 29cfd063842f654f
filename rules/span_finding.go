package rules

// encodingFinding is one piece of badly decoded text in a string.
type encodingFinding struct {
	Start, End int // byte offsets
	Message    string
	Suggestion string
	// Repair is set when the text is certainly known: the decoded text, a
	// byte order mark to drop, a Windows-1252 mark read as Latin-1.
	// Replacement is then what replaces the span.
	Repair      bool
	Replacement string
}
