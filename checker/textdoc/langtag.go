package textdoc

import (
	"fmt"

	"golang.org/x/text/language"
)

// NormalizeLang validates a language tag (ISO 639-1 or BCP 47, "de-CH") and
// returns its base language in lower case; "" stays "".
func NormalizeLang(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	tag, err := language.Parse(s)
	if err != nil {
		return "", fmt.Errorf("invalid language %q: %v", s, err)
	}
	base, conf := tag.Base()
	if conf == language.No {
		return "", fmt.Errorf("invalid language %q", s)
	}
	// x/text canonicalises Tagalog to Filipino; lingua (and our word lists)
	// know it as tl. Norwegian without a written standard is most often
	// Bokmål.
	switch b := base.String(); b {
	case "fil":
		return "tl", nil
	case "no":
		return "nb", nil
	default:
		return b, nil
	}
}
