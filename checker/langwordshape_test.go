package checker

import (
	"slices"
	"testing"

	"github.com/mtlint/mtlint/checker/langid"
)

// wordModel scores single words from a table: the source language's
// confidence on a {target, source} pair. Other text is undecided.
type wordModel struct {
	conf  map[string]float64
	asked []string
}

func (m *wordModel) Preload([]string) {}

func (m *wordModel) Scores(text string, langs []string) []langid.LangScore {
	c, ok := m.conf[text]
	if !ok {
		return nil
	}
	m.asked = append(m.asked, text)
	out := make([]langid.LangScore, 0, len(langs))
	for _, l := range langs {
		if l == "de" {
			out = append(out, langid.LangScore{Lang: l, Conf: c})
		} else {
			out = append(out, langid.LangScore{Lang: l, Conf: 1 - c})
		}
	}
	return out
}

func TestSourceWords(t *testing.T) {
	model := &wordModel{conf: map[string]float64{
		"Bruchteil": 0.99, "Steinmeier": 1, "Wittgenstein": 1, "Department": 0.01, "challenge": 0.97,
	}}
	for _, tc := range []struct {
		text, target, source string
		want                 []string
	}{
		// The shape decides, with or without a known source.
		{"Since the yard closed, an Endzeitstimmung has settled over the town.", "en", "", []string{"Endzeitstimmung"}},
		{"There is an Endzeitstimmung in the port city.", "en", "de", []string{"Endzeitstimmung"}},
		{"Il y a une Endzeitstimmung dans la ville portuaire.", "fr", "de", []string{"Endzeitstimmung"}},
		{"The BK'in and several Mitarbeiter:innen visited the port.", "en", "", []string{"BK'in", "Mitarbeiter:innen"}},
		// The model decides a capitalised word after a determiner.
		{"Only the Bruchteil of the port was sold.", "en", "de", []string{"Bruchteil"}},
		// Names, loanwords and target words are left alone.
		{"The Süddeutsche Zeitung and the Frankfurter Allgemeine Zeitung reported it.", "en", "de", nil},
		{"Steinmeier met the Wittgenstein scholars at the Department of State.", "en", "de", nil},
		{"The Bundestag debated the Energiewende on Friday, a challenge for the coalition.", "en", "de", nil},
		{"Bruchteil without a determiner, the ministry said, is a name here.", "en", "de", nil},
		// German, Dutch and unknown sources of other languages: not judged.
		{"Die Endzeitstimmung in der Stadt hält an.", "de", "en", nil},
		{"De Endzeitstimmung in de stad blijft.", "nl", "de", nil},
		{"There is an Endzeitstimmung in the port city.", "en", "ru", nil},
	} {
		doc := parseDoc(t, tc.text, tc.target)
		a := &langid.Analysis{S: langid.NewLanguageService(model, nil), Rep: &langid.LanguageReport{Target: tc.target, Source: tc.source}}
		var got []string
		for _, f := range a.SourceWords(doc.Blocks[0], nil) {
			if f.Unit != langid.UnitWord {
				t.Errorf("%q: unit %s", tc.text, f.Unit)
			}
			got = append(got, doc.Blocks[0].Text[f.Span.Start:f.Span.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s<-%s %q: got %q, want %q", tc.target, tc.source, tc.text, got, tc.want)
		}
	}
	if slices.Contains(model.asked, "challenge") || slices.Contains(model.asked, "Steinmeier") {
		t.Errorf("the model was asked about a lower-case word or a name: %q", model.asked)
	}
}

func TestGermanGenderForm(t *testing.T) {
	for w, want := range map[string]bool{
		"Kanzler:in": true, "Bürger*innen": true, "Lehrer_innen": true, "BK'in": true, "LehrerInnen": true,
		"somethin'": false, "rock'in": false, "Berlin": false, "Innen": false, "O'in": true, "Martin": false,
	} {
		if got := langid.GermanGenderForm(w); got != want {
			t.Errorf("germanGenderForm(%q) = %v, want %v", w, got, want)
		}
	}
}
