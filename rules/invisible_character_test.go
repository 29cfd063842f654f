package rules

import (
	"testing"

	"github.com/mtlint/mtlint/checker"
)

func TestFindInvisible(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // message of the one finding, "" for none
		sev  checker.Severity
		sugg string
		n    int // findings wanted
	}{
		{"the\u200b council", "invisible character U+200B ZERO WIDTH SPACE", checker.Warning, "remove it", 1},
		{"a\u2060b", "invisible character U+2060 WORD JOINER", checker.Warning, "remove it", 1},
		{"x\ufeffy", "invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark)", checker.Warning, "remove it", 1},
		{"x\u202e\u202cy", "invisible characters U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL FORMATTING", checker.Warning, "remove them", 1},
		{"the \u2066name\u2069 said", "invisible character U+2066 LEFT-TO-RIGHT ISOLATE", checker.Warning, "remove it", 2},
		{"left\u200emark", "invisible character U+200E LEFT-TO-RIGHT MARK", checker.Warning, "remove it", 1},
		{"bell\u0007", "invisible character U+0007 control character", checker.Warning, "remove it", 1},
		{"Be\u00advöl\u00adke\u00adrung wächst", "invisible character U+00AD SOFT HYPHEN in “Be-völ-ke-rung”", checker.Info, "Bevölkerung", 1},
		{"שלום \u202bעולם\u202c", "invisible character U+202B RIGHT-TO-LEFT EMBEDDING", checker.Info, "remove it", 2},
		// Left alone.
		{"\ufeffstart of file", "", 0, "", 0},
		{"👩\u200d💻 and می\u200cخواهم", "", 0, "", 0},
		{"Auf\u200clage", "", 0, "", 0},
		{"שלום \u200eABC\u200f עולם", "", 0, "", 0},
		{"مرحبا\u200f 2024", "", 0, "", 0},
		{"ภาษา\u200bไทย", "", 0, "", 0},
		{"日本\u200b語", "", 0, "", 0},
		{"🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f flag", "", 0, "", 0},
		{"« Bonjour » à 10\u00a0h\u202f: oui\u2009!", "", 0, "", 0},
		{"tab\there\r\nline", "", 0, "", 0},
		{"\u0600١٢٣", "", 0, "", 0},
		{"C1 \u0092 is mojibake's", "", 0, "", 0},
	} {
		fs := findInvisible(tc.text, true)
		if tc.want == "" {
			if len(fs) != 0 {
				t.Errorf("%q: got %+v, want nothing", tc.text, fs)
			}
			continue
		}
		if want := tc.n; len(fs) != want {
			t.Errorf("%q: got %d findings %+v, want %d", tc.text, len(fs), fs, want)
			continue
		}
		if f := fs[0]; f.Message != tc.want || f.sev != tc.sev || f.Suggestion != tc.sugg {
			t.Errorf("%q: got %q (%v, %q), want %q (%v, %q)", tc.text, f.Message, f.sev, f.Suggestion, tc.want, tc.sev, tc.sugg)
		}
	}
}

func TestFindInvisibleBOMNotAtFileStart(t *testing.T) {
	if fs := findInvisible("\ufeffsecond paragraph", false); len(fs) != 1 {
		t.Errorf("BOM at the start of a later block: got %+v, want a finding", fs)
	}
}
