package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMQMJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := execute([]string{"--json", "../../testdata/eval/mini-mqm.tsv"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var r MQMResult
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	// The drop cap and the space before a period are annotated and found;
	// the same span from two raters counts once, source-side spans not at all.
	for cat, want := range map[string]CategoryResult{
		"Fluency/Spelling":    {Annotated: 1, Found: 1, Recall: 1},
		"Fluency/Punctuation": {Annotated: 1, Found: 1, Recall: 1},
	} {
		if got := r.Categories[cat]; got == nil || *got != want {
			t.Errorf("%s = %+v, want %+v", cat, got, want)
		}
	}
	if _, ok := r.Categories["Source issue"]; ok {
		t.Error("a source-side annotation was counted")
	}
	if c := r.Categories["Accuracy/Source language fragment"]; c == nil || c.Annotated != 1 {
		t.Errorf("source language fragment = %+v, want 1 annotated", c)
	}
	// Two error-free segments (12 words); the lone "." after the line break
	// marker is the one false alarm at warning or above.
	if r.Clean != (CleanResult{Segments: 2, Words: 12, FalseAlarms: 1, Per1000Words: 83.3333}) {
		t.Errorf("clean = %+v", r.Clean)
	}
	if got := *r.Rules["drop-cap"]; got != (RuleResult{Findings: 1, OnErrors: 1}) {
		t.Errorf("drop-cap = %+v", got)
	}
	if got := *r.Rules["stray-punctuation"]; got != (RuleResult{Findings: 1, OnErrors: 0}) {
		t.Errorf("stray-punctuation = %+v", got)
	}
}

func TestMQMTable(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := execute([]string{"../../testdata/eval/mini-mqm.tsv"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"Fluency/Spelling", "drop-cap", "error-free segments: 2 (12 words)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
}

func TestBadInput(t *testing.T) {
	for _, args := range [][]string{{}, {"no-such.tsv"}, {"../../testdata/eval/bad-columns.tsv"}} {
		var out, errOut bytes.Buffer
		if code := execute(args, &out, &errOut); code != 2 || errOut.Len() == 0 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errOut.String())
		}
	}
}

func TestFixtureMode(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := execute([]string{"--fixtures", "--json", "../../testdata/rules/drop-cap"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var r FixtureResult
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	dc := r.Rules["drop-cap"]
	if r.Files == 0 || dc == nil || dc.TruePositives == 0 || dc.Misses != 0 || dc.Precision != 1 {
		t.Errorf("files %d, drop-cap %+v: want every marked line found with precision 1", r.Files, dc)
	}
}

// TestInsertionsOnEvalData runs the insertion experiment on the MQM file of
// ../shared/eval when present: whole German sentences inserted into English
// paragraphs are found, and the unchanged paragraphs stay clean.
func TestInsertionsOnEvalData(t *testing.T) {
	path := "../../../shared/eval/mqm-dev.tsv"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("evaluation data not available: %v", err)
	}
	var out, errOut bytes.Buffer
	if code := execute([]string{"--insertions", "--json", path}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var r InsertionResult
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Sentences < 50 || r.SentencesFound*10 < r.Sentences*9 || r.CleanFlagged > 0 {
		t.Errorf("insertions: %+v; want >= 90%% of sentences found and no clean paragraph flagged", r)
	}
}

// TestArtifactsOnEvalData runs the artifact insertions on the MQM file of
// ../shared/eval when present: loops, doubled sentences, tokenizer markers
// and foreign-script runs are found at 90 % or more, and the unchanged
// paragraphs stay clean.
func TestArtifactsOnEvalData(t *testing.T) {
	path := "../../../shared/eval/mqm-dev.tsv"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("evaluation data not available: %v", err)
	}
	var out, errOut bytes.Buffer
	if code := execute([]string{"--artifacts", "--json", path}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var r ArtifactResult
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	sums := map[string]*ArtifactKind{}
	for name, k := range r.Kinds {
		kind, _, _ := strings.Cut(name, "/")
		if sums[kind] == nil {
			sums[kind] = &ArtifactKind{}
		}
		sums[kind].Inserted += k.Inserted
		sums[kind].Found += k.Found
	}
	for _, kind := range []string{"loop", "doubled", "marker", "source-script"} {
		k := sums[kind]
		if k == nil || k.Inserted < 20 || k.Found*10 < k.Inserted*9 {
			t.Errorf("%s: %+v; want >= 90 %% of at least 20 insertions found", kind, k)
		}
	}
	if r.Clean < 100 || r.CleanFlagged > 0 {
		t.Errorf("unchanged paragraphs: %d of %d flagged: %q", r.CleanFlagged, r.Clean, r.CleanFindings)
	}
}

// TestGateLosesNothing runs the fixture corpora with the word gate on and
// off: the gate sends a small share of the texts to the language model, and
// no rule finds less with it than with every text scored.
func TestGateLosesNothing(t *testing.T) {
	dirs := []string{"../../testdata/rules", "../../testdata/clean"}
	on, err := evalFixtures(dirs, evalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	off, err := evalFixtures(dirs, evalOptions{noGate: true})
	if err != nil {
		t.Fatal(err)
	}
	for id, r := range off.Rules {
		if got := on.Rules[id]; got.TruePositives < r.TruePositives || got.FalsePositives > r.FalsePositives {
			t.Errorf("%s: gate on %+v, gate off %+v", id, *got, *r)
		}
	}
	if on.Gate.Judged < 1000 || on.Gate.Passed*20 > on.Gate.Judged {
		t.Errorf("gate on: %+v; want >= 1,000 texts judged and under 5 %% passed", on.Gate)
	}
	if off.Gate.Passed*10 < off.Gate.Judged*9 || off.Gate.ModelCalls <= on.Gate.ModelCalls {
		t.Errorf("gate off: %+v; want (nearly) every text passed", off.Gate)
	}
}

// TestGateOnEvalData runs the insertion experiment with the word gate on and
// off (when the MQM file is present): the same inserted sentences and pieces
// are found, with a fraction of the model calls.
func TestGateOnEvalData(t *testing.T) {
	path := "../../../shared/eval/mqm-dev.tsv"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("evaluation data not available: %v", err)
	}
	var results [2]*InsertionResult
	for i, opt := range []evalOptions{{}, {noGate: true}} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		results[i], err = evalInsertions(f, opt)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	on, off := results[0], results[1]
	if on.SentencesFound != off.SentencesFound || on.PiecesFound != off.PiecesFound || on.Elsewhere != off.Elsewhere || on.CleanFlagged != off.CleanFlagged {
		t.Errorf("gate on %+v, gate off %+v: want the same findings", *on, *off)
	}
	if on.Gate.ModelCalls*4 > off.Gate.ModelCalls {
		t.Errorf("model calls: gate on %d, off %d; want under a quarter", on.Gate.ModelCalls, off.Gate.ModelCalls)
	}
}

// TestCorpusMode writes the targets of a language pair as articles.
func TestCorpusMode(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if code := execute([]string{"--corpus", dir, "--lp", "de-en", "--copies", "2", "../../testdata/eval/mini-mqm.tsv"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	files, err := os.ReadDir(dir)
	if err != nil || len(files) != 4 || !strings.HasPrefix(out.String(), "4 files") {
		t.Fatalf("%d files (%v), output %q", len(files), err, out.String())
	}
	if code := execute([]string{"--corpus", dir, "--lp", "xx-yy", "../../testdata/eval/mini-mqm.tsv"}, &out, &errOut); code != 2 {
		t.Errorf("a language pair without articles: exit %d, want 2", code)
	}
}

// TestPagesMode scores a page we wrote with its key: the split drop cap is
// found by its rule, the keyed miss is listed, and the finding on a line the
// key calls clean is a false alarm.
func TestPagesMode(t *testing.T) {
	dir := t.TempDir()
	page := "Dhe council met on Monday.\n\nThe vote was close.\n\nThe the mayor spoke.\n"
	key := `{"page": "p", "lang": "en", "source_lang": "de",
 "artifacts": [
  {"line": 1, "kind": "drop-cap", "text": "Dhe"},
  {"line": 3, "kind": "boilerplate", "text": "*"}
 ],
 "clean_lines": [5]}`
	if err := os.WriteFile(filepath.Join(dir, "p.txt"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "p.expect.json"), []byte(key), 0o644); err != nil {
		t.Fatal(err)
	}
	kindRules["drop-cap"] = []string{"drop-cap"}
	defer delete(kindRules, "drop-cap")
	var out, errOut bytes.Buffer
	if code := execute([]string{"--pages", "--json", dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var r PagesResult
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Pages != 1 || r.Artifacts != 2 || r.RightRule != 1 || r.Kinds["boilerplate"].Missed != 1 {
		t.Errorf("got %+v: want 1 page, 2 artifacts, the drop cap found by its rule, the boilerplate line missed", r)
	}
	if len(r.FalseAlarms) != 1 || r.FalseAlarms[0].Rule != "repeated-word" || r.FalseAlarms[0].Line != 5 {
		t.Errorf("false alarms %+v: want the repeated word on line 5", r.FalseAlarms)
	}
	// A key whose text is not on its line is an error, not a silent miss.
	bad := strings.Replace(key, `"Dhe"`, `"Xyz"`, 1)
	if err := os.WriteFile(filepath.Join(dir, "p.expect.json"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	errOut.Reset()
	if code := execute([]string{"--pages", dir}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "not on that line") {
		t.Errorf("exit %d, stderr %q: want 2 and the bad key named", code, errOut.String())
	}
}

// TestRespaceMode spaces the first compound of each paragraph of a small
// German text: the compounds after an article are found, the one after a
// colon is not, and the unchanged paragraphs, one with a dateline's dash,
// get no finding; a short paragraph, a
// duplicate and one without a compound are skipped.
func TestRespaceMode(t *testing.T) {
	dir := t.TempDir()
	text := "Die Biden-Regierung plant neue Zölle auf Stahl aus China.\n" +
		"Die Biden-Regierung plant neue Zölle auf Stahl aus China.\n" +
		"Kurz notiert: Ost-West etwa, wie man hört.\n" +
		"Berlin - Die Stadt baut eine Fußgänger-Brücke über die Spree.\n" +
		"Zu kurz: Bundesliga-Spiel.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := execute([]string{"--respace", "de", "--json", dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var r RespaceResult
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Files != 1 || r.Paragraphs != 3 || r.Found != 2 || len(r.Missed) != 1 || len(r.Clean) != 0 {
		t.Errorf("got %+v, want 1 file, 3 paragraphs, 2 found, 1 missed, no finding on the unchanged ones", r)
	}
	if code := execute([]string{"--respace", "de", filepath.Join(dir, "missing")}, &out, &errOut); code != 2 {
		t.Errorf("a missing folder: exit %d, want 2", code)
	}
}
