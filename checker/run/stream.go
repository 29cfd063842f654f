package run

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/align"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// StreamRecord is one line of `--input jsonl`: a document to check.
type StreamRecord struct {
	ID         json.RawMessage `json:"id"`
	Text       *string         `json:"text"`
	Lang       string          `json:"lang"`
	Source     string          `json:"source"`
	SourceLang string          `json:"source_lang"`
}

// StreamResult is one line of output for a StreamRecord, in input order.
type StreamResult struct {
	ID             json.RawMessage   `json:"id"`
	Language       string            `json:"language"`
	SourceLanguage string            `json:"source_language,omitempty"`
	Words          int               `json:"words"`
	Error          string            `json:"error,omitempty"`
	Findings       []checker.Finding `json:"findings"`
}

// StreamStats counts what a stream run saw.
type StreamStats struct {
	Records int
	Errors  int // records that could not be read or checked
	// MaxSeverity is the highest severity of any finding.
	MaxSeverity checker.Severity
}

// MaxStreamLine is the longest JSONL input line accepted (a whole document
// with its source): longer lines get an error record, and reading goes on.
const MaxStreamLine = 64 << 20

// Stream checks one JSONL record a line from r and writes one StreamResult
// line to w for each, in input order, with its id. Records are checked in
// parallel; at most a few per worker are held in memory at once, so memory
// stays bounded however long the stream is (Spark's pipe, Hadoop streaming).
// A line that is not a valid record gets a result with Error set; the others
// are still checked. defaults.Lang and defaults.SourceLang apply where a
// record has no "lang" or "source_lang"; defaults.Markup is the records' markup
// (plain text when unset).
func Stream(e *checker.Engine, r io.Reader, w io.Writer, defaults Options) (StreamStats, error) {
	workers := runtime.GOMAXPROCS(0)
	type slot struct {
		done chan StreamResult
	}
	type job struct {
		line []byte
		n    int
		slot slot
	}
	jobs := make(chan job, workers)
	order := make(chan slot, 2*workers) // bounds the records in flight
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.slot.done <- checkRecord(e, j.line, j.n, defaults)
			}
		}()
	}

	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		br := bufio.NewReaderSize(r, 1<<16)
		for n := 1; ; n++ {
			line, tooLong, err := readLine(br, MaxStreamLine)
			if len(bytes.TrimSpace(line)) > 0 || tooLong {
				s := slot{done: make(chan StreamResult, 1)}
				order <- s
				if tooLong {
					s.done <- StreamResult{Error: fmt.Sprintf("line %d: longer than %d bytes", n, MaxStreamLine), Findings: []checker.Finding{}}
				} else {
					jobs <- job{line: line, n: n, slot: s}
				}
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr = err
				}
				return
			}
		}
	}()

	var stats StreamStats
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var writeErr error
	for s := range order {
		res := <-s.done
		stats.Records++
		if res.Error != "" {
			stats.Errors++
		}
		for _, f := range res.Findings {
			stats.MaxSeverity = max(stats.MaxSeverity, f.Severity)
		}
		if writeErr == nil {
			writeErr = enc.Encode(res)
		}
	}
	wg.Wait()
	if readErr != nil {
		return stats, fmt.Errorf("reading input: %w", readErr)
	}
	if writeErr != nil {
		return stats, fmt.Errorf("writing output: %w", writeErr)
	}
	return stats, nil
}

// readLine reads one line without its line break. A line longer than limit is
// consumed and reported as too long.
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	for {
		chunk, isPrefix, err := br.ReadLine()
		if !tooLong {
			if len(line)+len(chunk) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err != nil || !isPrefix {
			return line, tooLong, err
		}
	}
}

// checkRecord parses and checks one JSONL record.
func checkRecord(e *checker.Engine, line []byte, n int, defaults Options) StreamResult {
	res := StreamResult{Findings: []checker.Finding{}}
	// an id with invalid UTF-8 would be echoed raw; decode strings
	// as encoding/json does, with U+FFFD.
	line = bytes.ToValidUTF8(line, []byte("\uFFFD"))
	var rec StreamRecord
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		// Keep the id when the line is valid JSON with unknown fields.
		var idOnly struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(line, &idOnly) == nil {
			res.ID = idOnly.ID
		}
		res.Error = fmt.Sprintf("line %d: %v", n, err)
		return res
	}
	res.ID = rec.ID
	if rest := bytes.TrimSpace(line[dec.InputOffset():]); len(rest) > 0 {
		// A second record on the line would otherwise go unchecked
		// without a word.
		res.Error = fmt.Sprintf("line %d: more than one JSON value on the line (one record a line)", n)
		return res
	}
	if len(rec.ID) == 0 {
		res.Error = fmt.Sprintf(`line %d: record has no "id"`, n)
		return res
	}
	if rec.Text == nil {
		res.Error = fmt.Sprintf(`line %d: record has no "text"`, n)
		return res
	}
	lang, err := textdoc.NormalizeLang(rec.Lang)
	if err != nil {
		res.Error = fmt.Sprintf("line %d: lang: %v", n, err)
		return res
	}
	if lang == "" {
		lang = defaults.Lang
	}
	res.SourceLanguage, err = textdoc.NormalizeLang(rec.SourceLang)
	if err != nil {
		res.Error = fmt.Sprintf("line %d: source_lang: %v", n, err)
		return res
	}
	if res.SourceLanguage == "" {
		res.SourceLanguage = defaults.SourceLang
	}
	path := idPath(rec.ID)
	format := defaults.Markup
	if format == "" {
		format = textdoc.FormatText
	}
	doc, err := read.ParseWith(path, []byte(*rec.Text), read.ParseOptions{Format: format, Lang: lang, SourceLang: res.SourceLanguage, MaxSize: defaults.MaxSize})
	if err != nil {
		res.Error = fmt.Sprintf("line %d: %v", n, err)
		return res
	}
	if rec.Source != "" {
		// A record with its source is a pair of parallel texts: aligned
		// paragraph by paragraph, then compared like --source.
		src, err := read.ParseWith(path+" (source)", []byte(rec.Source), read.ParseOptions{Format: format, Lang: res.SourceLanguage, MaxSize: defaults.MaxSize})
		if err != nil {
			res.Error = fmt.Sprintf("line %d: source: %v", n, err)
			return res
		}
		align.Parallel(src, doc)
		res.SourceLanguage = doc.SourceLang
	}
	fs, err := Document(e, doc, lang != "")
	res.Language, res.Words = doc.Lang, doc.Words()
	if err != nil {
		res.Error = fmt.Sprintf("line %d: %v", n, err)
	}
	checker.Resolve(doc, fs)
	if fs != nil {
		res.Findings = fs
	}
	return res
}

// idPath turns a record id into the path its findings carry: a string id as
// it is, any other JSON value as written.
func idPath(id json.RawMessage) string {
	var s string
	if json.Unmarshal(id, &s) == nil {
		return s
	}
	return string(id)
}
