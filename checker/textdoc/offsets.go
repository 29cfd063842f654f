package textdoc

import (
	"bytes"
	"sort"
)

// offsetRun says that, from decoded offset dec and original offset orig on,
// every code point takes decLen bytes in the decoded text and origLen bytes in
// the file, up to the next run.
type offsetRun struct {
	dec, orig       int
	decLen, origLen int
}

// OffsetMap converts offsets in decoded text to offsets in the original file.
type OffsetMap struct {
	runs    []offsetRun
	decEnd  int // len(decoded)
	OrigEnd int // len(original)
}

// Add records one code point of decLen decoded and origLen original bytes.
func (m *OffsetMap) Add(decLen, origLen int) {
	if n := len(m.runs); n > 0 {
		last := &m.runs[n-1]
		if last.decLen == decLen && last.origLen == origLen {
			m.decEnd += decLen
			m.OrigEnd += origLen
			return
		}
	}
	m.runs = append(m.runs, offsetRun{dec: m.decEnd, orig: m.OrigEnd, decLen: decLen, origLen: origLen})
	m.decEnd += decLen
	m.OrigEnd += origLen
}

// Orig returns the original byte offset of decoded offset off. An offset
// inside a decoded code point maps to the code point's start.
func (m *OffsetMap) Orig(off int) int {
	if off >= m.decEnd {
		return m.OrigEnd
	}
	if off <= 0 {
		return m.runs[0].orig // decEnd > 0, so there is a run
	}
	i := sort.Search(len(m.runs), func(i int) bool { return m.runs[i].dec > off }) - 1
	r := m.runs[i]
	k := (off - r.dec) / r.decLen
	return r.orig + k*r.origLen
}

// Dec returns the decoded offset of original offset off (the inverse of
// Orig, for output that shows the decoded text).
func (m *OffsetMap) Dec(off int) int {
	if off >= m.OrigEnd {
		return m.decEnd
	}
	if len(m.runs) == 0 || off <= m.runs[0].orig {
		return 0
	}
	i := sort.Search(len(m.runs), func(i int) bool { return m.runs[i].orig > off }) - 1
	r := m.runs[i]
	k := (off - r.orig) / r.origLen
	return r.dec + k*r.decLen
}

// BomLen returns the length of a UTF-8 byte order mark at the start of content.
func BomLen(content []byte) int {
	if bytes.HasPrefix(content, []byte("\xef\xbb\xbf")) {
		return 3
	}
	return 0
}
