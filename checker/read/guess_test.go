package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// TestGuessLanguageParagraphs checks the language guessed for a plain-text
// file of one paragraph in each language of the function-word lists.
func TestGuessLanguageParagraphs(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "langwords", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test paragraphs: %v", err)
	}
	for _, file := range files {
		lang := strings.TrimSuffix(filepath.Base(file), ".txt")
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse("a.txt", data, textdoc.FormatText, "")
		if err != nil {
			t.Fatal(err)
		}
		ok := doc.Lang == lang
		switch lang {
		case "hr", "bs":
			ok = ok || doc.Lang == "" || doc.Lang == "hr" || doc.Lang == "bs"
		case "af":
			ok = ok || doc.Lang == ""
		}
		if !ok {
			t.Errorf("%s: guessed %q", lang, doc.Lang)
		}
	}
}
