package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// runL10n runs `mtlint-eval --l10n --json` with args on dir.
func runL10n(t *testing.T, dir string, args ...string) L10nResult {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := execute(append(append([]string{"--l10n", "--json"}, args...), dir), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var r L10nResult
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestL10nMini(t *testing.T) {
	out := t.TempDir()
	r := runL10n(t, "../../testdata/eval/l10n-mini", "--plant-out", out)
	if r.Files != 2 || r.Units != 12 || r.Flags != 0 {
		t.Errorf("files %d, units %d, flags %d; want 2, 12, 0", r.Files, r.Units, r.Flags)
	}
	for kind, want := range map[string]L10nKind{
		"placeholder-dropped": {Planted: 2, RightRule: 2},
		"empty-target":        {Planted: 6, RightRule: 6},
		"url-changed":         {Planted: 1, RightRule: 1},
		"tag-dropped":         {Planted: 1, RightRule: 1},
		"xliff-g-dropped":     {Planted: 2, RightRule: 2},
		"xliff2-pc-dropped":   {Planted: 2, RightRule: 2},
	} {
		got := r.Kinds[kind]
		if got == nil || got.Planted != want.Planted || got.RightRule != want.RightRule || got.FalseAlarms != 0 {
			t.Errorf("%s = %+v, want %d planted, %d found by the right rule, no new flags", kind, got, want.Planted, want.RightRule)
		}
	}
	// The copies and their keys are written for other tools (pofilter).
	var key []plantKey
	raw, err := os.ReadFile(filepath.Join(out, "untranslated", "key.json"))
	if err == nil {
		err = json.Unmarshal(raw, &key)
	}
	if err != nil || len(key) == 0 {
		t.Fatalf("untranslated key: %v (%d entries)", err, len(key))
	}
	if _, err := os.Stat(filepath.Join(out, "xliff2-pc-dropped", "app.ru.xlf2.xlf")); err != nil {
		t.Error(err)
	}
}

// TestL10nCorpus measures the bilingual checks on the real localization
// files of ../shared/eval/l10n when they are there.
func TestL10nCorpus(t *testing.T) {
	dir := "../../../shared/eval/l10n"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/eval/l10n")
	}
	if testing.Short() {
		t.Skip("slow: checks every file once for each planted kind")
	}
	r := runL10n(t, dir, "--plant")
	if r.Per1000 > 12 {
		t.Errorf("%.1f flags per 1,000 units, want at most 12", r.Per1000)
	}
	for _, kind := range []string{"xliff-g-dropped", "xliff-x-dropped", "xliff2-pc-dropped", "placeholder-dropped", "empty-target"} {
		if k := r.Kinds[kind]; k == nil || k.Planted == 0 || k.RightRule != k.Planted {
			t.Errorf("%s: %+v, want every planted error found", kind, k)
		}
	}
}
