package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/mtlint/mtlint/checker/report"
)

// TestFormatsOnArticles runs every output format over our example article
// and, when it is present, the seed article, and parses each output back:
// SARIF validated against the 2.1.0 schema, XML well-formed, JSON decoded,
// one GitHub command a finding.
func TestFormatsOnArticles(t *testing.T) {
	articles := []string{filepath.Join("..", "..", "testdata", "examples", "article-en.txt")}
	seed := filepath.Join("..", "..", "..", "shared", "seed", "article-en-mt.txt")
	if _, err := os.Stat(seed); err == nil {
		articles = append(articles, seed)
	} else {
		t.Logf("seed article not available: %v", err)
	}
	for _, article := range articles {
		for _, format := range report.Formats() {
			t.Run(filepath.Base(article)+"/"+format, func(t *testing.T) {
				var stdout, stderr bytes.Buffer
				code := execute([]string{"check", "--lang", "en", "--format", format, article}, strings.NewReader(""), &stdout, &stderr)
				// A format may note what it leaves out (github: GitHub's
				// annotation cap), and nothing else.
				notes := strings.TrimPrefix(stderr.String(), "mtlint: "+format+": GitHub shows at most 10")
				if code != 1 || notes != stderr.String() && strings.Count(notes, "\n") != 1 || notes == stderr.String() && stderr.Len() > 0 {
					t.Fatalf("exit %d, stderr %q; want 1 and nothing but a note", code, stderr.String())
				}
				out := stdout.Bytes()
				switch format {
				case "sarif":
					log, err := sarif.FromBytes(out)
					if err != nil {
						t.Fatal(err)
					}
					if err := log.Validate(); err != nil {
						t.Fatal(err)
					}
					if len(log.Runs[0].Results) == 0 {
						t.Error("no results")
					}
				case "checkstyle", "junit":
					d := xml.NewDecoder(bytes.NewReader(out))
					for {
						if _, err := d.Token(); errors.Is(err, io.EOF) {
							break
						} else if err != nil {
							t.Fatal(err)
						}
					}
				case "json", "gitlab":
					var v any
					if err := json.Unmarshal(out, &v); err != nil {
						t.Fatal(err)
					}
				case "jsonl":
					for _, l := range bytes.Split(bytes.TrimSpace(out), []byte("\n")) {
						var v map[string]any
						if err := json.Unmarshal(l, &v); err != nil {
							t.Fatal(err)
						}
						if _, ok := v["score"]; !ok {
							t.Error("no score")
						}
					}
				case "github":
					for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
						if !strings.HasPrefix(l, "::error file=") && !strings.HasPrefix(l, "::warning file=") && !strings.HasPrefix(l, "::notice file=") {
							t.Errorf("not a workflow command: %q", l)
						}
					}
				case "html":
					if !bytes.HasPrefix(out, []byte("<!DOCTYPE html>")) || !bytes.Contains(out, []byte("<mark ")) {
						t.Error("no HTML report with highlights")
					}
				}
			})
		}
	}
}
