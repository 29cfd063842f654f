package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// Limits of the message framing. A header line longer than maxHeaderLine, or
// a header of more than maxHeaderLines lines, ends the session: nothing can
// be answered without a message, and buffering it would have no bound. A
// body over maxBody is skipped unread.
const (
	maxHeaderLine  = 4 << 10
	maxHeaderLines = 32
	maxBody        = 64 << 20
)

// JSON-RPC error codes for messages that are not requests.
const (
	codeParseError     = -32700
	codeInvalidRequest = -32600
)

// stream is the LSP base protocol (Content-Length framed JSON) as a
// jsonrpc2.ObjectStream that survives protocol garbage: a body that is no
// JSON is answered with a parse error (-32700), a body that is JSON but no
// request, notification or response with an invalid-request error (-32600),
// and the session goes on, as the JSON-RPC specification asks. jsonrpc2's
// own codec ends the session on either. A Content-Length that runs past its
// message into the next header is recovered from: the JSON value is taken
// and the rest is read again as the next message.
type stream struct {
	r *bufio.Reader
	c io.Closer

	wmu sync.Mutex
	w   io.Writer

	// skipped counts bodies skipped for their size, for tests and logs.
	skipped int
}

func newStream(rwc io.ReadWriteCloser) *stream {
	return &stream{r: bufio.NewReaderSize(rwc, maxHeaderLine), w: rwc, c: rwc}
}

// WriteObject writes one message.
func (s *stream) WriteObject(obj any) error {
	body, err := json.Marshal(obj)
	if err != nil {
		return err
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if _, err := fmt.Fprintf(s.w, "Content-Length: %d\r\n\r\n", len(body)); err != nil {
		return err
	}
	_, err = s.w.Write(body)
	return err
}

// Close closes the underlying connection.
func (s *stream) Close() error { return s.c.Close() }

// ReadObject reads the next well-formed message into v, answering the
// malformed ones on the way.
func (s *stream) ReadObject(v any) error {
	for {
		n, err := s.readHeader()
		if err != nil {
			return err
		}
		if n > maxBody {
			if _, err := io.CopyN(io.Discard, s.r, n); err != nil {
				return err
			}
			s.skipped++
			s.reply(nil, codeInvalidRequest, fmt.Sprintf("message of %d bytes is over the limit of %d", n, maxBody))
			continue
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(s.r, body); err != nil {
			return err
		}
		msg, rest, ok := firstValue(body)
		if !ok {
			s.reply(nil, codeParseError, "parse error: the message is not JSON")
			continue
		}
		if len(rest) > 0 {
			// The Content-Length was too long: the next message's header
			// is inside this body. Read it again.
			s.r = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(rest), s.r), maxHeaderLine)
		}
		if id, why := checkMessage(msg); why != "" {
			s.reply(id, codeInvalidRequest, why)
			continue
		}
		if err := json.Unmarshal(msg, v); err != nil {
			s.reply(nil, codeInvalidRequest, "invalid request: "+err.Error())
			continue
		}
		return nil
	}
}

// readHeader reads header lines up to the blank line and returns the
// Content-Length. Lines may end in "\r\n" or "\n".
func (s *stream) readHeader() (int64, error) {
	n := int64(-1)
	for lines := 0; ; lines++ {
		line, err := s.r.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			return 0, fmt.Errorf("header line longer than %d bytes", maxHeaderLine)
		}
		if err != nil {
			return 0, err
		}
		if lines >= maxHeaderLines {
			return 0, fmt.Errorf("header of more than %d lines", maxHeaderLines)
		}
		text := strings.TrimRight(string(line), "\r\n")
		if text == "" {
			if n < 0 {
				if lines == 0 {
					lines = -1 // blank lines between messages
					continue
				}
				return 0, errors.New("header without Content-Length")
			}
			return n, nil
		}
		name, value, ok := strings.Cut(text, ":")
		if !ok {
			return 0, fmt.Errorf("malformed header line %q", truncate(text, 40))
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			v, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			if err != nil || v < 0 {
				return 0, fmt.Errorf("bad Content-Length %q", truncate(value, 40))
			}
			n = v
		}
	}
}

// firstValue splits body into its first JSON value and what follows it when
// that is the start of another message; ok is false when body is no JSON, or
// JSON followed by anything else.
func firstValue(body []byte) (msg, rest []byte, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(body))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return nil, nil, false
	}
	end := int(dec.InputOffset())
	tail := bytes.TrimLeft(body[end:], " \t\r\n")
	if len(tail) == 0 {
		return raw, nil, true
	}
	if bytes.HasPrefix(bytes.ToLower(tail[:min(len(tail), 15)]), []byte("content-")) {
		return raw, tail, true
	}
	return nil, nil, false
}

// checkMessage says why a JSON value is no JSON-RPC message mtlint can
// handle, with the id to answer to when it has one; "" when it is one.
func checkMessage(msg []byte) (id *json.RawMessage, why string) {
	switch t := bytes.TrimLeft(msg, " \t\r\n"); {
	case len(t) > 0 && t[0] == '[':
		return nil, "invalid request: batches are not supported"
	case len(t) == 0 || t[0] != '{':
		return nil, "invalid request: want a JSON object"
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(msg, &m); err != nil {
		return nil, "invalid request: " + err.Error()
	}
	if raw, ok := m["id"]; ok {
		if s := bytes.TrimSpace(raw); len(s) == 0 || (s[0] != '"' && s[0] != '-' && (s[0] < '0' || s[0] > '9') && string(s) != "null") {
			return nil, "invalid request: id must be a number or a string"
		}
		id = &raw
	}
	method, hasMethod := m["method"]
	_, hasResult := m["result"]
	_, hasError := m["error"]
	switch {
	case hasMethod && (len(method) < 3 || method[0] != '"'):
		return id, "invalid request: method must be a non-empty string"
	case !hasMethod && !hasResult && !hasError:
		return id, "invalid request: no method"
	case hasMethod && (hasResult || hasError):
		return id, "invalid request: both a method and a result"
	}
	return nil, ""
}

// reply sends an error response to a message that could not be handled.
func (s *stream) reply(id *json.RawMessage, code int, msg string) {
	resp := struct {
		JSONRPC string           `json:"jsonrpc"`
		ID      *json.RawMessage `json:"id"`
		Error   struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}{JSONRPC: "2.0", ID: id}
	resp.Error.Code, resp.Error.Message = code, msg
	_ = s.WriteObject(resp) // a client gone is seen by the next read
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
