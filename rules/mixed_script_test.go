package rules

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestMixedRun(t *testing.T) {
	for _, tt := range []struct {
		run, fix string
		ok       bool
	}{
		{"ПAO", "ПАО", true},     // Latin A in a Cyrillic word
		{"Mаrch", "March", true}, // Cyrillic а in a Latin word
		{"пiсля", "після", true}, // Latin i for Ukrainian і
		{"Russiaн", "retype the word in one script", true},
		{"Коммерсантъ", "", false},
		{"µg", "", false},
		{"kΩ", "", false},
		{"β", "", false},
		{"αKlotho", "", false}, // a Greek symbol without a Latin look-alike
		{"Οslo", "Oslo", true}, // Greek capital omicron
	} {
		_, fix, ok := mixedRun(tt.run)
		if ok != tt.ok || fix != tt.fix {
			t.Errorf("%q: %q %v, want %q %v", tt.run, fix, ok, tt.fix, tt.ok)
		}
	}
}

// TestMixedRunASCII checks the ASCII shortcut of mixedRun: the Latin
// letters of ASCII are A-Z and a-z, and no ASCII character is Cyrillic or
// Greek.
func TestMixedRunASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		lc := r | 0x20
		if unicode.Is(unicode.Latin, r) != ('a' <= lc && lc <= 'z') || unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r) {
			t.Errorf("%q: the ASCII shortcut judges it otherwise than the Unicode tables", r)
		}
	}
}
