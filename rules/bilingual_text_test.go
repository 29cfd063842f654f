package rules

import "testing"

func TestSimilarName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Лавров", "Lavrov", true},
		{"Лаврова", "Lavrov", true},  // genitive
		{"Лавровым", "Lavrov", true}, // instrumental, three letters more
		{"Putins", "Putin", true},    // German genitive
		{"Selenskyj", "Zelensky", true},
		{"Зеленский", "Zelensky", true},
		{"Зеленский", "Selenskyj", true},
		{"Müller", "Mueller", true},
		{"Шольц", "Scholz", true},
		{"Kiev", "Kyiv", false},     // too short after folding: the equivalents table knows it
		{"Москва", "Moscow", false}, // an exonym: the equivalents table knows it
		{"Lavrov", "Lawrow", true},  // German romanisation
		{"Lavrov", "Larsen", false},
		{"Scholz", "Schulze", false},
		{"Merz", "Merkel", false},
		{"Biden", "Baiden", true},
		{"Ann", "Anna", false}, // "an" and "ana": too short to judge
		{"Li", "Liu", false},   // too short to allow an ending
	} {
		if got := similarName(foldName(tc.a), foldName(tc.b)); got != tc.want {
			t.Errorf("similarName(%q, %q) = %v (folded %q, %q), want %v", tc.a, tc.b, got, foldName(tc.a), foldName(tc.b), tc.want)
		}
	}
}

func TestCyrillicStem(t *testing.T) {
	for in, want := range map[string]string{
		"Байденом": "Байден",
		"Лаврова":  "Лавров",
		"Путину":   "Путин",
		"Лавров":   "Лавров",
		"Ли":       "Ли",
		"Biden":    "Biden",
	} {
		if got := cyrillicStem(in); got != want {
			t.Errorf("cyrillicStem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCloselyRelated(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"es", "pt-BR", true}, {"ru", "uk", true}, {"de", "nl", true},
		{"de", "en", false}, {"en", "fr", false}, {"", "", false}, {"xx", "xx", false},
	} {
		if got := closelyRelated(tc.a, tc.b); got != tc.want {
			t.Errorf("closelyRelated(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
