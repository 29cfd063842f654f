package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"
)

// rawClient writes bytes to a server and reads its framed replies, to test
// what a well-behaved client never sends.
type rawClient struct {
	t    *testing.T
	w    io.WriteCloser
	r    *bufio.Reader
	exit chan int
}

func newRawClient(t *testing.T) *rawClient {
	t.Helper()
	srv, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	toServer, fromClient := io.Pipe()
	toClient, fromServer := io.Pipe()
	c := &rawClient{t: t, w: fromClient, r: bufio.NewReader(toClient), exit: make(chan int, 1)}
	go func() {
		c.exit <- srv.Serve(context.Background(), pipeEnd{toServer, fromServer})
		fromServer.Close()
	}()
	t.Cleanup(func() { fromClient.Close(); toClient.Close() })
	return c
}

func (c *rawClient) send(body string) {
	c.t.Helper()
	c.sendFramed(len(body), body)
}

func (c *rawClient) sendFramed(length int, body string) {
	c.t.Helper()
	go fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%s", length, body)
}

type wireReply struct {
	ID    json.RawMessage `json:"id"`
	Error *struct {
		Code int `json:"code"`
	} `json:"error"`
	Result json.RawMessage `json:"result"`
}

// reply reads the next framed message, failing after a while.
func (c *rawClient) reply() wireReply {
	c.t.Helper()
	type got struct {
		r   wireReply
		err error
	}
	ch := make(chan got, 1)
	go func() {
		var n int
		for {
			line, err := c.r.ReadString('\n')
			if err != nil {
				ch <- got{err: err}
				return
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
				n, _ = strconv.Atoi(v)
			}
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(c.r, body); err != nil {
			ch <- got{err: err}
			return
		}
		var r wireReply
		ch <- got{r, json.Unmarshal(body, &r)}
	}()
	select {
	case g := <-ch:
		if g.err != nil {
			c.t.Fatal(g.err)
		}
		return g.r
	case <-time.After(10 * time.Second):
		c.t.Fatal("no reply")
	}
	return wireReply{}
}

// TestProtocolGarbage: what is no JSON-RPC message is answered with the
// specification's error and the session goes on.
func TestProtocolGarbage(t *testing.T) {
	c := newRawClient(t)
	for _, tc := range []struct {
		body string
		code int
		id   string
	}{
		{"not json at all", codeParseError, "null"},
		{`{"jsonrpc": "2.0", "id": 1, "method": "initialize"`, codeParseError, "null"},
		{"[]", codeInvalidRequest, "null"},
		{"null", codeInvalidRequest, "null"},
		{"42", codeInvalidRequest, "null"},
		{`{"jsonrpc": "2.0", "id": 7}`, codeInvalidRequest, "7"},
		{`{"jsonrpc": "2.0", "id": 8, "method": 5}`, codeInvalidRequest, "8"},
		{`{"jsonrpc": "2.0", "id": {"x": 1}, "method": "initialize"}`, codeInvalidRequest, "null"},
	} {
		c.send(tc.body)
		r := c.reply()
		if r.Error == nil || r.Error.Code != tc.code || string(r.ID) != tc.id {
			t.Errorf("%s: reply %+v (id %s), want error %d with id %s", tc.body, r.Error, r.ID, tc.code, tc.id)
		}
	}
	c.send(`{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}`)
	if r := c.reply(); r.Error != nil || string(r.ID) != "1" || len(r.Result) == 0 {
		t.Errorf("initialize after the garbage: %+v, want its result", r)
	}
}

// TestContentLengthTooLong: a Content-Length that runs into the next message
// does not swallow it.
func TestContentLengthTooLong(t *testing.T) {
	c := newRawClient(t)
	first := `{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}`
	second := `{"jsonrpc": "2.0", "id": 2, "method": "shutdown"}`
	go fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%sContent-Length: %d\r\n\r\n%s", len(first)+10, first, len(second), second)
	for _, want := range []string{"1", "2"} {
		if r := c.reply(); r.Error != nil || string(r.ID) != want {
			t.Errorf("reply %+v id %s, want the answer to %s", r.Error, r.ID, want)
		}
	}
}

// TestHeaderWithoutBound: a header line that never ends ends the session
// instead of being buffered without bound.
func TestHeaderWithoutBound(t *testing.T) {
	c := newRawClient(t)
	go func() {
		chunk := strings.Repeat("x", 64<<10)
		for range 100 { // 6.4 MB without a line end
			if _, err := io.WriteString(c.w, chunk); err != nil {
				return
			}
		}
	}()
	select {
	case code := <-c.exit:
		if code != 1 {
			t.Errorf("exit status %d, want 1 (no shutdown)", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the server still reads a header line of megabytes")
	}
}
