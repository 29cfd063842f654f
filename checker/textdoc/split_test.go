package textdoc

import (
	"strings"
	"testing"
)

// TestSplitLongBlocks cuts long blocks and checks that every byte of every
// part still maps to the file offset it mapped to before the cut, through
// linear pieces and a non-linear one (an entity).
func TestSplitLongBlocks(t *testing.T) {
	// raw: "alpha beta&amp;gamma delta\nepsilon zeta ..." read as text where
	// "&amp;" became "&".
	var bb BlockBuilder
	raw := 0
	add := func(text string, rawLen int) {
		bb.Add(text, raw, rawLen)
		raw += rawLen
	}
	add("alpha beta", 10)
	add("&", 5)
	add("gamma delta\nepsilon zeta eta theta iota kappa lambda", 52)
	add("ünïcödé", len("ünïcödé"))
	whole := bb.Build(Paragraph)
	for _, limit := range []int{8, 12, 16, 31, 64} {
		parts := SplitLongBlocks([]*Block{whole}, limit)
		if len(parts) < 2 && len(whole.Text) > limit {
			t.Fatalf("limit %d: %d parts", limit, len(parts))
		}
		at := 0 // where the next part starts in whole.Text
		var joined []string
		for _, p := range parts {
			if len(p.Text) > limit || strings.TrimSpace(p.Text) != p.Text || p.Text == "" {
				t.Errorf("limit %d: part %q", limit, p.Text)
			}
			off := strings.Index(whole.Text[at:], p.Text)
			if off < 0 || strings.TrimSpace(whole.Text[at:at+off]) != "" {
				t.Fatalf("limit %d: part %q does not follow at %d", limit, p.Text, at)
			}
			at += off
			for k := 0; k <= len(p.Text); k++ {
				if got, want := p.Raw(k), whole.Raw(at+k); got != want && k < len(p.Text) {
					t.Errorf("limit %d: part %q Raw(%d) = %d, want %d", limit, p.Text, k, got, want)
				}
			}
			if got, want := p.RawEnd(len(p.Text)), whole.RawEnd(at+len(p.Text)); got != want {
				t.Errorf("limit %d: part %q RawEnd = %d, want %d", limit, p.Text, got, want)
			}
			at += len(p.Text)
			joined = append(joined, p.Text)
		}
		if got := strings.Join(strings.Fields(strings.Join(joined, "")), ""); got != strings.Join(strings.Fields(whole.Text), "") {
			t.Errorf("limit %d: parts %q lose text", limit, joined)
		}
	}
	short := []*Block{{Text: "short"}}
	if got := SplitLongBlocks(short, 8); len(got) != 1 || got[0] != short[0] {
		t.Errorf("a short block is changed: %v", got)
	}
}
