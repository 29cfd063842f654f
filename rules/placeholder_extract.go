package rules

import (
	"regexp"
	"strings"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// The placeholder extractor of placeholder-mismatch: printf conversions, brace
// placeholders, ICU arguments, template variables and markup tags, each with
// the key it is compared by.

// phKind is the family of a placeholder; a missing placeholder and an extra
// one of the same family are reported together as one replaced by the other.
type phKind int

const (
	phPrintf   phKind = iota
	phBrace           // {0} {name} {0:N2}
	phICU             // {count, plural, ...}: the argument and its type
	phTemplate        // ${x} {{x}} %(name)s
	phTag             // <b> </b> <br/>
	phInline          // an XLIFF inline element from Unit.SourceTags/TargetTags
)

// placeholder is one placeholder found in a segment.
type placeholder struct {
	Span textdoc.Span
	Key  string // what must be equal on both sides
	Kind phKind
	// Conv is the conversion of a printf placeholder without a position
	// ("%s" -> 's'); their order matters. 0 for all others.
	Conv byte
	// InICU is set inside the messages of an ICU plural or select, whose
	// branches differ in number between languages (Russian has four plural
	// forms, English two): such placeholders are compared as a set.
	InICU bool
	// Open and Close mark paired tags, for the nesting check.
	Open, Close bool
	Name        string
}

var (
	printfPattern      = regexp.MustCompile(`^%(?:(\d+)\$)?[-+0#']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?([diouxXeEfFgGaAcspn@])`)
	pyNamedPattern     = regexp.MustCompile(`^%\([A-Za-z_][A-Za-z0-9_]*\)[-+0# ]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]`)
	percentNamePattern = regexp.MustCompile(`^%[A-Za-z_][A-Za-z0-9_.]+%`)
	dollarPattern      = regexp.MustCompile(`^\$\{\s*[^{}\s]+\s*\}`)
	mustachePattern    = regexp.MustCompile(`^\{\{\s*([^{}]+?)\s*\}\}`)
	bracePattern       = regexp.MustCompile(`^\s*([\pL_][\pL\pN_.-]*|\d+)\s*(?::[^{}]*)?$`)
	icuPattern         = regexp.MustCompile(`^\s*([\pL_][\pL\pN_.-]*|\d+)\s*,\s*(plural|select|selectordinal|number|date|time|spellout|ordinal|duration)\s*(?:,|$)`)
	tagPattern         = regexp.MustCompile(`^<(/?)([A-Za-z][A-Za-z0-9:_-]*)((?:\s+[A-Za-z_:][-\w:.]*\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]*[^\s"'<>/]))*)\s*(/?)>`)
	idAttrPattern      = regexp.MustCompile(`\bid\s*=\s*["']?([^"'\s>]+)`)
)

// voidElements are HTML elements without a closing tag.
var voidElements = map[string]bool{"br": true, "hr": true, "img": true, "input": true, "wbr": true, "meta": true, "link": true, "area": true, "col": true, "embed": true, "source": true, "x": true, "bx": true, "ex": true, "ph": true}

// findPlaceholders returns the placeholders of text in order.
func findPlaceholders(text string) []placeholder {
	return appendPlaceholders(nil, text, 0, len(text), false)
}

func appendPlaceholders(out []placeholder, text string, from, to int, inICU bool) []placeholder {
	for i := from; i < to; {
		rest := text[i:to]
		switch text[i] {
		case '%':
			if strings.HasPrefix(rest, "%%") {
				out = append(out, placeholder{Span: textdoc.Span{Start: i, End: i + 2}, Key: "%%", Kind: phPrintf, InICU: inICU})
				i += 2
				continue
			}
			// A Symfony or Twig parameter: "%count%", "%minutes%".
			if m := percentNamePattern.FindString(rest); m != "" {
				out = append(out, placeholder{Span: textdoc.Span{Start: i, End: i + len(m)}, Key: m, Kind: phTemplate, InICU: inICU})
				i += len(m)
				continue
			}
			if i > 0 && isASCIIDigit(text[i-1]) {
				// "50%d" is not a format; "50 %" neither (no conversion after a space).
				i++
				continue
			}
			// A named conversion ends at its letter: "%(link)ssign up" is
			// the placeholder and the words "sign up".
			if m := pyNamedPattern.FindString(rest); m != "" {
				out = append(out, placeholder{Span: textdoc.Span{Start: i, End: i + len(m)}, Key: m, Kind: phTemplate, InICU: inICU})
				i += len(m)
				continue
			}
			if m := printfPattern.FindStringSubmatch(rest); m != nil && !letterAt(text, i+len(m[0])) {
				// The grouping flag ("%'d") formats the same argument: a
				// translation may keep or drop it.
				key := strings.Replace(m[0], "'", "", 1)
				p := placeholder{Span: textdoc.Span{Start: i, End: i + len(m[0])}, Key: key, Kind: phPrintf, InICU: inICU}
				if m[1] == "" {
					p.Conv = m[2][0]
				}
				out = append(out, p)
				i += len(m[0])
				continue
			}
		case '$':
			if m := dollarPattern.FindString(rest); m != "" {
				out = append(out, placeholder{Span: textdoc.Span{Start: i, End: i + len(m)}, Key: strings.Join(strings.Fields(m), ""), Kind: phTemplate, InICU: inICU})
				i += len(m)
				continue
			}
		case '{':
			if m := mustachePattern.FindStringSubmatch(rest); m != nil {
				out = append(out, placeholder{Span: textdoc.Span{Start: i, End: i + len(m[0])}, Key: "{{" + m[1] + "}}", Kind: phTemplate, InICU: inICU})
				i += len(m[0])
				continue
			}
			end := matchingBrace(text, i, to)
			if end < 0 {
				i++
				continue
			}
			inner := text[i+1 : end-1]
			if m := bracePattern.FindStringSubmatch(inner); m != nil {
				out = append(out, placeholder{Span: textdoc.Span{Start: i, End: end}, Key: "{" + strings.TrimSpace(inner) + "}", Kind: phBrace, InICU: inICU})
				i = end
				continue
			}
			if m := icuPattern.FindStringSubmatchIndex(inner); m != nil {
				name, typ := inner[m[2]:m[3]], inner[m[4]:m[5]]
				out = append(out, placeholder{Span: textdoc.Span{Start: i, End: end}, Key: "{" + name + ", " + typ + "}", Kind: phICU, InICU: inICU})
				// The branch messages are translated; placeholders inside them
				// must survive.
				out = appendICUBranches(out, text, i+1+m[1], end-1)
				i = end
				continue
			}
			if inICU {
				out = appendPlaceholders(out, text, i+1, end-1, true)
				i = end
				continue
			}
		case '<':
			if m := tagPattern.FindStringSubmatch(rest); m != nil {
				name := strings.ToLower(m[2])
				p := placeholder{Span: textdoc.Span{Start: i, End: i + len(m[0])}, Kind: phTag, Name: name, InICU: inICU}
				id := ""
				if im := idAttrPattern.FindStringSubmatch(m[3]); im != nil {
					id = " id=" + im[1]
				}
				switch {
				case m[1] == "/":
					p.Key, p.Close = "</"+name+">", true
				case m[4] == "/" || voidElements[name]:
					p.Key = "<" + name + id + "/>"
				default:
					p.Key, p.Open = "<"+name+id+">", true
				}
				out = append(out, p)
				// A placeholder inside an attribute ("href=\"%(url)s\"")
				// is filled in like any other.
				attrs := i + 1 + len(m[1]) + len(m[2])
				out = appendPlaceholders(out, text, attrs, attrs+len(m[3]), inICU)
				i += len(m[0])
				continue
			}
		}
		i++
	}
	return out
}

// appendICUBranches reads the "key {message}" branches of an ICU plural or
// select between from and to, and the placeholders inside each message.
func appendICUBranches(out []placeholder, text string, from, to int) []placeholder {
	for i := from; i < to; i++ {
		if text[i] != '{' {
			continue
		}
		end := matchingBrace(text, i, to)
		if end < 0 {
			break
		}
		out = appendPlaceholders(out, text, i+1, end-1, true)
		i = end - 1
	}
	return out
}

// matchingBrace returns the offset just after the brace that closes the one
// at text[i], or -1.
func matchingBrace(text string, i, to int) int {
	depth := 0
	for j := i; j < to; j++ {
		switch text[j] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}

func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// inlinePlaceholders turns a unit's XLIFF inline elements into placeholders.
func inlinePlaceholders(tags []textdoc.Tag) []placeholder {
	out := make([]placeholder, 0, len(tags))
	for _, t := range tags {
		key := "<" + t.Name
		if t.ID != "" {
			key += " id=" + t.ID
		}
		out = append(out, placeholder{Span: t.Span, Key: key + ">", Kind: phInline, Name: t.Name})
	}
	return out
}

// strftimePattern matches a strftime directive that no printf conversion
// has ("%B", "%Y", "%H"), not followed by a letter as "%minutes%" is: a
// segment with one is a date or time format.
var strftimePattern = regexp.MustCompile(`%[-_0^#]?[BbhYyHIMSmjZzUWwVGkl](?:[^A-Za-z0-9_%]|$)`)

// isDateFormat reports whether text is a strftime date or time format,
// whose directives a translator reorders and replaces for the locale
// ("%e %B %Y" as "%d. %B %Y").
func isDateFormat(text string) bool { return strftimePattern.MatchString(text) }

// dropPrintf returns list without its printf conversions.
func dropPrintf(list []placeholder) []placeholder {
	out := list[:0:0]
	for _, x := range list {
		if x.Kind != phPrintf {
			out = append(out, x)
		}
	}
	return out
}

// positionsAsSource rewrites the positional printf conversions of tgt
// ("%2$s") as the source's unpositioned conversion they stand for ("%s"),
// when the source has only unpositioned ones: "%s ... %s" translated as
// "%2$s ... %1$s" reorders the arguments on purpose. Conversions of another
// type than the source's at that position are left as they are.
func positionsAsSource(src, tgt []placeholder) []placeholder {
	var plain []placeholder
	for _, x := range src {
		if x.Kind == phPrintf && x.Key != "%%" {
			if x.Conv == 0 {
				return tgt // the source has positions itself
			}
			plain = append(plain, x)
		}
	}
	out := append([]placeholder(nil), tgt...)
	for i, x := range out {
		if x.Kind != phPrintf || x.Conv != 0 {
			continue
		}
		m := printfPattern.FindStringSubmatch(x.Key)
		if m == nil || m[1] == "" {
			continue
		}
		n := 0
		for _, c := range m[1] {
			n = n*10 + int(c-'0')
		}
		if n < 1 || n > len(plain) || plain[n-1].Key != strings.Replace(x.Key, m[1]+"$", "", 1) {
			continue
		}
		out[i].Key = plain[n-1].Key // Conv stays 0: the order is the translator's
	}
	return out
}

// pipeInterval matches the interval a Symfony plural form may start with:
// "{0}", "{1,2}", "[2,Inf[", "]1,19]".
var pipeInterval = regexp.MustCompile(`^\s*(?:\{\s*-?\d+(?:\s*,\s*-?\d+)*\s*\}|[\[\]]\s*(?:-?\d+|-Inf)\s*,\s*(?:-?\d+|\+?Inf)\s*[\[\]])\s*`)

// pipeForms returns the spans of the plural forms of a Symfony-style
// message ("one file|%count% files"), each without its interval prefix, or
// nil when text is not one: a "|" between spaces is a separator in a
// label ("Home | About"), not a form boundary.
func pipeForms(text string) []textdoc.Span {
	var forms []textdoc.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) {
			if text[i] != '|' {
				continue
			}
			if i+1 < len(text) && text[i+1] == '|' || i > 0 && text[i-1] == '|' {
				return nil
			}
			if i > 0 && text[i-1] == ' ' && i+1 < len(text) && text[i+1] == ' ' {
				return nil
			}
		}
		s := start
		if m := pipeInterval.FindStringIndex(text[start:i]); m != nil {
			s += m[1]
		}
		forms = append(forms, textdoc.Span{Start: s, End: i})
		start = i + 1
	}
	if len(forms) < 2 {
		return nil
	}
	return forms
}
