package checker

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/read"
)

// suppressRun checks content with two word rules, "a" finding "Dhe" and "b"
// finding "Ohe", and returns "rule@line" for each finding left.
func suppressRun(t *testing.T, path, content string) ([]string, error) {
	t.Helper()
	eng, err := NewEngine([]*Rule{wordRule("a", "Dhe", Error, ""), wordRule("b", "Ohe", Error, "")}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := read.Parse(path, []byte(content), "", "en")
	if err != nil {
		t.Fatal(err)
	}
	fs, err := eng.Check(doc)
	Resolve(doc, fs)
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%s@%d", f.Rule, f.Line))
	}
	return got, err
}

func TestInlineSuppression(t *testing.T) {
	tests := []struct {
		name, path, content string
		want                []string
	}{
		{"next line, markdown", "a.md",
			"Dhe one Ohe.\n\n<!-- mtlint-disable-next-line a -- printed so in the source -->\nDhe two Ohe.\n\nDhe three.\n",
			[]string{"a@1", "b@1", "b@4", "a@6"}},
		{"next line skips blank lines and stacked directives", "a.md",
			"<!-- mtlint-disable-next-line a -->\n\n<!-- mtlint-disable-next-line b -->\nDhe two Ohe.\n\nDhe three Ohe.\n",
			[]string{"a@6", "b@6"}},
		{"next line, all rules, comma list", "a.md",
			"<!-- mtlint-disable-next-line -->\nDhe Ohe.\n\n<!-- mtlint-disable-next-line a, b -->\nDhe Ohe.\n\nDhe.\n",
			[]string{"a@7"}},
		{"block with all and an exception", "a.md",
			"Dhe.\n\n<!-- mtlint-disable -->\n\nDhe Ohe.\n\n<!-- mtlint-enable b -->\n\nDhe Ohe.\n\n<!-- mtlint-enable -->\n\nDhe Ohe.\n",
			[]string{"a@1", "b@9", "a@13", "b@13"}},
		{"block by rule to end of file", "a.md",
			"Dhe Ohe.\n\n<!-- mtlint-disable b -->\n\nDhe Ohe.\n\nOhe Dhe.\n",
			[]string{"a@1", "b@1", "a@5", "a@7"}},
		{"inline raw html in a paragraph", "a.md",
			"Intro <!-- mtlint-disable a --> text.\n\nDhe.\n",
			nil},
		{"a comment in code is not a directive", "a.md",
			"```\n<!-- mtlint-disable -->\n```\n\nSee `<!-- mtlint-disable -->` here.\n\nDhe.\n",
			[]string{"a@7"}},
		{"html comment token", "a.html",
			"<p>Dhe one.</p>\n<!-- mtlint-disable-next-line a -->\n<p>Dhe two.</p>\n<p>Dhe three.</p>\n",
			[]string{"a@1", "a@4"}},
		{"html block", "a.html",
			"<!-- mtlint-disable a --><p>Dhe one Ohe.</p><!-- mtlint-enable a -->\n<p>Dhe two.</p>\n",
			[]string{"b@1", "a@2"}},
		{"a comment in html script is not a directive", "a.html",
			"<script>var s = '<!-- mtlint-disable -->';</script>\n<p>Dhe.</p>\n",
			[]string{"a@2"}},
		{"plain text has no suppressions", "a.txt",
			"<!-- mtlint-disable-next-line a -->\nDhe.\n",
			[]string{"a@2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := suppressRun(t, tt.path, tt.content)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findings %v, want %v", got, tt.want)
			}
		})
	}
}

func TestInlineSuppressionErrors(t *testing.T) {
	got, err := suppressRun(t, "a.md", "<!-- mtlint-disable-next-line a,nope -->\nDhe.\n\n<!-- mtlint-disabel a -->\n\n<!-- mtlint-disable b -->\nDhe Ohe.\n")
	if err == nil {
		t.Fatal("no error for bad directives")
	}
	for _, want := range []string{`line 1: unknown rule "nope" in mtlint-disable-next-line comment`, `line 4: unknown directive "mtlint-disabel"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
	// The bad directives do nothing; the good one still applies.
	if want := []string{"a@2", "a@7"}; !reflect.DeepEqual(got, want) {
		t.Errorf("findings %v, want %v", got, want)
	}
}

func TestParseDirective(t *testing.T) {
	tests := []struct {
		body   string
		ok     bool
		kind   directiveKind
		rules  []string
		reason string
	}{
		{" a plain comment ", false, 0, nil, ""},
		{" mtlint-disable ", true, disableBlock, nil, ""},
		{"mtlint-disable all -- whole section quoted", true, disableBlock, nil, "whole section quoted"},
		{" mtlint-enable drop-cap,fragment ", true, enableBlock, []string{"drop-cap", "fragment"}, ""},
		{" mtlint-disable-next-line drop-cap fragment -- a name, not a drop cap ", true, disableNextLine, []string{"drop-cap", "fragment"}, "a name, not a drop cap"},
	}
	for _, tt := range tests {
		d, ok, err := parseDirective(tt.body)
		if err != nil || ok != tt.ok || d.kind != tt.kind || !reflect.DeepEqual(d.rules, tt.rules) || d.reason != tt.reason {
			t.Errorf("parseDirective(%q) = %+v, %v, %v", tt.body, d, ok, err)
		}
	}
}

// FuzzSuppress feeds arbitrary Markdown and HTML with directive-like comments
// to the suppression scanner: no panic, every comment and covered line inside
// the file.
func FuzzSuppress(f *testing.F) {
	f.Add([]byte("<!-- mtlint-disable-next-line a -->\nDhe.\n"), "a.md")
	f.Add([]byte("<p>x</p><!-->mtlint-<!-- mtlint-enable --><!-- mtlint-disable a, -- why -->"), "a.html")
	f.Add([]byte("> <!-- mtlint-disable -->\n> Dhe\n\n- <!-- mtlint-enable a --> b\n"), "a.md")
	known := map[string]*Rule{"a": {ID: "a"}}
	f.Fuzz(func(t *testing.T, content []byte, name string) {
		doc, err := read.Parse(name, content, "", "en")
		if err != nil {
			return
		}
		// Directives are offsets into the decoded text (a Windows-1252
		// file grows when decoded), as the findings they hide are.
		n := len(doc.Content)
		ds, _ := directives(doc, known)
		for _, d := range ds {
			if d.start < 0 || d.end > n || d.start >= d.end ||
				d.lineStart < 0 || d.lineEnd > n || d.lineStart > d.lineEnd {
				t.Fatalf("directive %+v outside %d bytes", d, n)
			}
		}
		// The findings applySuppressions keeps are those the reference,
		// which asks every directive about every finding, keeps.
		var fs []Finding
		for _, off := range []int{0, n / 3, n / 2, n - 1, n} {
			for _, rule := range []string{"a", "b"} {
				fs = append(fs, Finding{Rule: rule, Offset: max(off, 0), TextOffset: max(off, 0)})
			}
		}
		type key struct {
			rule string
			off  int
		}
		got, _ := applySuppressions(doc, append([]Finding(nil), fs...), known)
		kept := map[key]bool{}
		for _, f := range got {
			kept[key{f.Rule, f.Offset}] = true
		}
		for _, f := range fs {
			if want := !suppressedByReference(ds, f.Rule, f.Offset); kept[key{f.Rule, f.Offset}] != want {
				t.Fatalf("finding %+v: kept %v, reference %v", f, !want, want)
			}
		}
	})
}

// suppressedByReference is the plain definition of a suppression that
// applySuppressions computes in n log n: a finding of rule at off is hidden
// by a disable-next-line directive covering its line, or by the disable and
// enable directives that end before it, in file order.
func suppressedByReference(ds []directive, rule string, off int) bool {
	allOff := false
	off1 := map[string]bool{}
	except := map[string]bool{}
	for i := range ds {
		d := &ds[i]
		if d.kind == disableNextLine {
			if d.covers(rule) && off >= d.lineStart && off < d.lineEnd {
				return true
			}
			continue
		}
		if d.end > off {
			break
		}
		switch {
		case d.kind == disableBlock && d.rules == nil:
			allOff, off1, except = true, map[string]bool{}, map[string]bool{}
		case d.kind == disableBlock:
			for _, r := range d.rules {
				off1[r] = true
				delete(except, r)
			}
		case d.rules == nil:
			allOff, off1, except = false, map[string]bool{}, map[string]bool{}
		default:
			for _, r := range d.rules {
				delete(off1, r)
				if allOff {
					except[r] = true
				}
			}
		}
	}
	return off1[rule] || allOff && !except[rule]
}
