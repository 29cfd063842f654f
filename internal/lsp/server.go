// Package lsp is mtlint's language server: it checks the documents an editor
// has open as the user types and publishes the findings as diagnostics, with
// quick fixes for the findings that carry a safe fix.
//
// The protocol types and the dispatch of methods come from
// github.com/tliron/glsp (protocol_3_16); the JSON-RPC connection is
// github.com/sourcegraph/jsonrpc2, which glsp itself uses. glsp's own server
// package is not used: it serves only os.Stdin and os.Stdout (tests need
// pipes), and it cannot tell "exit after shutdown" (status 0) from "exit
// without shutdown" (status 1), because its handler refuses every message
// after shutdown, exit included.
package lsp

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/config"
)

// DefaultDebounce is how long the server waits after the last change of a
// document before it checks it: long enough that typing a word costs one
// check, short enough that the diagnostics follow the typing (a check of a
// 1,300-word article takes about a millisecond).
const DefaultDebounce = 150 * time.Millisecond

// Options configure a server. The zero value checks with no rules: set Rules.
type Options struct {
	// Rules are the rules the engines know; Enable and Disable select among
	// them on top of each configuration file, as the command line does.
	Rules           []*checker.Rule
	Enable, Disable []string
	// ConfigPath, when set, is used for every document instead of the
	// .mtlint.yaml nearest to it.
	ConfigPath string
	// Lang is the target language of every document; "" takes it from the
	// configuration file, or guesses it per document.
	Lang string
	// Debounce is the wait after a change before a check; 0 means
	// DefaultDebounce, a negative value no wait.
	Debounce time.Duration
	// Version is reported to the client in serverInfo.
	Version string
	// Log receives one line per problem the client is not told about (a
	// failed write); nil discards them.
	Log io.Writer
}

// Server is one language server session. It is created with New and runs
// with Serve, once.
type Server struct {
	opts     Options
	debounce time.Duration
	handler  protocol.Handler

	// pending counts scheduled and running checks, so that Serve returns
	// only when none is left.
	pending sync.WaitGroup

	// running holds a token for each check in progress: checks of many
	// documents at once queue for the machine's cores rather than all run
	// (and hold their memory) together.
	running chan struct{}

	mu          sync.Mutex
	conn        *jsonrpc2.Conn
	configs     *config.Configs        // one engine per configuration file, reused across documents
	stamps      map[string]configStamp // by document folder: the configuration seen there
	docs        map[protocol.DocumentUri]*document
	initialized bool
	shutdown    bool
}

// document is an open text document: the editor's copy, not the file's.
type document struct {
	uri        protocol.DocumentUri
	path       string // the file's path; "" for a document that is no file
	languageID string

	// Guarded by Server.mu. text is never changed in place: each change
	// makes a new slice, so a check may read its snapshot without the lock.
	text    []byte
	version protocol.Integer
	rev     uint64 // counts changes; the client's version may repeat or be absent
	timer   *time.Timer
	last    *result // the last check of the current rev, nil when stale

	// checking serialises the checks of the document and the publishing of
	// their results, so that an older result never overwrites a newer one
	// and nothing is published after the document was closed.
	checking sync.Mutex
}

// New validates opts (the rule selection and ConfigPath) and returns a
// server.
func New(opts Options) (*Server, error) {
	configs, err := config.NewConfigs(opts.Rules, opts.Enable, opts.Disable, opts.ConfigPath)
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, configs: configs, docs: map[protocol.DocumentUri]*document{},
		stamps: map[string]configStamp{}, running: make(chan struct{}, runtime.GOMAXPROCS(0))}
	switch {
	case opts.Debounce == 0:
		s.debounce = DefaultDebounce
	case opts.Debounce > 0:
		s.debounce = opts.Debounce
	}
	s.handler = protocol.Handler{
		Initialize:                     s.initialize,
		Initialized:                    func(*glsp.Context, *protocol.InitializedParams) error { return nil },
		Shutdown:                       s.shutdownRequest,
		SetTrace:                       func(*glsp.Context, *protocol.SetTraceParams) error { return nil },
		TextDocumentDidOpen:            s.didOpen,
		TextDocumentDidChange:          s.didChange,
		TextDocumentDidSave:            s.didSave,
		TextDocumentDidClose:           s.didClose,
		TextDocumentCodeAction:         s.codeAction,
		WorkspaceDidChangeWatchedFiles: s.didChangeWatchedFiles,
	}
	return s, nil
}

// Serve talks LSP over stream until the client sends exit or closes the
// stream, and returns the exit status the process should end with: 0 when
// the client asked for shutdown first, 1 when not (as the specification of
// exit asks).
func (s *Server) Serve(ctx context.Context, stream io.ReadWriteCloser) int {
	logTo := s.opts.Log
	if logTo == nil {
		logTo = io.Discard
	}
	conn := jsonrpc2.NewConn(ctx, newStream(stream),
		jsonrpc2.HandlerWithError(s.handle), jsonrpc2.SetLogger(log.New(logTo, "mtlint lsp: ", 0)))
	select {
	case <-conn.DisconnectNotify():
	case <-ctx.Done():
		conn.Close()
	}
	s.mu.Lock()
	ok := s.shutdown
	s.shutdownLocked()
	s.mu.Unlock()
	// Checks still running publish nothing now; wait for them, but not
	// forever: one stuck writing to a client that stopped reading must not
	// keep the process alive.
	done := make(chan struct{})
	go func() {
		s.pending.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		s.logf("checks still running at exit")
	}
	if ok {
		return 0
	}
	return 1
}

// LSP error codes that JSON-RPC does not define.
const (
	codeServerNotInitialized = -32002
)

// handle dispatches one message. Messages arrive one at a time, in order, on
// the connection's read loop: a didChange is applied before the next message
// is read. Checks run on their own goroutines.
func (s *Server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	s.mu.Lock()
	s.conn = conn
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()

	switch {
	case req.Method == protocol.MethodExit:
		// The server ends whatever state it is in; Serve reports whether
		// shutdown came first.
		conn.Close()
		return nil, nil
	case shutdown:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: "the server is shut down"}
	case !initialized && req.Method != protocol.MethodInitialize:
		return nil, &jsonrpc2.Error{Code: codeServerNotInitialized, Message: "the server is not initialized"}
	}

	gctx := &glsp.Context{Method: req.Method, Notify: func(method string, params any) {
		s.notify(method, params)
	}}
	if req.Params != nil {
		gctx.Params = *req.Params
	}
	result, validMethod, validParams, err := s.handler.Handle(gctx)
	switch {
	case !validMethod && req.Notif:
		return nil, nil // a notification the server has no use for ($/cancelRequest, ...)
	case !validMethod:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "method not supported: " + req.Method}
	case !validParams:
		msg := "invalid params"
		if err != nil {
			msg += ": " + err.Error()
		}
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: msg}
	case err != nil:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: err.Error()}
	}
	return result, nil
}

// notify sends a notification; a failure (the client went away) is logged.
func (s *Server) notify(method string, params any) {
	s.mu.Lock()
	conn := s.conn
	s.mu.Unlock()
	if conn == nil {
		return
	}
	if err := conn.Notify(context.Background(), method, params); err != nil && err != jsonrpc2.ErrClosed {
		s.logf("%s: %v", method, err)
	}
}

func (s *Server) logf(format string, a ...any) {
	if s.opts.Log != nil {
		fmt.Fprintf(s.opts.Log, "mtlint lsp: "+format+"\n", a...)
	}
}

func (s *Server) initialize(_ *glsp.Context, _ *protocol.InitializeParams) (any, error) {
	s.mu.Lock()
	s.initialized = true
	s.mu.Unlock()
	sync := protocol.TextDocumentSyncKindIncremental
	version := s.opts.Version
	return protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			// Incremental sync is advertised; a change without a range (the
			// whole text) is accepted too.
			TextDocumentSync: protocol.TextDocumentSyncOptions{
				OpenClose: ptr(true),
				Change:    &sync,
				Save:      protocol.SaveOptions{IncludeText: ptr(false)},
			},
			CodeActionProvider: protocol.CodeActionOptions{
				CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix},
			},
		},
		ServerInfo: &protocol.InitializeResultServerInfo{Name: "mtlint", Version: &version},
	}, nil
}

func (s *Server) shutdownRequest(*glsp.Context) error {
	s.mu.Lock()
	s.shutdownLocked()
	s.mu.Unlock()
	return nil
}

// shutdownLocked stops every scheduled check; checks already running finish
// but publish nothing. s.mu is held.
func (s *Server) shutdownLocked() {
	s.shutdown = true
	for _, d := range s.docs {
		s.stopTimerLocked(d)
	}
}

func (s *Server) didOpen(_ *glsp.Context, p *protocol.DidOpenTextDocumentParams) error {
	if isConfigFile(p.TextDocument.URI) {
		return nil // not prose; its didSave reloads the configurations
	}
	d := &document{
		uri:        p.TextDocument.URI,
		path:       uriPath(p.TextDocument.URI),
		languageID: p.TextDocument.LanguageID,
		text:       []byte(p.TextDocument.Text),
		version:    p.TextDocument.Version,
	}
	s.refreshConfigs(d.path)
	s.mu.Lock()
	if old := s.docs[d.uri]; old != nil {
		s.stopTimerLocked(old)
	}
	s.docs[d.uri] = d
	s.scheduleLocked(d, 0)
	s.mu.Unlock()
	return nil
}

func (s *Server) didChange(_ *glsp.Context, p *protocol.DidChangeTextDocumentParams) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil // a document the server does not check (.mtlint.yaml)
	}
	text, err := applyChanges(d.text, p.ContentChanges)
	if err != nil {
		return err
	}
	d.text, d.version, d.rev, d.last = text, p.TextDocument.Version, d.rev+1, nil
	s.scheduleLocked(d, s.debounce)
	return nil
}

// applyChanges applies content changes in order, each to the text the one
// before it left. A change without a range replaces the whole text.
func applyChanges(text []byte, changes []any) ([]byte, error) {
	for _, c := range changes {
		switch c := c.(type) {
		case protocol.TextDocumentContentChangeEventWhole:
			text = []byte(c.Text)
		case protocol.TextDocumentContentChangeEvent:
			if c.Range == nil {
				text = []byte(c.Text)
				continue
			}
			m := newMapper(text)
			start, end := m.offset(c.Range.Start), m.offset(c.Range.End)
			if end < start {
				return nil, fmt.Errorf("change range ends before it starts: %v", *c.Range)
			}
			next := make([]byte, 0, len(text)-(end-start)+len(c.Text))
			next = append(next, text[:start]...)
			next = append(next, c.Text...)
			next = append(next, text[end:]...)
			text = next
		default:
			return nil, fmt.Errorf("unknown content change %T", c)
		}
	}
	return text, nil
}

func (s *Server) didSave(_ *glsp.Context, p *protocol.DidSaveTextDocumentParams) error {
	if isConfigFile(p.TextDocument.URI) {
		s.reloadConfigs()
		return nil
	}
	s.refreshConfigs(uriPath(p.TextDocument.URI))
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil
	}
	if p.Text != nil {
		d.text, d.rev, d.last = []byte(*p.Text), d.rev+1, nil
	}
	s.scheduleLocked(d, 0)
	return nil
}

func (s *Server) didClose(_ *glsp.Context, p *protocol.DidCloseTextDocumentParams) error {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	if d != nil {
		s.stopTimerLocked(d)
		delete(s.docs, d.uri)
	}
	s.mu.Unlock()
	if d == nil {
		return nil
	}
	// A check that already decided to publish does so first; this empty
	// list comes after it and clears the editor's list.
	d.checking.Lock()
	defer d.checking.Unlock()
	s.notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{
		URI: d.uri, Diagnostics: []protocol.Diagnostic{},
	})
	return nil
}

func (s *Server) didChangeWatchedFiles(_ *glsp.Context, p *protocol.DidChangeWatchedFilesParams) error {
	for _, c := range p.Changes {
		if isConfigFile(c.URI) {
			s.reloadConfigs()
			return nil
		}
	}
	return nil
}

// configStamp identifies the configuration file that applies in a folder, as
// it is on disk: its path ("" for none), time of change and size.
type configStamp struct {
	path    string
	modTime int64 // Unix nanoseconds
	size    int64
}

// refreshConfigs reloads the configurations when the one that applies to the
// file at path was created, changed or removed since it was last looked at.
// Editors send a .mtlint.yaml's didSave only to the servers of YAML files, and
// file watching needs dynamic registration, which not every client has, so
// documents look for themselves when they are opened and saved: a few stat
// calls, not a check.
func (s *Server) refreshConfigs(path string) {
	dir := "."
	if path != "" {
		dir = filepath.Dir(path)
	}
	var st configStamp
	if s.opts.ConfigPath != "" {
		st.path = s.opts.ConfigPath
	} else if p, err := config.FindConfig(dir); err == nil {
		st.path = p
	}
	if st.path != "" {
		if info, err := os.Stat(st.path); err == nil {
			st.modTime, st.size = info.ModTime().UnixNano(), info.Size()
		}
	}
	s.mu.Lock()
	old, seen := s.stamps[dir]
	s.stamps[dir] = st
	s.mu.Unlock()
	if seen && old != st {
		s.reloadConfigs()
	}
}

// reloadConfigs forgets the configurations read so far (a .mtlint.yaml was
// saved or changed on disk) and checks every open document again.
func (s *Server) reloadConfigs() {
	configs, err := config.NewConfigs(s.opts.Rules, s.opts.Enable, s.opts.Disable, s.opts.ConfigPath)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		// Only --config can fail here; its error is shown on every document.
		s.logf("%v", err)
	} else {
		s.configs = configs
	}

	for _, d := range s.docs {
		d.rev, d.last = d.rev+1, nil
		s.scheduleLocked(d, 0)
	}
}

// scheduleLocked (re)starts the document's timer; s.mu is held.
func (s *Server) scheduleLocked(d *document, delay time.Duration) {
	if s.shutdown {
		return
	}
	s.stopTimerLocked(d)
	s.pending.Add(1)
	d.timer = time.AfterFunc(delay, func() {
		defer s.pending.Done()
		s.check(d)
	})
}

// stopTimerLocked cancels the document's scheduled check, if it has not
// started; s.mu is held.
func (s *Server) stopTimerLocked(d *document) {
	if d.timer != nil && d.timer.Stop() {
		s.pending.Done()
	}
	d.timer = nil
}

// check checks the document's current text and publishes the result, unless
// the text changed or the document was closed in the meantime.
func (s *Server) check(d *document) {
	d.checking.Lock()
	defer d.checking.Unlock()
	s.mu.Lock()
	if s.docs[d.uri] != d || s.shutdown {
		s.mu.Unlock()
		return
	}
	text, rev, version, configs := d.text, d.rev, d.version, s.configs
	if d.last != nil {
		// Checked already (a save after the debounced check).
		res := d.last
		s.mu.Unlock()
		s.publish(d.uri, version, res.diagnostics)
		return
	}
	s.mu.Unlock()

	s.running <- struct{}{}
	res := s.analyse(configs, d, text)
	<-s.running

	s.mu.Lock()
	if s.docs[d.uri] != d || d.rev != rev || s.shutdown {
		s.mu.Unlock()
		return
	}
	d.last = res
	s.mu.Unlock()
	s.publish(d.uri, version, res.diagnostics)
}

func (s *Server) publish(uri protocol.DocumentUri, version protocol.Integer, diags []protocol.Diagnostic) {
	v := protocol.UInteger(max(version, 0))
	s.notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{
		URI: uri, Version: &v, Diagnostics: diags,
	})
}

// current returns the result of checking the document's current text: the
// last check's, or a new one when the text changed since (a code action
// asked for before the debounced check ran).
func (s *Server) current(uri protocol.DocumentUri) *result {
	s.mu.Lock()
	d := s.docs[uri]
	if d == nil {
		s.mu.Unlock()
		return nil
	}
	if d.last != nil {
		res := d.last
		s.mu.Unlock()
		return res
	}
	text, configs := d.text, s.configs
	s.mu.Unlock()
	return s.analyse(configs, d, text)
}

// isConfigFile reports whether uri names a configuration file.
func isConfigFile(uri protocol.DocumentUri) bool {
	p := uriPath(uri)
	return p != "" && filepath.Base(p) == config.ConfigFileName
}

// uriPath returns the file path of a file: URI, or "" for any other URI
// (an unsaved buffer).
func uriPath(uri protocol.DocumentUri) string {
	u, err := url.Parse(string(uri))
	if err != nil || u.Scheme != "file" {
		return ""
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		// file:///C:/dir/a.md has the path /C:/dir/a.md.
		p = strings.TrimPrefix(p, "/")
	}
	return filepath.FromSlash(p)
}

func ptr[T any](v T) *T { return &v }
