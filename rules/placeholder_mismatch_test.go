package rules

import (
	"reflect"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

func TestFindPlaceholders(t *testing.T) {
	tests := []struct {
		text string
		keys []string
	}{
		{"%s has %d files", []string{"%s", "%d"}},
		{"%1$s has %2$d files, %.2f MB, 100%% done", []string{"%1$s", "%2$d", "%.2f", "%%"}},
		{"50 % des voix, 50% of votes, 20%ige", nil},
		{"Hello %(name)s, ${user} and {{ count }}", []string{"%(name)s", "${user}", "{{count}}"}},
		{"{0} of {1} and {name} at {0:N2}", []string{"{0}", "{1}", "{name}", "{0:N2}"}},
		{"{count, plural, one {# file in {folder}} other {# files in {folder}}}", []string{"{count, plural}", "{folder}", "{folder}"}},
		{"{gender, select, female {she} other {they}} left", []string{"{gender, select}"}},
		{"Click <b>Save</b> or <a href=\"/x\">here</a>.<br/>", []string{"<b>", "</b>", "<a>", "</a>", "<br/>"}},
		{"if a < b and c > d", nil},
		{"a {sic} b", []string{"{sic}"}},
		{"Preis: 5 $ {", nil},
		{"%surprise", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range findPlaceholders(tt.text) {
			got = append(got, p.Key)
			if tt.text[p.Span.Start] != p.Key[0] && p.Kind != phTemplate {
				t.Errorf("%q: span of %s starts at %q", tt.text, p.Key, tt.text[p.Span.Start:])
			}
		}
		if !reflect.DeepEqual(got, tt.keys) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.keys)
		}
	}
}

func TestPlaceholderDiff(t *testing.T) {
	tests := []struct {
		src, tgt       string
		missing, extra []string
	}{
		{"%1$s has %2$d files", "%2$d Dateien hat %1$s", nil, nil},
		{"%1$s has %2$d files", "%1$s hat %3$d Dateien", []string{"%2$d"}, []string{"%3$d"}},
		{"{0} of {1}", "{0} von {0}", []string{"{1}"}, []string{"{0}"}},
		{"{count, plural, one {# file in {dir}} other {# files in {dir}}}",
			"{count, plural, one {# файл в {dir}} few {# файла в {dir}} many {# файлов в {dir}} other {# файла в {dir}}}", nil, nil},
		{"{count, plural, one {# file} other {# files}}", "{anzahl, plural, one {# Datei} other {# Dateien}}", []string{"{count, plural}"}, []string{"{anzahl, plural}"}},
		{"<b>red</b> car", "voiture <b>rouge</b>", nil, nil},
		{"<b>red</b> car", "voiture rouge", []string{"<b>", "</b>"}, nil},
		{"Line<br/>break", "Zeilen<br>umbruch", nil, nil},
	}
	for _, tt := range tests {
		missing, extra := placeholderDiff(findPlaceholders(tt.src), findPlaceholders(tt.tgt))
		if got := placeholderKeys(missing); !reflect.DeepEqual(got, tt.missing) {
			t.Errorf("%q -> %q: missing %q, want %q", tt.src, tt.tgt, got, tt.missing)
		}
		if got := placeholderKeys(extra); !reflect.DeepEqual(got, tt.extra) {
			t.Errorf("%q -> %q: extra %q, want %q", tt.src, tt.tgt, got, tt.extra)
		}
	}
}

func placeholderKeys(list []placeholder) []string {
	var out []string
	for _, p := range list {
		out = append(out, p.Key)
	}
	return out
}

func TestTagNesting(t *testing.T) {
	if _, ok := tagNestingError(findPlaceholders("<b>x <i>y</i></b>")); !ok {
		t.Error("nested tags reported")
	}
	bad, ok := tagNestingError(findPlaceholders("<b>x <i>y</b></i>"))
	if ok || bad.Key != "</b>" {
		t.Errorf("crossed tags: got %v %v", bad.Key, ok)
	}
}

// TestInlineTags checks the comparison of XLIFF inline elements, which TSV
// cannot carry, on units built by hand.
func TestInlineTags(t *testing.T) {
	content := []byte("Klicken Sie auf Speichern.\nClick Save.\n")
	doc, err := read.ParseWith("x.txt", content, read.ParseOptions{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	src, tgt := doc.Blocks[0], doc.Blocks[1]
	tests := []struct {
		srcTags, tgtTags []textdoc.Tag
		want             []checker.Severity
	}{
		{[]textdoc.Tag{{Name: "g", ID: "1"}}, []textdoc.Tag{{Name: "g", ID: "1"}}, nil},
		{[]textdoc.Tag{{Name: "g", ID: "1"}, {Name: "x", ID: "2"}}, []textdoc.Tag{{Name: "g", ID: "1"}}, []checker.Severity{checker.Error}},
		{[]textdoc.Tag{{Name: "g", ID: "1"}, {Name: "x", ID: "2"}}, []textdoc.Tag{{Name: "x", ID: "2"}, {Name: "g", ID: "1"}}, []checker.Severity{checker.Info}},
		{[]textdoc.Tag{{Name: "ph", ID: "1"}}, []textdoc.Tag{{Name: "ph", ID: "2"}}, []checker.Severity{checker.Error}},
	}
	eng, err := checker.NewEngine([]*checker.Rule{PlaceholderMismatch}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for i, tt := range tests {
		doc.Units = []*textdoc.Unit{{Source: src, SourceContent: content, Target: tgt, SourceTags: tt.srcTags, TargetTags: tt.tgtTags}}
		fs, err := eng.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		var got []checker.Severity
		for _, f := range fs {
			got = append(got, f.Severity)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("case %d: got %v, want %v", i, got, tt.want)
		}
	}
}

func TestPipeForms(t *testing.T) {
	tests := []struct {
		text  string
		forms []string
	}{
		{"one file|%count% files", []string{"one file", "%count% files"}},
		{"{0} no files|{1} one file|]1,Inf[ %count% files", []string{"no files", "one file", "%count% files"}},
		{"[0,1] a little|]1,Inf[ a lot", []string{"a little", "a lot"}},
		{"Home | About", nil},
		{"a || b", nil},
		{"no pipe", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range pipeForms(tt.text) {
			got = append(got, tt.text[f.Start:f.End])
		}
		if !reflect.DeepEqual(got, tt.forms) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.forms)
		}
	}
}

func TestIsDateFormat(t *testing.T) {
	for text, want := range map[string]bool{
		"%e %B %Y":              true,
		"%d.%m.%Y, %H:%M":       true,
		"%minutes% minutes":     false,
		"%s of %d files":        false,
		"Saved at %H:%M by %s.": true,
	} {
		if got := isDateFormat(text); got != want {
			t.Errorf("isDateFormat(%q) = %v, want %v", text, got, want)
		}
	}
}
