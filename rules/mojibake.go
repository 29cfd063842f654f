package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// Mojibake finds text that went through a wrong character decoding: UTF-8
// read as Windows-1252 or Latin-1, replacement characters, and C1 controls.
var Mojibake = &checker.Rule{
	ID:    "mojibake",
	Title: "text decoded with the wrong character encoding (Ã© for é, â€™ for ’, U+FFFD)",
	Doc: `When UTF-8 text is read as Windows-1252 or Latin-1, every non-ASCII character turns
into two or three Latin-1 characters: "é" becomes "Ã©", "ü" becomes "Ã¼", "ß" becomes
"ÃŸ", the apostrophe ’ becomes "â€™" and the quotation mark “ becomes "â€œ". Readers
see garbage at once.

The rule finds runs of characters from the upper half of Windows-1252, turns them back
into the bytes they were decoded from and reports a run when those bytes are valid
multi-byte UTF-8 whose characters are plausible text: Latin letters with accents,
general punctuation, currency and letter-like symbols, emoji, and (when two or more come
together, or the paragraph has other mojibake) Greek, Cyrillic, Hebrew, Arabic and CJK.
The suggestion is the repaired text. It also reports the replacement character U+FFFD,
which stands for a character that was lost, and C1 control characters (U+0080 to
U+009F), which are Windows-1252 punctuation read as Latin-1.

Correct text is left alone even where it happens to contain such pairs: a Portuguese
"É»" at the end of a quotation decodes to an IPA letter, "Âmbito" has an ASCII letter
after the "Â", and an upper-case word ending in "Ã" or "Å" before a closing quotation
mark or a dash counts only when the paragraph has other mojibake.`,
	Bad:      "The cafÃ© reopened on Monday.",
	Good:     "The café reopened on Monday.",
	Severity: checker.Error,
	Masks:    true,
	Check:    checkMojibake,
}

func checkMojibake(p *checker.Pass) error {
	for _, b := range p.Doc.Blocks {
		for _, f := range findMojibake(b.Text) {
			s := textdoc.Span{Start: f.Start, End: f.End}
			if f.Repair {
				p.ReportFix(b, s, f.Message, f.Suggestion, checker.Replace(s, f.Replacement))
			} else {
				p.Report(b, s, f.Message, f.Suggestion)
			}
		}
	}
	return nil
}

// mojibakeByte returns the byte that r stands for when UTF-8 bytes were read
// as Windows-1252 or Latin-1, for the characters that stand for a byte of
// 0x80 or above. C1 controls are their own byte: Latin-1 decoding, or a byte
// Windows-1252 leaves undefined.
func mojibakeByte(r rune) (byte, bool) {
	switch {
	case r < 0x80:
		return 0, false
	case r <= 0xff:
		return byte(r), true
	}
	b, ok := charmap.Windows1252.EncodeRune(r)
	return b, ok && b >= 0x80
}

// plausibility says how much a character decoded out of mojibake bytes is
// worth as evidence.
type plausibility int

const (
	implausible plausibility = iota
	// needsCompany: a letter of another script; one alone may be chance.
	needsCompany
	// plausibleAlone: an accented Latin letter, punctuation or a symbol that
	// real text is full of.
	plausibleAlone
)

// decodedPlausibility rates a character that mojibake bytes decode to.
func decodedPlausibility(r rune) plausibility {
	switch {
	case r >= 0xa0 && r <= 0x17f, // Latin-1 Supplement (and NBSP), Latin Extended-A
		r == 0x192, r >= 0x218 && r <= 0x21b, // ƒ; Romanian ș ț
		r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x203a, r == 0x2044, // general punctuation
		r >= 0x20a0 && r <= 0x20c0,   // currency symbols
		r == 0x2116 || r == 0x2122,   // № ™
		r >= 0x2190 && r <= 0x2193,   // arrows
		r >= 0x2600 && r <= 0x27bf,   // symbols and dingbats
		r == 0xfeff,                  // a byte order mark
		r >= 0x1f300 && r <= 0x1faff: // emoji
		return plausibleAlone
	case r >= 0x370 && r <= 0x3ff, r >= 0x400 && r <= 0x4ff, // Greek, Cyrillic
		r >= 0x5d0 && r <= 0x5ea, r >= 0x620 && r <= 0x64a, // Hebrew, Arabic letters
		r >= 0x3040 && r <= 0x30ff, r >= 0x4e00 && r <= 0x9fff, r >= 0xac00 && r <= 0xd7a3: // kana, CJK, Hangul
		return needsCompany
	}
	return implausible
}

// utf8SeqLen returns the length of the UTF-8 sequence a lead byte starts, or 0
// for a byte that cannot start a multi-byte sequence.
func utf8SeqLen(b byte) int {
	switch {
	case b >= 0xc2 && b <= 0xdf:
		return 2
	case b >= 0xe0 && b <= 0xef:
		return 3
	case b >= 0xf0 && b <= 0xf4:
		return 4
	}
	return 0
}

// mojibakeRune is one character of a run of mojibake candidates.
type mojibakeRune struct {
	off, size int // byte offset in the text and UTF-8 length
	b         byte
	r         rune
}

// decodedSeq is a group of run characters whose bytes decode to one rune.
type decodedSeq struct {
	first, last int // indexes into the run, inclusive
	r           rune
	class       plausibility
}

// findMojibake returns the badly decoded pieces of text: runs of UTF-8 read
// as Windows-1252 or Latin-1 (with the repaired text as suggestion), U+FFFD
// and C1 control characters.
func findMojibake(text string) []encodingFinding {
	fixes := scanMojibake(text)
	out := make([]encodingFinding, 0, len(fixes))
	for _, f := range fixes {
		orig := text[f.Start:f.End]
		f.Suggestion = strings.ReplaceAll(repairMojibake(f.Suggestion), "\uFEFF", "")
		// The repaired text replaces the span; a byte order mark goes.
		f.Repair, f.Replacement = true, f.Suggestion
		if strings.TrimSpace(f.Suggestion) == "" {
			f.Message = fmt.Sprintf("mojibake %s: a byte order mark decoded as Windows-1252", textutil.QuoteShort(orig))
			f.Suggestion = "remove it"
		} else {
			f.Message = fmt.Sprintf("mojibake %s: UTF-8 text decoded as Windows-1252; it should read %s",
				textutil.QuoteShort(orig), textutil.QuoteShort(f.Suggestion))
		}
		out = append(out, f)
	}

	// Replacement characters, and C1 controls not explained as mojibake.
	covered := func(off int) bool {
		for _, f := range fixes {
			if off >= f.Start && off < f.End {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i = textutil.SkipASCII(text, i, utf8.RuneSelf)
			continue
		}
		if _, _, ok := textutil.Latin1Letter(text, i); ok {
			i += 2 // U+00C0 to U+00FF: neither U+FFFD nor a C1 control
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n == 3:
			j := i + n
			for strings.HasPrefix(text[j:], "\uFFFD") {
				j += 3
			}
			out = append(out, encodingFinding{Start: i, End: j,
				Message:    "replacement character U+FFFD: a character was lost when the text was decoded",
				Suggestion: "restore the original character from the source"})
			n = j - i
		case r >= 0x80 && r <= 0x9f && !covered(i):
			f := encodingFinding{Start: i, End: i + n,
				Message:    fmt.Sprintf("C1 control character U+%04X: text decoded as Latin-1", r),
				Suggestion: "remove it"}
			if d := charmap.Windows1252.DecodeByte(byte(r)); d != utf8.RuneError {
				f.Message = fmt.Sprintf("C1 control character U+%04X: a Windows-1252 %s decoded as Latin-1", r, textutil.QuoteShort(string(d)))
				f.Suggestion = string(d)
				f.Repair, f.Replacement = true, f.Suggestion
			}
			out = append(out, f)
		}
		i += n
	}
	sortFindings(out)
	return out
}

// scanMojibake returns the stretches of text that are UTF-8 read as
// Windows-1252 or Latin-1, each with its decoded text as Suggestion.
func scanMojibake(text string) []encodingFinding {
	var (
		fixes   []encodingFinding // strong evidence
		pending []encodingFinding // weak evidence, kept if there is strong evidence
		run     []mojibakeRune
	)
	flush := func() {
		if len(run) >= 2 {
			strong, weak := decodeRun(text, run)
			fixes = append(fixes, strong...)
			pending = append(pending, weak...)
		}
		run = run[:0]
	}
	for i := 0; i < len(text); {
		if len(run) == 0 {
			// Outside a run, ASCII is skipped in a tight loop: the
			// candidates are all outside ASCII.
			if i = textutil.SkipASCII(text, i, utf8.RuneSelf); i == len(text) {
				break
			}
		}
		if text[i] < utf8.RuneSelf {
			if len(run) > 0 {
				flush()
			}
			i++
			continue
		}
		var r rune
		n := 2
		if _, _, ok := textutil.Latin1Letter(text, i); ok {
			r = 0xc0 + rune(text[i+1]&0x3f) // U+00C0 to U+00FF, read without decoding
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if b, ok := mojibakeByte(r); ok {
			run = append(run, mojibakeRune{off: i, size: n, b: b, r: r})
		} else {
			flush()
		}
		i += n
	}
	flush()
	if len(fixes) == 0 {
		return nil
	}
	fixes = append(fixes, pending...)
	sortFindings(fixes)
	return mergeMojibake(text, fixes)
}

// decodeRun turns a run of candidate characters back into bytes and returns
// the stretches that decode to plausible UTF-8: strong evidence, and weak
// evidence that counts only if the text has strong evidence too.
func decodeRun(text string, run []mojibakeRune) (strong, weak []encodingFinding) {
	bs := make([]byte, len(run))
	for i, c := range run {
		bs[i] = c.b
	}
	var seqs []decodedSeq
	for i := 0; i < len(bs); {
		n := utf8SeqLen(bs[i])
		if n == 0 || i+n > len(bs) {
			i++
			continue
		}
		r, size := utf8.DecodeRune(bs[i : i+n])
		if r == utf8.RuneError || size != n {
			i++
			continue
		}
		class := decodedPlausibility(r)
		if class == implausible {
			i++
			continue
		}
		seqs = append(seqs, decodedSeq{first: i, last: i + n - 1, r: r, class: class})
		i += n
	}
	// Adjacent sequences form one stretch of mojibake.
	for i := 0; i < len(seqs); {
		j := i + 1
		for j < len(seqs) && seqs[j].first == seqs[j-1].last+1 {
			j++
		}
		group := seqs[i:j]
		i = j

		var fixed strings.Builder
		alone, company := 0, 0
		for _, s := range group {
			fixed.WriteRune(s.r)
			if s.class == plausibleAlone {
				alone++
			} else {
				company++
			}
		}
		start := run[group[0].first].off
		last := run[group[len(group)-1].last]
		f := encodingFinding{Start: start, End: last.off + last.size, Suggestion: fixed.String()}
		switch {
		case company >= 2 || alone >= 2:
			strong = append(strong, f)
		case alone == 1 && company == 0 && !ambiguousPair(text, run, group[0]):
			strong = append(strong, f)
		default:
			weak = append(weak, f)
		}
	}
	return strong, weak
}

// ambiguousPair reports whether a lone two-character sequence may be correct
// text: an upper-case word ending in a letter such as "Ã" or "Å" followed by
// a closing quotation mark, a dash, an ellipsis or a no-break space ("AMANHÃ”").
func ambiguousPair(text string, run []mojibakeRune, s decodedSeq) bool {
	if s.last-s.first != 1 {
		return false
	}
	first, second := run[s.first], run[s.last]
	prev, _ := utf8.DecodeLastRuneInString(text[:first.off])
	if !unicode.IsUpper(prev) || !unicode.IsUpper(first.r) {
		return false
	}
	if !strings.ContainsRune("’”»‘“«‹›„‚–—…\u00a0\u00ad", second.r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[second.off+second.size:])
	return !unicode.IsLetter(next)
}

// mergeMojibake joins findings inside one word ("lâ€™Ã©tÃ©") and findings
// separated only by a little white space or punctuation, so a garbled
// Cyrillic sentence is one finding, not one a word. The suggestion of a
// merged finding keeps the text between the pieces.
func mergeMojibake(text string, fs []encodingFinding) []encodingFinding {
	if len(fs) < 2 {
		return fs
	}
	out := fs[:1]
	for _, f := range fs[1:] {
		last := &out[len(out)-1]
		if gap := text[last.End:f.Start]; sameWordGap(gap) || punctuationGap(gap) {
			last.Suggestion += gap + f.Suggestion
			last.End = f.End
			continue
		}
		out = append(out, f)
	}
	return out
}

// sameWordGap reports whether gap is ASCII letters and digits only.
func sameWordGap(gap string) bool {
	for i := 0; i < len(gap); i++ {
		c := gap[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// punctuationGap reports whether gap is at most three ASCII spaces or
// punctuation marks.
func punctuationGap(gap string) bool {
	if len(gap) > 3 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		c := gap[i]
		if c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			return false
		}
	}
	return true
}

// repairMojibake undoes mojibake in s, also mojibake applied more than
// once ("Ãƒâ€š"), in up to three rounds.
func repairMojibake(s string) string {
	for range 3 {
		fs := scanMojibake(s)
		if len(fs) == 0 {
			break
		}
		var b strings.Builder
		last := 0
		for _, f := range fs {
			b.WriteString(s[last:f.Start])
			b.WriteString(f.Suggestion)
			last = f.End
		}
		b.WriteString(s[last:])
		s = b.String()
	}
	return s
}

// sortFindings orders findings by start offset.
func sortFindings(fs []encodingFinding) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Start < fs[j-1].Start; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}
