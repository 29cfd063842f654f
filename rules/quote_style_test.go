package rules

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

func TestSingleQuotePairs(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"the word ‚Heimat‘ has", "‚‘"},
		{"a ‹mot› and ›Wort‹", "‹››‹"},
		{"Hello‚ world‘s", ""},
		{"Home › News › World", ""},
		{"don’t ‘quote’ me", ""},
		{"‚unclosed and on", ""},
	}
	for _, tt := range tests {
		var got strings.Builder
		for _, p := range singleQuotePairs(tt.text, nil) {
			got.WriteRune(p[0].R)
			got.WriteRune(p[1].R)
		}
		if got.String() != tt.want {
			t.Errorf("singleQuotePairs(%q) = %q, want %q", tt.text, got.String(), tt.want)
		}
	}
}

func TestPreferredQuote(t *testing.T) {
	tests := []struct {
		lang           string
		double, single string
	}{
		{"en", "“”", "‘’"},
		{"de", "„“", "‚‘"},
		{"fr", "«»", "‹›"},
		{"pl", "„”", ""},
		{"ru", "«»", ""},
		{"ja", "「」", "‘’"},
	}
	pairString := func(q textdoc.QuotePair) string {
		if q.Open == 0 {
			return ""
		}
		return string(q.Open) + string(q.Close)
	}
	for _, tt := range tests {
		loc := textdoc.LocaleFor(tt.lang)
		if got := pairString(preferredQuote(loc, false)); got != tt.double {
			t.Errorf("%s: preferred double quote %q, want %q", tt.lang, got, tt.double)
		}
		if got := pairString(preferredQuote(loc, true)); got != tt.single {
			t.Errorf("%s: preferred single quote %q, want %q", tt.lang, got, tt.single)
		}
	}
}

// TestQuoteStyleOncePerQuote reports the opening mark only, with the
// locale's mark as the replacement.
func TestQuoteStyleOncePerQuote(t *testing.T) {
	fs := checkWithLang(t, QuoteStyle, "He spoke of „promises“ for the harbour.", "en")
	if len(fs) != 1 || fs[0].Text != "„" || fs[0].Suggestion != "“" {
		t.Fatalf("got %+v, want one finding on „ suggesting “", fs)
	}
}

func TestHasGuillemet(t *testing.T) {
	for s, want := range map[string]bool{"": false, "plain": false, "a « b": true, "b »": true, "©®": false, "\xc2": false, "é « ": true, "Straße": false} {
		if got := hasGuillemet(s); got != want || got != strings.ContainsAny(s, "«»") {
			t.Errorf("hasGuillemet(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestQuoteStyleStraight reports straight quotation marks only in the
// languages its option names, once a pair, with the language's mark.
func TestQuoteStyleStraight(t *testing.T) {
	check := func(text, lang, straight string) []checker.Finding {
		t.Helper()
		return checkWithOptions(t, QuoteStyle, text, lang, map[string]string{"straight": straight})
	}
	de := `Der Minister sprach von "Extremismus" und von einem "Neuanfang".`
	if fs := check(de, "de", "de, fr"); len(fs) != 2 || fs[0].Text != `"` || fs[0].Suggestion != "„" {
		t.Errorf("German with straight=de, fr: got %+v, want two findings suggesting „", fs)
	}
	if fs := check(de, "de", ""); len(fs) != 0 {
		t.Errorf("German without the option: got %+v, want none", fs)
	}
	if fs := check(`The minister spoke of "extremism".`, "en", "de, fr"); len(fs) != 0 {
		t.Errorf("English, not named: got %+v, want none", fs)
	}
	if fs := check(`Le ministre a parlé d'"extrémisme".`, "fr", "fr"); len(fs) != 1 || fs[0].Suggestion != "«" {
		t.Errorf("French with straight=fr: got %+v, want one finding suggesting «", fs)
	}
}
