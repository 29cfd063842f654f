package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/run"
)

func fixWith(t *testing.T, path, lang, in string) string {
	t.Helper()
	e, err := checker.NewEngine(All(), checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := run.Fix(e, path, []byte(in), read.ParseOptions{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestRuleFixes checks the safe fix of each rule that offers one, and that
// what a rule only reports is left alone.
func TestRuleFixes(t *testing.T) {
	tests := []struct {
		name, path, lang, in, want string
	}{
		{"space before period", "a.txt", "en", "It belongs to .\n", "It belongs to.\n"},
		{"space before comma", "a.txt", "en", "Yes , he said.\n", "Yes, he said.\n"},
		{"french spacing stays", "a.txt", "fr", "Il a dit : oui !\n", "Il a dit : oui !\n"},
		{"double space", "a.txt", "en", "The plan.  The ferry.\n", "The plan. The ferry.\n"},
		{"repeated word", "a.txt", "en", "The talks resume in the the spring.\n", "The talks resume in the spring.\n"},
		{"repeated word at start", "a.txt", "en", "The the talks resume.\n", "The talks resume.\n"},
		{"split drop cap, top candidate", "a.txt", "en", "Dhe press conference began late.\n", "The press conference began late.\n"},
		{"doubled drop cap", "a.txt", "en", "AAlready the vote was over.\n", "Already the vote was over.\n"},
		{"glued drop cap", "a.txt", "en", "DThe vote was over.\n", "The vote was over.\n"},
		{"detached drop cap", "a.txt", "en", "T he vote was over.\n", "The vote was over.\n"},
		{"lone period", "a.txt", "en", "The vote was over.\n\n.\n\nThe hall emptied.\n", "The vote was over.\n\nThe hall emptied.\n"},
		{"stray comma only reported", "a.txt", "en", ", Brussels\n\nThe vote.\n", ", Brussels\n\nThe vote.\n"},
		{"exact duplicate", "a.txt", "en",
			"Ferry crossings resume on Monday after the ramp repair.\n\nThe operator gave no date.\n\nFerry crossings resume on Monday after the ramp repair.\n",
			"Ferry crossings resume on Monday after the ramp repair.\n\nThe operator gave no date.\n"},
		{"near duplicate only reported", "a.txt", "en",
			"Ferry crossings resume on Monday after the ramp repair.\n\nThe operator gave no date.\n\nFerry crossings resume on Monday, after the ramp repair.\n",
			"Ferry crossings resume on Monday after the ramp repair.\n\nThe operator gave no date.\n\nFerry crossings resume on Monday, after the ramp repair.\n"},
		{"boilerplate line", "a.txt", "en", "The vote was over.\n\nAlso read\n\nThe hall emptied.\n", "The vote was over.\n\nThe hall emptied.\n"},
		{"credit under a caption", "a.txt", "en", "The old ferry in the harbour.\nSource: AP\n\nThe vote.\n", "The old ferry in the harbour.\n\nThe vote.\n"},
		{"boilerplate markdown paragraph", "a.md", "en", "The vote was over.\n\nAlso read\n\nThe hall emptied.\n", "The vote was over.\n\nThe hall emptied.\n"},
		{"boilerplate markdown heading stays", "a.md", "en", "The vote was over.\n\n## Also read\n\nThe hall emptied.\n", "The vote was over.\n\n## Also read\n\nThe hall emptied.\n"},
		{"boilerplate html paragraph", "a.html", "en", "<p>The vote was over.</p>\n<p>Also read</p>\n", "<p>The vote was over.</p>\n"},
		{"boilerplate html heading stays", "a.html", "en", "<p>The vote was over.</p>\n<h2>Also read</h2>\n", "<p>The vote was over.</p>\n<h2>Also read</h2>\n"},
		{"mojibake", "a.txt", "en", "The cafÃ© reopened on Monday.\n", "The café reopened on Monday.\n"},
		{"replacement character only reported", "a.txt", "en", "The caf\ufffd reopened.\n", "The caf\ufffd reopened.\n"},
	}
	for _, tt := range tests {
		got := fixWith(t, tt.path, tt.lang, tt.in)
		if got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
		if again := fixWith(t, tt.path, tt.lang, got); again != got {
			t.Errorf("%s: not idempotent: %q became %q", tt.name, got, again)
		}
	}
}

// TestFixCleanCorpus checks that fixes change nothing in clean text, and
// that fixing the example articles twice changes nothing the second time.
func TestFixCleanCorpus(t *testing.T) {
	clean, _ := filepath.Glob("../testdata/clean/*")
	examples, _ := filepath.Glob("../testdata/examples/*")
	if len(clean) == 0 || len(examples) == 0 {
		t.Fatal("no test files found")
	}
	for _, path := range append(clean, examples...) {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lang := readFixture(t, path).Lang // a bilingual file's name gives source and target
		if filepath.Base(filepath.Dir(path)) == "examples" {
			lang = ""
		}
		once := fixWith(t, path, lang, string(raw))
		if filepath.Base(filepath.Dir(path)) == "clean" && once != string(raw) {
			t.Errorf("%s: clean text was changed", path)
		}
		if twice := fixWith(t, path, lang, once); twice != once {
			t.Errorf("%s: fixing again changed the text", path)
		}
	}
}

// TestFixSeedArticle fixes the seed article (skipped when ../shared is not
// there): "belong to ." and "Dhe" are repaired, the lone "." and the "also
// read" lines go, the stray comma and the fragments stay for a person, and a
// second run changes nothing.
func TestFixSeedArticle(t *testing.T) {
	content, err := os.ReadFile(seedArticle)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	got := fixWith(t, seedArticle, "en", string(content))
	for _, gone := range []string{"belong to .", "Dhe press", "\nalso read\n", "\n.\n", "source site", "Lithuania.  Denmark"} {
		if strings.Contains(got, gone) {
			t.Errorf("still there after fixing: %q", gone)
		}
	}
	for _, kept := range []string{"belong to. This", "The press conference", ", Brussels", "abroad Ukraine conflict"} {
		if !strings.Contains(got, kept) {
			t.Errorf("missing after fixing: %q", kept)
		}
	}
	if again := fixWith(t, seedArticle, "en", got); again != got {
		t.Error("fixing the fixed article changed it again")
	}
}
