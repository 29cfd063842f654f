package read

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/textdoc"
)

func unitTexts(doc *textdoc.Document) []string {
	var out []string
	for _, u := range doc.Units {
		s, t := "", "<none>"
		if u.Source != nil {
			s = u.Source.Text
		}
		if u.Target != nil {
			t = u.Target.Text
		}
		out = append(out, u.ID+": "+s+" => "+t)
	}
	return out
}

func TestParseTSV(t *testing.T) {
	src := "source\ttarget\n" +
		"Die Fähre fährt um 8 Uhr.\tThe ferry leaves at 8 a.m.\r\n" +
		"\n" +
		"„Wir sind bereit“, sagte sie.\t\"We are ready,\" she said.\n" +
		"Nur Quelle\n" +
		"Leer\t\n"
	doc, err := ParseWith("a.tsv", []byte(src), ParseOptions{Lang: "en", SourceLang: "de"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"2: Die Fähre fährt um 8 Uhr. => The ferry leaves at 8 a.m.",
		"4: „Wir sind bereit“, sagte sie. => \"We are ready,\" she said.",
		"5: Nur Quelle => <none>",
		"6: Leer => <none>",
	}
	if got := unitTexts(doc); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("units:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(doc.Blocks) != 2 || doc.Blocks[0] != doc.Units[0].Target {
		t.Errorf("blocks should be the two targets, got %d", len(doc.Blocks))
	}
	for _, u := range doc.Units {
		if u.Target != nil {
			if got := src[u.Target.Start():u.Target.End()]; got != u.Target.Text {
				t.Errorf("target %q maps to %q", u.Target.Text, got)
			}
		}
		if got := string(u.SourceContent[u.Source.Start():u.Source.End()]); got != u.Source.Text {
			t.Errorf("source %q maps to %q", u.Source.Text, got)
		}
		if len(u.Source.Words) == 0 {
			t.Errorf("source %q not segmented", u.Source.Text)
		}
	}
	if at := doc.Units[2].TargetAt; at != strings.Index(src, "Nur Quelle")+len("Nur Quelle") {
		t.Errorf("missing target at %d", at)
	}
	if line, _ := doc.Lines().Position(doc.Units[3].TargetAt); line != 6 {
		t.Errorf("empty target on line %d, want 6", line)
	}
	if _, err := Parse("b.tsv", []byte("a\tb\tc\n"), "", "en"); err == nil || !strings.Contains(err.Error(), "line 1: 3 tab-separated columns") {
		t.Errorf("three columns: err = %v", err)
	}
}

func TestParseCSV(t *testing.T) {
	src := "source,target\n" +
		"Die Fähre,The ferry\n" +
		"\"Ja, sicher\",\"Yes, \"\"sure\"\"\"\n" +
		"Nur Quelle\n"
	doc, err := ParseWith("a.csv", []byte(src), ParseOptions{Lang: "en", SourceLang: "de"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2: Die Fähre => The ferry", "3: Ja, sicher => Yes, \"sure\"", "4: Nur Quelle => <none>"}
	if got := unitTexts(doc); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("units:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	u := doc.Units[1]
	if got := src[u.Source.Start():u.Source.End()]; got != "Ja, sicher" {
		t.Errorf("quoted source maps to %q", got)
	}
	if got := src[u.Target.Start():u.Target.End()]; got != `"Yes, ""sure"""` {
		t.Errorf("target with doubled quotes maps to %q", got)
	}
	if _, err := Parse("b.csv", []byte("a,\"b\nc"), "", "en"); err == nil || !strings.Contains(err.Error(), "line") {
		t.Errorf("broken quote: err = %v", err)
	}
}

func TestPlaceholdersAreVerbatim(t *testing.T) {
	src := "Hello {name}, you have %d new <b>messages</b>.\t{count, plural, one {# neue Nachricht für {name}} other {# neue Nachrichten}} %1$s ${x} {{y}}\n"
	doc, err := ParseWith("a.tsv", []byte(src), ParseOptions{Lang: "de", SourceLang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	tb := doc.Units[0].Target
	for _, v := range tb.Verbatim() {
		got = append(got, tb.Text[v.Start:v.End])
	}
	want := []string{"{count, plural,", " one {", "{name}", " other {", "%1$s", "${x}", "{{y}}"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("target verbatim = %q, want %q", got, want)
	}
	sb := doc.Units[0].Source
	got = got[:0]
	for _, v := range sb.Verbatim() {
		got = append(got, sb.Text[v.Start:v.End])
	}
	if want := []string{"{name}", "%d", "<b>", "</b>"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("source verbatim = %q, want %q", got, want)
	}
}
