package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// frame writes LSP messages with their Content-Length headers.
func frame(msgs ...string) *bytes.Reader {
	var b bytes.Buffer
	for _, m := range msgs {
		fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s", len(m), m)
	}
	return bytes.NewReader(b.Bytes())
}

// TestLSPCommand runs `mtlint lsp` as the binary would, with a scripted
// session on standard input, and checks the exit status the specification
// asks for.
func TestLSPCommand(t *testing.T) {
	const (
		initialize = `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}`
		shutdown   = `{"jsonrpc":"2.0","id":2,"method":"shutdown"}`
		exit       = `{"jsonrpc":"2.0","method":"exit"}`
	)
	tests := []struct {
		name string
		msgs []string
		want int
	}{
		{"shutdown then exit", []string{initialize, shutdown, exit}, 0},
		{"exit without shutdown", []string{initialize, exit}, 1},
		{"input ends after shutdown", []string{initialize, shutdown}, 0},
		{"input ends without shutdown", []string{initialize}, 1},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := execute([]string{"lsp"}, frame(tt.msgs...), &stdout, &stderr)
		if code != tt.want {
			t.Errorf("%s: exit status %d, want %d (stderr %q)", tt.name, code, tt.want, stderr.String())
		}
		// The first reply is initialize's, with the server's capabilities.
		out := stdout.String()
		_, body, ok := strings.Cut(out, "\r\n\r\n")
		dec := json.NewDecoder(strings.NewReader(body))
		var reply struct {
			ID     int `json:"id"`
			Result struct {
				ServerInfo struct{ Name string } `json:"serverInfo"`
			} `json:"result"`
		}
		if !ok || dec.Decode(&reply) != nil || reply.ID != 1 || reply.Result.ServerInfo.Name != "mtlint" {
			t.Errorf("%s: no initialize reply from mtlint in %q", tt.name, out)
		}
	}
	var stderr bytes.Buffer
	if code := execute([]string{"lsp", "--enable", "no-such-rule"}, frame(), &bytes.Buffer{}, &stderr); code != 2 {
		t.Errorf("lsp --enable no-such-rule: exit status %d, want 2 (%s)", code, stderr.String())
	}
}
