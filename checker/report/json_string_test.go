package report

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// appendJSONString writes what encoding/json writes (HTML left unescaped)
// for strings of plain ASCII, bytes to escape, letters beyond ASCII, the
// two line separators JavaScript reads as line ends, and broken UTF-8.
func TestAppendJSONStringAsEncoder(t *testing.T) {
	pieces := []string{"a", "Z", " ", "\"", "\\", "\n", "\t", "\x00", "\x1f", "\x7f", "é", "ß", "中", "\u2028", "\u2029", "\xff", "\xe2\x80", "<", "&", "😀", "/"}
	rng := rand.New(rand.NewPCG(5, 6))
	want := func(s string) string {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		return strings.TrimSuffix(buf.String(), "\n")
	}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got := string(appendJSONString([]byte("x"), s)); got != "x"+want(s) {
			t.Fatalf("%q: got %s, want %s", s, got[1:], want(s))
		}
	}
}
