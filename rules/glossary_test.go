package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseGlossary(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []glossaryEntry // line, sourceTerm, targetTerm, forbidden
		err      string
	}{
		{name: "header and comments", in: "source\ttarget\n# note\n\nBundeskanzler\tchancellor\n",
			want: []glossaryEntry{{line: 4, sourceTerm: "Bundeskanzler", targetTerm: "chancellor"}}},
		{name: "alternatives", in: "Bundestag\tBundestag|German parliament\n",
			want: []glossaryEntry{{line: 1, sourceTerm: "Bundestag", targetTerm: "Bundestag|German parliament"}}},
		{name: "forbidden after a source term", in: "Regierung\t!regime\r\n",
			want: []glossaryEntry{{line: 1, sourceTerm: "Regierung", targetTerm: "regime", forbidden: true}}},
		{name: "forbidden everywhere, tab form", in: "\t!Weißrussland\n",
			want: []glossaryEntry{{line: 1, targetTerm: "Weißrussland", forbidden: true}}},
		{name: "forbidden everywhere, bare form", in: "# x\n!Biélorussie\n",
			want: []glossaryEntry{{line: 2, targetTerm: "Biélorussie", forbidden: true}}},
		{name: "no tab", in: "a\tb\nBundeskanzler chancellor\n", err: "g.tsv:2: want source term<TAB>target term"},
		{name: "three columns", in: "a\tb\tc\n", err: "g.tsv:1: 3 tab-separated columns"},
		{name: "empty target", in: "\n\nGipfel\t\n", err: "g.tsv:3: empty target term"},
		{name: "empty alternative", in: "Gipfel\tsummit|\n", err: "g.tsv:1: empty target term"},
		{name: "required without source", in: "\tsummit\n", err: "g.tsv:1: empty source term"},
		{name: "bad source", in: "--\tsummit\n", err: "g.tsv:1: source term \"--\" has no letters"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := parseGlossary("g.tsv", strings.NewReader(tc.in))
			if tc.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(g.entries) != len(tc.want) {
				t.Fatalf("%d entries, want %d", len(g.entries), len(tc.want))
			}
			for i, w := range tc.want {
				e := g.entries[i]
				if e.line != w.line || e.sourceTerm != w.sourceTerm || e.targetTerm != w.targetTerm || e.forbidden != w.forbidden {
					t.Errorf("entry %d = %+v, want %+v", i, e, w)
				}
			}
		})
	}
}

func TestLoadGlossaryNamesFile(t *testing.T) {
	_, err := LoadGlossary(filepath.Join(t.TempDir(), "missing.tsv"))
	if err == nil || !strings.Contains(err.Error(), "missing.tsv") {
		t.Errorf("error %v, want one naming missing.tsv", err)
	}
	path := filepath.Join(t.TempDir(), "terms.tsv")
	if err := os.WriteFile(path, []byte("ok\tfine\nbroken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadGlossary(path); err == nil || !strings.Contains(err.Error(), "terms.tsv:2:") {
		t.Errorf("error %v, want one naming terms.tsv:2", err)
	}
}

func TestFindTerm(t *testing.T) {
	for _, tc := range []struct {
		text, term string
		want       string // the matched text, "" for none
	}{
		{"Der Bundeskanzler sprach.", "Bundeskanzler", "Bundeskanzler"},
		{"Die Rede des Bundeskanzlers", "Bundeskanzler", "Bundeskanzlers"},
		{"Встреча с Лавровым", "Лавров", "Лавровым"},
		{"the German parliament voted", "German parliament", "German parliament"},
		{"the German federal parliament", "German parliament", ""},
		{"The EU and Europe", "EUR", ""},
		{"in the EUropean", "EU", ""}, // short terms match whole words only
		{"Naïve résumé", "resume", "résumé"},
		{"the chancellorship", "chancellor", ""}, // more than an ending
	} {
		sp, ok := findTerm(termTokens(tc.text), termWords(tc.term))
		got := ""
		if ok {
			got = tc.text[sp.Start:sp.End]
		}
		if got != tc.want {
			t.Errorf("findTerm(%q, %q) = %q, want %q", tc.text, tc.term, got, tc.want)
		}
	}
}
