package run

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/internal/testrules"
)

func TestStreamKeepsOrderAndReportsBadLines(t *testing.T) {
	e, err := checker.NewEngine([]*checker.Rule{testrules.WordRule("w", "x", checker.Error, "")}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var in strings.Builder
	const n = 500
	for i := range n {
		switch {
		case i == 7:
			in.WriteString("{broken\n")
		case i == 9:
			in.WriteString(`{"id": 9, "text": "x", "lang": "zz-!!"}` + "\n")
		case i == 11:
			in.WriteString(`{"id": 11}` + "\n")
		default:
			fmt.Fprintf(&in, `{"id": "doc-%d", "text": %q, "lang": "en"}`+"\n", i, strings.Repeat("x ", i%5))
		}
		if i%50 == 0 {
			in.WriteString("\n") // blank lines are skipped
		}
	}
	var out strings.Builder
	stats, err := Stream(e, strings.NewReader(in.String()), &out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Records != n || stats.Errors != 3 || stats.MaxSeverity != checker.Error {
		t.Errorf("stats = %+v, want %d records, 3 errors, max error", stats, n)
	}
	sc := bufio.NewScanner(strings.NewReader(out.String()))
	i := 0
	for sc.Scan() {
		var res StreamResult
		if err := json.Unmarshal(sc.Bytes(), &res); err != nil {
			t.Fatalf("output line %d: %v", i+1, err)
		}
		switch i {
		case 7:
			if res.Error == "" || !strings.Contains(res.Error, "line 9") {
				t.Errorf("broken record: error %q, want one naming line 9 (a blank line came before)", res.Error)
			}
		case 9, 11:
			if res.Error == "" || string(res.ID) != fmt.Sprint(i) {
				t.Errorf("record %d: id %s error %q", i, res.ID, res.Error)
			}
		default:
			if want := fmt.Sprintf(`"doc-%d"`, i); string(res.ID) != want || len(res.Findings) != i%5 {
				t.Errorf("line %d: id %s with %d findings, want %s with %d", i+1, res.ID, len(res.Findings), want, i%5)
			}
		}
		i++
	}
	if i != n {
		t.Errorf("%d output lines, want %d", i, n)
	}
}

func TestStreamTooLongLine(t *testing.T) {
	br := bufio.NewReaderSize(strings.NewReader(strings.Repeat("a", 100)+"\nok\n"), 16)
	line, tooLong, err := readLine(br, 50)
	if !tooLong || line != nil || err != nil {
		t.Errorf("long line: %q %v %v", line, tooLong, err)
	}
	line, tooLong, _ = readLine(br, 50)
	if tooLong || string(line) != "ok" {
		t.Errorf("next line: %q %v", line, tooLong)
	}
}

func TestStreamRecordWithSource(t *testing.T) {
	missing := &checker.Rule{ID: "missing", Severity: checker.Error, Check: func(p *checker.Pass) error {
		for _, u := range p.Doc.Units {
			if u.Target == nil && u.Source != nil {
				p.ReportAt(u.TargetAt, u.TargetAt, checker.Error, "missing: "+u.Source.Text, "")
			}
		}
		return nil
	}}
	e, err := checker.NewEngine([]*checker.Rule{missing}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	in := `{"id": "a", "lang": "en", "source_lang": "de", ` +
		`"source": "Der Rat tagte am 12. März mit 31 Mitgliedern.\n\nDie NATO schickt 8.400 Soldaten nach Litauen.\n\nDer Hafen von Kiel bleibt bis 2027 geschlossen.", ` +
		`"text": "The council met on March 12 with 31 members.\n\nThe port of Kiel stays closed until 2027."}` + "\n"
	var out strings.Builder
	if _, err := Stream(e, strings.NewReader(in), &out, Options{}); err != nil {
		t.Fatal(err)
	}
	var res StreamResult
	if err := json.Unmarshal([]byte(out.String()), &res); err != nil {
		t.Fatal(err)
	}
	if res.SourceLanguage != "de" || len(res.Findings) != 1 || !strings.Contains(res.Findings[0].Message, "NATO") || res.Findings[0].Line != 3 {
		t.Errorf("result %+v: want the NATO paragraph missing before line 3", res)
	}
}

// TestStreamTwoRecordsOnALine: a line holding a second record is an error
// for that line, not a record checked and one dropped without a word.
func TestStreamTwoRecordsOnALine(t *testing.T) {
	e, err := checker.NewEngine([]*checker.Rule{testrules.WordRule("w", "x", checker.Error, "")}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	in := `{"id": 1, "text": "x", "lang": "en"} {"id": 2, "text": "x x", "lang": "en"}` + "\n" +
		`{"id": 3, "text": "x", "lang": "en"}   ` + "\n"
	var out strings.Builder
	stats, err := Stream(e, strings.NewReader(in), &out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if stats.Records != 2 || stats.Errors != 1 || len(lines) != 2 {
		t.Fatalf("stats %+v, output %q: want two lines, the first an error", stats, out.String())
	}
	var first, second StreamResult
	if json.Unmarshal([]byte(lines[0]), &first) != nil || json.Unmarshal([]byte(lines[1]), &second) != nil {
		t.Fatal("output is not JSON")
	}
	if !strings.Contains(first.Error, "more than one JSON value") || string(first.ID) != "1" {
		t.Errorf("first line: id %s error %q, want the line refused", first.ID, first.Error)
	}
	if second.Error != "" || len(second.Findings) != 1 {
		t.Errorf("second line: %+v, want checked (trailing spaces are fine)", second)
	}
}
