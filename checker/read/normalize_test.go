package read

import (
	"testing"

	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
)

func TestNormalizeLang(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", "EN-gb": "en", "pt-BR": "pt", "zh-Hant": "zh", "iw": "he", "in": "id",
		"tl": "tl", "fil": "tl", "no": "nb", "nb": "nb", "nn": "nn", "": "",
	} {
		got, err := textdoc.NormalizeLang(in)
		if err != nil || got != want {
			t.Errorf("NormalizeLang(%q) = %q, %v; want %q", in, got, err, want)
		}
		if got != "" && !langid.KnownLanguage(got) {
			t.Errorf("NormalizeLang(%q) = %q, which lingua does not know", in, got)
		}
	}
	for _, bad := range []string{"xx-!!", "english"} {
		if got, err := textdoc.NormalizeLang(bad); err == nil {
			t.Errorf("NormalizeLang(%q) = %q, want an error", bad, got)
		}
	}
}
