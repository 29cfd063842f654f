package main

//go:generate go test -run ^TestGeneratedDocs$ -update-docs .

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules"
)

var updateDocs = flag.Bool("update-docs", false, "rewrite docs/cli.md, docs/rules.md and the README's rules table from the commands and the rule registry")

const (
	readmePath  = "../../README.md"
	cliDocPath  = "../../docs/cli.md"
	rulesDocPth = "../../docs/rules.md"

	rulesBegin = "<!-- BEGIN GENERATED rules table: go generate ./cmd/mtlint -->"
	rulesEnd   = "<!-- END GENERATED rules table -->"

	regenerate = "go generate ./cmd/mtlint"
)

// TestGeneratedDocs fails when docs/cli.md, docs/rules.md or the README's
// rules table differ from what the commands and rules.All() produce: a new
// flag or rule needs only `go generate ./cmd/mtlint`, which runs this test
// with -update-docs.
func TestGeneratedDocs(t *testing.T) {
	cli, err := cliDoc()
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	newReadme, err := replaceBetween(string(readme), rulesBegin, rulesEnd, rulesTable())
	if err != nil {
		t.Fatalf("README.md: %v", err)
	}
	for _, f := range []struct{ path, want string }{
		{cliDocPath, cli},
		{rulesDocPth, rulesDoc(t)},
		{readmePath, newReadme},
	} {
		if *updateDocs {
			if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(f.path, []byte(f.want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatalf("%v (run: %s)", err, regenerate)
		}
		if string(got) != f.want {
			t.Errorf("%s is out of date with the commands and rules; run: %s", strings.TrimPrefix(f.path, "../../"), regenerate)
		}
	}
}

// docRoot is the command tree as a user's binary has it, with the help and
// completion commands cobra adds when it runs.
func docRoot() *cobra.Command {
	root := newRootCmd(strings.NewReader(""), io.Discard, io.Discard)
	root.InitDefaultHelpCmd()
	root.InitDefaultVersionFlag()
	root.InitDefaultCompletionCmd()
	return root
}

// cliDoc renders docs/cli.md with cobra's Markdown generator, every command
// in one file, the links between them turned into anchors.
func cliDoc() (string, error) {
	root := docRoot()
	var cmds []*cobra.Command
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.DisableAutoGenTag = true // no date: the file must not change by itself
		cmds = append(cmds, c)
		children := c.Commands()
		sort.Slice(children, func(i, j int) bool { return children[i].Name() < children[j].Name() })
		for _, child := range children {
			if child.IsAvailableCommand() && !child.IsAdditionalHelpTopicCommand() {
				walk(child)
			}
		}
	}
	walk(root)
	anchor := func(link string) string {
		return "#" + strings.TrimSuffix(strings.ReplaceAll(link, "_", "-"), ".md")
	}
	var b bytes.Buffer
	b.WriteString("<!-- Generated from the cobra commands in cmd/mtlint: do not edit. Regenerate with `" + regenerate + "`. -->\n\n")
	b.WriteString("# mtlint command reference\n\n")
	b.WriteString("Every command with its flags and their defaults, as `mtlint COMMAND --help` prints them.\n\n")
	for _, c := range cmds {
		fmt.Fprintf(&b, "- [%s](%s): %s\n", c.CommandPath(), anchor(strings.ReplaceAll(c.CommandPath(), " ", "_")), c.Short)
	}
	b.WriteString("\n")
	for _, c := range cmds {
		if err := doc.GenMarkdownCustom(c, &b, anchor); err != nil {
			return "", err
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n", nil
}

// rulesTable is the README's table: one row a rule, from the registry.
func rulesTable() string {
	var b strings.Builder
	b.WriteString("| rule | default severity | finds |\n|---|---|---|\n")
	for _, r := range rules.All() {
		title := strings.ReplaceAll(r.Title, "|", `\|`)
		if r.ExampleFormat == textdoc.FormatTSV {
			// Rules whose examples are source-target rows compare a target with its source.
			title = "bilingual: " + title
		}
		fmt.Fprintf(&b, "| [`%s`](docs/rules.md#%s) | %s | %s |\n", r.ID, r.ID, r.Severity, title)
	}
	return b.String()
}

// rulesDoc renders docs/rules.md: each rule's `mtlint explain` output.
func rulesDoc(t *testing.T) string {
	var b strings.Builder
	b.WriteString("<!-- Generated from the rule registry (rules.All) by `mtlint explain`: do not edit. Regenerate with `" + regenerate + "`. -->\n\n")
	b.WriteString("# mtlint rules\n\n")
	b.WriteString("Each rule as `mtlint explain RULE` prints it: what it finds and leaves alone, a bad and a good\nexample, and its options (set them in `.mtlint.yaml`: see [Configuration](../README.md#configuration)).\n\n")
	for _, r := range rules.All() {
		fmt.Fprintf(&b, "- [`%s`](#%s) (%s): %s\n", r.ID, r.ID, r.Severity, r.Title)
	}
	for _, r := range rules.All() {
		var out, errOut bytes.Buffer
		if code := execute([]string{"explain", r.ID}, strings.NewReader(""), &out, &errOut); code != 0 {
			t.Fatalf("mtlint explain %s: exit %d: %s", r.ID, code, errOut.String())
		}
		fmt.Fprintf(&b, "\n## %s\n\n```text\n%s\n```\n", r.ID, strings.TrimRight(out.String(), "\n"))
	}
	return b.String()
}

// replaceBetween replaces the text between the begin and end marker lines.
func replaceBetween(s, begin, end, body string) (string, error) {
	i := strings.Index(s, begin)
	j := strings.Index(s, end)
	if i < 0 || j < i {
		return "", fmt.Errorf("markers %q and %q not found in order", begin, end)
	}
	return s[:i+len(begin)] + "\n" + body + s[j:], nil
}

// commandLine finds the mtlint invocations in the user documentation:
// "mtlint SUBCOMMAND ..." in code blocks and code spans.
var commandLine = regexp.MustCompile("(?:^|[\\s`(|'\"])mtlint((?: +[^\\s`|;&)'\"]+)+)")

// TestDocumentedFlags checks that every flag the README and docs/ show on an
// mtlint command line exists on that command, so the prose cannot promise a
// flag the binary rejects.
func TestDocumentedFlags(t *testing.T) {
	root := docRoot()
	files, _ := filepath.Glob("../../docs/*.md")
	files = append(files, readmePath)
	checked := 0
	for _, path := range files {
		if path == cliDocPath || path == rulesDocPth {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(string(data), "\n") {
			for _, m := range commandLine.FindAllStringSubmatch(line, -1) {
				checked += checkCommandLine(t, root, fmt.Sprintf("%s:%d", strings.TrimPrefix(path, "../../"), n+1), strings.Fields(m[1]))
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d documented flags found: is the pattern still right?", checked)
	}
}

// checkCommandLine resolves the subcommand of one documented command line
// and checks its flags; it returns how many flags it checked.
func checkCommandLine(t *testing.T, root *cobra.Command, where string, args []string) int {
	t.Helper()
	cmd := root
	checked := 0
	for _, a := range args {
		a = strings.Trim(a, ",.:")
		switch {
		case strings.HasPrefix(a, "#"):
			return checked // a shell comment
		case a == "--" || a == "-" || a == "":
		case strings.HasPrefix(a, "--"):
			name, _, _ := strings.Cut(strings.TrimPrefix(a, "--"), "=")
			if !isFlagName(name) {
				continue
			}
			checked++
			if cmd.Flags().Lookup(name) == nil && cmd.InheritedFlags().Lookup(name) == nil {
				t.Errorf("%s: %q has no flag --%s", where, cmd.CommandPath(), name)
			}
		case strings.HasPrefix(a, "-") && len(a) == 2:
			checked++
			if cmd.Flags().ShorthandLookup(a[1:]) == nil && cmd.InheritedFlags().ShorthandLookup(a[1:]) == nil {
				t.Errorf("%s: %q has no flag %s", where, cmd.CommandPath(), a)
			}
		case cmd == root:
			sub, _, err := root.Find([]string{a})
			if err != nil || sub == root {
				return checked // prose such as "mtlint finds ...": not a command line
			}
			cmd = sub
		case cmd.HasSubCommands():
			if sub, _, err := cmd.Find([]string{a}); err == nil && sub != cmd {
				cmd = sub
			}
		}
	}
	return checked
}

var flagName = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

func isFlagName(s string) bool { return flagName.MatchString(s) }
