package report

import (
	"strings"
	"unicode"

	"github.com/mtlint/mtlint/checker/textdoc"
	"golang.org/x/text/unicode/norm"
)

// reportDocs maps paths to the parsed documents of the report.
func Docs(r *Report) map[string]*textdoc.Document {
	docs := map[string]*textdoc.Document{}
	for _, f := range r.Files {
		if f.Doc != nil {
			docs[f.Path] = f.Doc
		}
	}
	return docs
}

// NormalizeSpace returns s in NFC with every run of white space as one
// space, at the edges too, so "to  ." and "to ." are the same finding.
func NormalizeSpace(s string) string {
	s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
