package langid

import (
	"testing"

	"github.com/mtlint/mtlint/checker/textdoc"
)

func TestGermanCognate(t *testing.T) {
	english := setOfWords(`collision component catastrophe universe creature million millions protest
		kilometer cacophony telescope quality capitalism physics conference civilisation commend
		christens presidente president`)
	has := func(w string) bool { return english[w] }
	for w, want := range map[string]bool{
		// German spellings of English words, by consonant and by ending.
		"kollision": true, "komponente": true, "katastrophe": true, "universum": true,
		"universums": true, "kreaturen": true, "millionen": true, "protesten": true,
		"kilometern": true, "kakophonie": true, "teleskopen": true, "kapitalismus": true,
		"zivilisation": true, "konferenz": true,
		// A final "-e" alone is Italian or Spanish; "-sen" is a surname;
		// words with no German change and names are not cognates.
		"presidente": false, "christensen": false, "steinmeier": false, "collision": false,
		"washington": false, "kalashnikov": false,
	} {
		if got := germanCognate(w, has); got != want {
			t.Errorf("germanCognate(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestRegisterWordList(t *testing.T) {
	defer RegisterWordList("xx", nil)
	if WordList("xx") != nil {
		t.Fatal("a language without a list has one")
	}
	RegisterWordList("xx", func(w string) bool { return w == "ferry" })
	if has := WordList("xx"); has == nil || !has("ferry") || has("fähre") {
		t.Error("the registered list is not the one asked")
	}
}

func TestInNameRunPunctuation(t *testing.T) {
	for text, want := range map[string]bool{
		"They called it a Katastrophe, Mayor Tschentscher said.": false,
		"They read the Süddeutsche Zeitung on the ferry.":        true,
		"The Katastrophe. Then the mayor spoke.":                 false,
	} {
		var f textdoc.Span
		for _, s := range fieldSpans(text) {
			if w := text[s.Start:s.End]; len(w) >= 9 && (w[0] == 'K' || w[0] == 'S') {
				f = s
				break
			}
		}
		if got := inNameRun(text, f); got != want {
			t.Errorf("inNameRun(%q, %q) = %v, want %v", text, text[f.Start:f.End], got, want)
		}
	}
}
