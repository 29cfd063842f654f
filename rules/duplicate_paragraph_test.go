package rules

import (
	"testing"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// TestDuplicateParagraphKinds covers the block kinds that plain-text
// fixtures cannot express.
func TestDuplicateParagraphKinds(t *testing.T) {
	const text = "Ferry crossings resume on Monday after the ramp repair"
	const other = "The operator gave no date for the second ramp."
	P, H, Q, L, C, T := textdoc.Paragraph, textdoc.Heading, textdoc.Quote, textdoc.ListItem, textdoc.Caption, textdoc.TableCell
	for _, tc := range []struct {
		name  string
		kinds []textdoc.BlockKind
		want  string // message, "" for none
	}{
		{"paragraphs", []textdoc.BlockKind{P, P, P}, "repeats the paragraph on line 1"},
		{"heading then paragraph", []textdoc.BlockKind{H, P, P}, "repeats the heading on line 1"},
		{"two headings", []textdoc.BlockKind{H, P, H}, ""},
		{"pull quote", []textdoc.BlockKind{P, P, Q}, ""},
		{"two quotes", []textdoc.BlockKind{Q, P, Q}, "repeats the quote on line 1"},
		{"caption twice", []textdoc.BlockKind{C, P, C}, "repeats the caption on line 1"},
		{"list items", []textdoc.BlockKind{L, P, L}, ""},
		{"table cells", []textdoc.BlockKind{T, P, T}, ""},
	} {
		fs := checkKinds(t, DuplicateParagraph, []string{text, other, text}, tc.kinds)
		got := ""
		if len(fs) > 0 {
			got = fs[0].Message
			if fs[0].Line != 5 {
				t.Errorf("%s: finding on line %d, want 5", tc.name, fs[0].Line)
			}
		}
		if len(fs) > 1 || got != tc.want {
			t.Errorf("%s: got %d findings %q, want %q", tc.name, len(fs), got, tc.want)
		}
	}
}

func TestDuplicateKey(t *testing.T) {
	var buf []byte
	for _, tc := range []struct {
		text, want string
		letters    int
	}{
		{"Jets fly.  Denmark", "jets fly denmark", 14},
		{"“Jets fly”, Denmark!", "jets fly denmark", 14},
		{"F-16 jets", "f 16 jets", 7},
		{"  Ünal  sagt  ", "ünal sagt", 8},
	} {
		got, n := textutil.DuplicateKey(tc.text, &buf)
		if got != tc.want || n != tc.letters {
			t.Errorf("duplicateKey(%q) = %q, %d; want %q, %d", tc.text, got, n, tc.want, tc.letters)
		}
	}
}

func BenchmarkDuplicateParagraph(b *testing.B) { benchmarkRule(b, DuplicateParagraph) }
