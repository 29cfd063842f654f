package textdoc

import "testing"

func TestTransliterate(t *testing.T) {
	for in, want := range map[string]string{
		"Лавров":      "lavrov",
		"Щербаков":    "shcherbakov",
		"Хабаровск":   "khabarovsk",
		"Київ":        "kiiv", // ї loses its diaeresis first
		"Müller":      "muller",
		"Straße":      "strasse",
		"Łódź":        "lodz",
		"С-400":       "s-400",
		"Zürich 2024": "zurich 2024",
	} {
		if got := Transliterate(in); got != want {
			t.Errorf("Transliterate(%q) = %q, want %q", in, got, want)
		}
	}
}
