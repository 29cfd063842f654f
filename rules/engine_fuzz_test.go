package rules

import (
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
)

// FuzzEngine runs every rule over any input in every markup: no
// panic, finding spans inside the file and on code-point boundaries of valid
// UTF-8, and the input unchanged.
func FuzzEngine(f *testing.F) {
	for _, s := range []string{
		"Dhe press conference.\n\n.\n\nAlso read\n", "\xff\xfeD\x00h\x00e\x00 \x00 \x00x\x00",
		"<p>T he <b>vote</b>&amp;  ok</p>", "# H\r\n\r\n> q  q\r\n", "a\tb\nc\td\n", "Caf\xe9  cr\xe8me.",
		"behind.\"Merkel said the Situation « x ».Les\n\nyou have a plan.\n\nTitle –\n\nHere is the translation:\n\nthe of the...",
	} {
		for _, m := range []string{"a.txt", "a.md", "a.html", "a.tsv", "a.csv"} {
			f.Add(m, []byte(s))
		}
	}
	e, err := checker.NewEngine(All(), checker.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, path string, content []byte) {
		orig := string(content)
		doc, err := read.Parse(path, content, "", "en")
		if err != nil {
			return
		}
		fs, err := e.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		checker.Resolve(doc, fs)
		if string(content) != orig {
			t.Fatal("input changed")
		}
		for _, fd := range fs {
			if fd.Offset < 0 || fd.EndOffset < fd.Offset || fd.EndOffset > len(content) {
				t.Fatalf("%s: span [%d,%d) outside %d bytes", fd.Rule, fd.Offset, fd.EndOffset, len(content))
			}
			if doc.Encoding == "" && utf8.Valid(content) {
				for _, o := range []int{fd.Offset, fd.EndOffset} {
					if o < len(content) && !utf8.RuneStart(content[o]) {
						t.Fatalf("%s: offset %d inside a code point", fd.Rule, o)
					}
				}
			}
			if fd.Line < 1 || fd.Column < 1 || fd.EndLine < fd.Line {
				t.Fatalf("%s: bad position %d:%d-%d:%d", fd.Rule, fd.Line, fd.Column, fd.EndLine, fd.EndColumn)
			}
		}
	})
}
