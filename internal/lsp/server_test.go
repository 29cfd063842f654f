package lsp

import (
	"context"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/mtlint/mtlint/rules"
)

// The test client decodes what the server sends into its own types, so that
// the tests check the JSON on the wire, not glsp's view of it.
type wirePosition struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type wireRange struct {
	Start wirePosition `json:"start"`
	End   wirePosition `json:"end"`
}

type wireDiagnostic struct {
	Range    wireRange `json:"range"`
	Severity int       `json:"severity"`
	Code     string    `json:"code"`
	Source   string    `json:"source"`
	Message  string    `json:"message"`
}

type wirePublish struct {
	URI         string           `json:"uri"`
	Version     *int             `json:"version"`
	Diagnostics []wireDiagnostic `json:"diagnostics"`
	// Raw is the notification's params as the server sent them.
	Raw json.RawMessage `json:"-"`
}

type wireTextEdit struct {
	Range   wireRange `json:"range"`
	NewText string    `json:"newText"`
}

type wireCodeAction struct {
	Title       string           `json:"title"`
	Kind        string           `json:"kind"`
	Diagnostics []wireDiagnostic `json:"diagnostics"`
	IsPreferred bool             `json:"isPreferred"`
	Edit        struct {
		Changes map[string][]wireTextEdit `json:"changes"`
	} `json:"edit"`
}

// pipeEnd is one side of two io.Pipes.
type pipeEnd struct {
	*io.PipeReader
	*io.PipeWriter
}

func (p pipeEnd) Close() error {
	p.PipeReader.Close()
	return p.PipeWriter.Close()
}

// client talks to a server running in the same process over pipes.
type client struct {
	t     *testing.T
	conn  *jsonrpc2.Conn
	diags chan wirePublish
	exit  chan int // the server's exit status, once Serve returned
}

func newClient(t *testing.T, opts Options) *client {
	t.Helper()
	if opts.Rules == nil {
		opts.Rules = rules.All()
	}
	srv, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	toServer, fromClient := io.Pipe()
	toClient, fromServer := io.Pipe()
	c := &client{t: t, diags: make(chan wirePublish, 100), exit: make(chan int, 1)}
	go func() {
		c.exit <- srv.Serve(context.Background(), pipeEnd{toServer, fromServer})
	}()
	c.conn = jsonrpc2.NewConn(context.Background(),
		jsonrpc2.NewBufferedStream(pipeEnd{toClient, fromClient}, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
			if req.Method == "textDocument/publishDiagnostics" && req.Params != nil {
				var p wirePublish
				if err := json.Unmarshal(*req.Params, &p); err != nil {
					t.Errorf("publishDiagnostics: %v", err)
				}
				p.Raw = append(json.RawMessage(nil), *req.Params...)
				c.diags <- p
			}
			return nil, nil
		}))
	t.Cleanup(func() {
		c.conn.Close()
		select {
		case <-c.exit:
		case <-time.After(5 * time.Second):
			t.Error("the server did not stop after the client went away")
		}
	})
	return c
}

func (c *client) call(method string, params, result any) {
	c.t.Helper()
	if err := c.conn.Call(context.Background(), method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) initialize() map[string]any {
	c.t.Helper()
	var res map[string]any
	c.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, &res)
	c.notify("initialized", map[string]any{})
	return res
}

// waitDiagnostics returns the next diagnostics published for uri with at
// least version minVersion (-1: any, and the unversioned clearing on close).
func (c *client) waitDiagnostics(uri string, minVersion int) wirePublish {
	c.t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case p := <-c.diags:
			if p.URI != uri {
				continue
			}
			if minVersion >= 0 && (p.Version == nil || *p.Version < minVersion) {
				continue
			}
			return p
		case <-timeout:
			c.t.Fatalf("no diagnostics for %s (version >= %d) within 10 s", uri, minVersion)
		}
	}
}

func (c *client) open(uri, languageID, text string) {
	c.t.Helper()
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": languageID, "version": 1, "text": text,
	}})
}

func (c *client) change(uri string, version int, changes ...map[string]any) {
	c.t.Helper()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": changes,
	})
}

func rangeChange(sl, sc, el, ec int, text string) map[string]any {
	return map[string]any{"range": map[string]any{
		"start": map[string]any{"line": sl, "character": sc},
		"end":   map[string]any{"line": el, "character": ec},
	}, "text": text}
}

func (c *client) stop() int {
	c.t.Helper()
	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	select {
	case code := <-c.exit:
		c.exit <- code // for Cleanup
		return code
	case <-time.After(5 * time.Second):
		c.t.Fatal("the server did not stop after exit")
	}
	return -1
}

func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// workspace makes a folder that is a repository root (so that no
// configuration above it applies) with .mtlint.yaml holding config, and
// writes files into it. It returns the folder.
func workspace(t *testing.T, config string, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if config != "" {
		files[".mtlint.yaml"] = config
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func find(ds []wireDiagnostic, code string, line int) *wireDiagnostic {
	for i := range ds {
		if ds[i].Code == code && ds[i].Range.Start.Line == line {
			return &ds[i]
		}
	}
	return nil
}

// TestArticle is an editing session as a user has it: open a 1,300-word article,
// get its diagnostics, fix the drop cap with an incremental change, see the
// diagnostic go, shut down. It runs with the default debounce and logs the
// latencies (`go test ./internal/lsp -run TestArticle -v`); budgets are not
// asserted, as timed unit tests would be flaky.
func TestArticle(t *testing.T) {
	article, err := os.ReadFile("../../testdata/examples/article-en.txt")
	if err != nil {
		t.Fatal(err)
	}
	// The configuration sets the language and turns a rule off: both must
	// reach the engine.
	dir := workspace(t, "lang: en\nrules:\n  double-space: off\n", map[string]string{"article.txt": string(article)})
	uri := fileURI(filepath.Join(dir, "article.txt"))

	c := newClient(t, Options{})
	init := c.initialize()
	caps, _ := init["capabilities"].(map[string]any)
	sync, _ := caps["textDocumentSync"].(map[string]any)
	if sync["change"] != float64(2) || sync["openClose"] != true {
		t.Errorf("textDocumentSync = %v, want incremental (2) with openClose", caps["textDocumentSync"])
	}
	if caps["codeActionProvider"] == nil {
		t.Error("no codeActionProvider")
	}

	start := time.Now()
	c.open(uri, "plaintext", string(article))
	first := c.waitDiagnostics(uri, 1)
	openLatency := time.Since(start)
	t.Logf("didOpen of %d words -> %d diagnostics in %v", len(strings.Fields(string(article))), len(first.Diagnostics), openLatency)

	dc := find(first.Diagnostics, "drop-cap", 10)
	if dc == nil {
		t.Fatalf("no drop-cap diagnostic on line 10 (0-based); got %+v", first.Diagnostics)
	}
	if dc.Range != (wireRange{wirePosition{10, 0}, wirePosition{10, 3}}) || dc.Severity != 1 || dc.Source != "mtlint" {
		t.Errorf("drop-cap diagnostic = %+v, want 10:0-10:3, severity 1, source mtlint", *dc)
	}
	if !strings.Contains(dc.Message, `suggestion: The`) {
		t.Errorf("drop-cap message %q lacks the suggestion", dc.Message)
	}
	for _, d := range first.Diagnostics {
		if d.Code == "double-space" {
			t.Errorf("double-space is off in .mtlint.yaml but reported: %+v", d)
		}
	}

	start = time.Now()
	c.change(uri, 2, rangeChange(10, 0, 10, 3, "The"))
	second := c.waitDiagnostics(uri, 2)
	changeLatency := time.Since(start)
	t.Logf("didChange -> %d diagnostics in %v (debounce %v)", len(second.Diagnostics), changeLatency, DefaultDebounce)
	if d := find(second.Diagnostics, "drop-cap", 10); d != nil {
		t.Errorf("drop-cap still reported after the fix: %+v", *d)
	}
	if len(second.Diagnostics) != len(first.Diagnostics)-1 {
		t.Errorf("after the fix: %d diagnostics, want %d", len(second.Diagnostics), len(first.Diagnostics)-1)
	}

	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	if closed := c.waitDiagnostics(uri, -1); len(closed.Diagnostics) != 0 || closed.Diagnostics == nil {
		t.Errorf("didClose published %+v, want an empty list", closed.Diagnostics)
	}
	if code := c.stop(); code != 0 {
		t.Errorf("exit status after shutdown and exit = %d, want 0", code)
	}
}

func TestExitWithoutShutdown(t *testing.T) {
	c := newClient(t, Options{})
	c.initialize()
	c.notify("exit", nil)
	select {
	case code := <-c.exit:
		c.exit <- code
		if code != 1 {
			t.Errorf("exit status = %d, want 1", code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the server did not stop after exit")
	}
}

func TestRequestsBeforeInitializeAndAfterShutdown(t *testing.T) {
	c := newClient(t, Options{})
	var res any
	err := c.conn.Call(context.Background(), "textDocument/codeAction", map[string]any{}, &res)
	if e, ok := err.(*jsonrpc2.Error); !ok || e.Code != codeServerNotInitialized {
		t.Errorf("request before initialize: %v, want error %d", err, codeServerNotInitialized)
	}
	c.initialize()
	c.call("shutdown", nil, nil)
	err = c.conn.Call(context.Background(), "textDocument/codeAction", map[string]any{}, &res)
	if e, ok := err.(*jsonrpc2.Error); !ok || e.Code != jsonrpc2.CodeInvalidRequest {
		t.Errorf("request after shutdown: %v, want error %d", err, jsonrpc2.CodeInvalidRequest)
	}
	c.notify("exit", nil)
	if code := <-c.exit; code != 0 {
		t.Errorf("exit status = %d, want 0", code)
	}
	c.exit <- 0
}

// TestUTF16Ranges checks ranges after astral and CJK characters end to end,
// and an incremental change placed in UTF-16 units.
func TestUTF16Ranges(t *testing.T) {
	c := newClient(t, Options{Debounce: -1, Lang: "en"})
	c.initialize()
	uri := "untitled:emoji"
	// "😀" counts 2 units and "漢字" 2: the double space after "a" starts
	// at character 1+2+1+2+1+1 = 8 of line 1.
	c.open(uri, "plaintext", "First line here.\nx😀 漢字 a  b and more words.\n")
	p := c.waitDiagnostics(uri, 1)
	d := find(p.Diagnostics, "double-space", 1)
	if d == nil {
		t.Fatalf("no double-space on line 1: %+v", p.Diagnostics)
	}
	if want := (wireRange{wirePosition{1, 8}, wirePosition{1, 10}}); d.Range != want || d.Severity != 3 {
		t.Errorf("double-space at %+v severity %d, want %+v severity 3", d.Range, d.Severity, want)
	}
	// Replace the double space by one, in UTF-16 units.
	c.change(uri, 2, rangeChange(1, 8, 1, 10, " "))
	if p := c.waitDiagnostics(uri, 2); find(p.Diagnostics, "double-space", 1) != nil {
		t.Errorf("double-space still reported after the change: %+v", p.Diagnostics)
	}
}

func TestCodeActions(t *testing.T) {
	c := newClient(t, Options{Debounce: -1, Lang: "en"})
	c.initialize()
	text := "Intro paragraph of the article, in plain words.\n\nDhe plans of the company were secret.\n"
	actionsAt := func(uri string, line, char int) []wireCodeAction {
		t.Helper()
		var actions []wireCodeAction
		c.call("textDocument/codeAction", map[string]any{
			"textDocument": map[string]any{"uri": uri},
			"range": map[string]any{"start": map[string]any{"line": line, "character": char},
				"end": map[string]any{"line": line, "character": char}},
			"context": map[string]any{"diagnostics": []any{}},
		}, &actions)
		return actions
	}

	// Plain text: the quick fix, and no comment to disable the rule.
	c.open("untitled:a.txt", "plaintext", text)
	c.waitDiagnostics("untitled:a.txt", 1)
	actions := actionsAt("untitled:a.txt", 2, 1)
	if len(actions) != 1 {
		t.Fatalf("plain text: %d actions, want 1 (the fix): %+v", len(actions), actions)
	}
	fix := actions[0]
	edits := fix.Edit.Changes["untitled:a.txt"]
	want := []wireTextEdit{{Range: wireRange{wirePosition{2, 0}, wirePosition{2, 3}}, NewText: "The"}}
	if fix.Kind != "quickfix" || !fix.IsPreferred || len(edits) != 1 || edits[0] != want[0] {
		t.Errorf("fix = %+v, want a preferred quickfix with edits %+v", fix, want)
	}
	if len(fix.Diagnostics) != 1 || fix.Diagnostics[0].Code != "drop-cap" {
		t.Errorf("fix diagnostics = %+v, want the drop-cap diagnostic", fix.Diagnostics)
	}
	if got := actionsAt("untitled:a.txt", 0, 0); len(got) != 0 {
		t.Errorf("actions on a clean line: %+v", got)
	}

	// Markdown: the fix, and a comment above the line.
	c.open("untitled:b.md", "markdown", text)
	c.waitDiagnostics("untitled:b.md", 1)
	actions = actionsAt("untitled:b.md", 2, 0)
	if len(actions) != 2 {
		t.Fatalf("markdown: %d actions, want 2: %+v", len(actions), actions)
	}
	disable := actions[1]
	want = []wireTextEdit{{Range: wireRange{wirePosition{2, 0}, wirePosition{2, 0}}, NewText: "<!-- mtlint-disable-next-line drop-cap -->\n"}}
	if got := disable.Edit.Changes["untitled:b.md"]; len(got) != 1 || got[0] != want[0] {
		t.Errorf("disable edit = %+v, want %+v", got, want)
	}

	// The comment works: applied, the finding is gone.
	c.change("untitled:b.md", 2, rangeChange(2, 0, 2, 0, want[0].NewText))
	if p := c.waitDiagnostics("untitled:b.md", 2); find(p.Diagnostics, "drop-cap", 3) != nil {
		t.Errorf("drop-cap reported under its disable comment: %+v", p.Diagnostics)
	}

	// A code action asked for before the debounced check ran sees the
	// current text.
	c2 := newClient(t, Options{Debounce: time.Hour, Lang: "en"})
	c2.initialize()
	c2.open("untitled:c.txt", "plaintext", "Intro paragraph of the article, in plain words.\n")
	c2.waitDiagnostics("untitled:c.txt", 1)
	c2.change("untitled:c.txt", 2, rangeChange(1, 0, 1, 0, "\nDhe plans were secret.\n"))
	var got []wireCodeAction
	c2.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": "untitled:c.txt"},
		"range": map[string]any{"start": map[string]any{"line": 2, "character": 0},
			"end": map[string]any{"line": 2, "character": 0}},
		"context": map[string]any{"diagnostics": []any{}},
	}, &got)
	if len(got) != 1 || got[0].Edit.Changes["untitled:c.txt"][0].NewText != "The" {
		t.Errorf("code action on unchecked text = %+v, want the drop-cap fix", got)
	}
}

// TestDebounce checks that a burst of changes costs one check, published for
// the last version.
func TestDebounce(t *testing.T) {
	c := newClient(t, Options{Debounce: 50 * time.Millisecond, Lang: "en"})
	c.initialize()
	uri := "untitled:d.txt"
	c.open(uri, "plaintext", "Intro paragraph of the article.\n")
	c.waitDiagnostics(uri, 1)
	for v := 2; v <= 6; v++ {
		c.change(uri, v, rangeChange(0, 0, 0, 0, "x"))
	}
	p := c.waitDiagnostics(uri, 2)
	if p.Version == nil || *p.Version != 6 {
		t.Errorf("published for version %v, want only the last (6)", p.Version)
	}
}

func TestConfigErrorIsADiagnostic(t *testing.T) {
	dir := workspace(t, "rules:\n  drop-cap: hgih\n", map[string]string{"a.txt": "Dhe plans.\n"})
	uri := fileURI(filepath.Join(dir, "a.txt"))
	c := newClient(t, Options{Debounce: -1})
	c.initialize()
	c.open(uri, "plaintext", "Dhe plans were secret.\n")
	p := c.waitDiagnostics(uri, 1)
	if len(p.Diagnostics) != 1 || !strings.Contains(p.Diagnostics[0].Message, "unknown severity") {
		t.Errorf("diagnostics = %+v, want one naming the bad severity", p.Diagnostics)
	}
}

// TestConfigReload checks that a .mtlint.yaml changed on disk applies from
// the next save of a document, without a restart.
func TestConfigReload(t *testing.T) {
	dir := workspace(t, "lang: en\n", map[string]string{"a.txt": ""})
	uri := fileURI(filepath.Join(dir, "a.txt"))
	c := newClient(t, Options{Debounce: -1})
	c.initialize()
	c.open(uri, "plaintext", "Intro paragraph  of the article.\n")
	if p := c.waitDiagnostics(uri, 1); find(p.Diagnostics, "double-space", 0) == nil {
		t.Fatalf("no double-space before the change: %+v", p.Diagnostics)
	}
	err := os.WriteFile(filepath.Join(dir, ".mtlint.yaml"), []byte("lang: en\nrules:\n  double-space: off\n"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": uri}})
	if p := c.waitDiagnostics(uri, 1); find(p.Diagnostics, "double-space", 0) != nil {
		t.Errorf("double-space still reported after the configuration turned it off: %+v", p.Diagnostics)
	}
}

// TestDisableComment checks where the "disable RULE for this line" comment
// goes, and where it is not offered.
func TestDisableComment(t *testing.T) {
	c := newClient(t, Options{Debounce: -1, Lang: "en"})
	c.initialize()
	tests := []struct {
		name, uri, lang, text string
		line                  int
		want                  string // the inserted text at the line's start; "" = not offered
	}{
		{"html keeps CRLF and indentation", "untitled:h.html", "html",
			"<div>\r\n  <p>Intro paragraph of the article, in plain words.</p>\r\n  <p>Dhe plans of the company were secret.</p>\r\n</div>\r\n",
			2, "  <!-- mtlint-disable-next-line drop-cap -->\r\n"},
		{"markdown inside a paragraph: would split it", "untitled:m.md", "markdown",
			"Intro paragraph of the article, in plain words.\nThe plans were secret.  And more.\n",
			1, ""},
		{"markdown list item", "untitled:l.md", "markdown",
			"Intro paragraph of the article, in plain words.\n\n- Dhe plans of the company were secret.\n",
			2, "<!-- mtlint-disable-next-line drop-cap -->\n"},
	}
	for _, tt := range tests {
		c.open(tt.uri, tt.lang, tt.text)
		p := c.waitDiagnostics(tt.uri, 1)
		onLine := false
		for _, d := range p.Diagnostics {
			onLine = onLine || d.Range.Start.Line == tt.line
		}
		if !onLine {
			t.Fatalf("%s: no diagnostic on line %d to act on: %+v", tt.name, tt.line, p.Diagnostics)
		}
		var actions []wireCodeAction
		c.call("textDocument/codeAction", map[string]any{
			"textDocument": map[string]any{"uri": tt.uri},
			"range": map[string]any{"start": map[string]any{"line": tt.line, "character": 0},
				"end": map[string]any{"line": tt.line, "character": 99}},
			"context": map[string]any{"diagnostics": []any{}},
		}, &actions)
		got := ""
		for _, a := range actions {
			if strings.HasPrefix(a.Title, "Disable ") {
				e := a.Edit.Changes[tt.uri][0]
				if e.Range != (wireRange{wirePosition{tt.line, 0}, wirePosition{tt.line, 0}}) {
					t.Errorf("%s: comment inserted at %+v, want the start of line %d", tt.name, e.Range, tt.line)
				}
				got = e.NewText
				break
			}
		}
		if got != tt.want {
			t.Errorf("%s: disable comment %q, want %q (diagnostics %+v, actions %+v)", tt.name, got, tt.want, p.Diagnostics, actions)
		}
	}
}

// TestShortFileTakesPathLanguage checks that a one-line file too short for
// its language to be detected is checked in the language its path names, as
// check does.
func TestShortFileTakesPathLanguage(t *testing.T) {
	dir := workspace(t, "", map[string]string{})
	if err := os.MkdirAll(filepath.Join(dir, "content", "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	uri := fileURI(filepath.Join(dir, "content", "en", "note.md"))
	c := newClient(t, Options{Debounce: -1})
	c.initialize()
	c.open(uri, "markdown", "Dhe brand new file.\n")
	if p := c.waitDiagnostics(uri, 1); find(p.Diagnostics, "drop-cap", 0) == nil {
		t.Errorf("no drop-cap on a short file under content/en/: %+v", p.Diagnostics)
	}
}
