package rules

import (
	"reflect"
	"testing"
)

func TestFindAddresses(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"See https://example.com/a_(b).", []string{"https://example.com/a_(b)"}},
		{"(see www.example.org/x)", []string{"www.example.org/x"}},
		{"Write to info@example.de, or call.", []string{"info@example.de"}},
		{"at https://user@example.com/x", []string{"https://user@example.com/x"}},
		{"Bild.de and Amazon.com reported it.", nil},
		{"„https://example.de/seite“", []string{"https://example.de/seite"}},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range findAddresses(tt.text) {
			got = append(got, a.Text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	a := findAddresses("https://de.wikipedia.org/wiki/Bonn?lang=de")[0]
	b := findAddresses("https://en.wikipedia.org/wiki/Bonn?lang=en")[0]
	if a.Host != b.Host || a.Path != b.Path || a.Query != b.Query {
		t.Errorf("language-localised links differ: %+v %+v", a, b)
	}
}
