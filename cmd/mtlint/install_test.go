package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/read/bilingual"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// readExtensions are the file extensions mtlint check reads by name, with the
// format each one gets.
var readExtensions = map[string]textdoc.Format{
	".txt": textdoc.FormatText, ".text": textdoc.FormatText,
	".md": textdoc.FormatMarkdown, ".markdown": textdoc.FormatMarkdown, ".mdown": textdoc.FormatMarkdown, ".mkd": textdoc.FormatMarkdown,
	".html": textdoc.FormatHTML, ".htm": textdoc.FormatHTML, ".xhtml": textdoc.FormatHTML,
	".tsv": textdoc.FormatTSV, ".tab": textdoc.FormatTSV, ".csv": textdoc.FormatCSV,
	".po": bilingual.FormatPO, ".pot": bilingual.FormatPO,
	".xlf": bilingual.FormatXLIFF, ".xliff": bilingual.FormatXLIFF, ".sdlxliff": bilingual.FormatXLIFF,
	".tmx": bilingual.FormatTMX,
}

// TestPreCommitHookFiles checks that the pre-commit hook passes every file
// mtlint reads, whatever the case of its extension, and no other.
func TestPreCommitHookFiles(t *testing.T) {
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID    string `yaml:"id"`
		Entry string `yaml:"entry"`
		Files string `yaml:"files"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	if len(hooks) != 1 || hooks[0].ID != "mtlint" || hooks[0].Entry != "mtlint check" {
		t.Fatalf("hooks = %+v, want one hook mtlint running mtlint check", hooks)
	}
	files, err := regexp.Compile(hooks[0].Files)
	if err != nil {
		t.Fatalf("files: %v", err)
	}
	for ext, format := range readExtensions {
		if got := read.FormatFor("a"+ext, []byte("text")); got != format {
			t.Errorf("FormatFor(a%s) = %s, want %s", ext, got, format)
		}
		for _, name := range []string{"docs/a" + ext, "A" + strings.ToUpper(ext)} {
			if !files.MatchString(name) {
				t.Errorf("the hook skips %s", name)
			}
		}
	}
	for _, name := range []string{"main.go", "go.mod", "a.json", "a.md.orig", "image.png"} {
		if files.MatchString(name) {
			t.Errorf("the hook passes %s, which mtlint does not read as translated text", name)
		}
	}
}

// TestActionInputs checks the GitHub Action's interface: the inputs its
// README snippet uses, and that its steps read them through the environment,
// not by pasting them into a script.
func TestActionInputs(t *testing.T) {
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Inputs map[string]struct {
			Default string `yaml:"default"`
		} `yaml:"inputs"`
		Runs struct {
			Using string `yaml:"using"`
			Steps []struct {
				Run string `yaml:"run"`
			} `yaml:"steps"`
		} `yaml:"runs"`
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatal(err)
	}
	if action.Runs.Using != "composite" {
		t.Errorf("runs.using = %q, want composite", action.Runs.Using)
	}
	for _, in := range []string{"version", "args", "working-directory", "install-mode"} {
		if _, ok := action.Inputs[in]; !ok {
			t.Errorf("no input %q", in)
		}
	}
	for i, s := range action.Runs.Steps {
		if strings.Contains(s.Run, "${{") {
			t.Errorf("step %d pastes an expression into its script; pass it in env", i)
		}
	}
}
