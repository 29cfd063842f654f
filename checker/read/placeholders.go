package read

import (
	"regexp"
	"strings"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// placeholderPattern matches the placeholders of software strings and
// templates: printf conversions (%s, %1$d, %.2f, %(name)s), ${x}, {{x}},
// {0} and {name}, the syntax of ICU messages ("{count, plural,", "one {",
// "=0 {", "#" inside a branch is left as text), and HTML/XML tags. In
// bilingual inputs they are verbatim: no rule judges them as prose, and
// language detection ignores them. Their comparison between source and
// target is placeholder-mismatch's job.
var placeholderPattern = regexp.MustCompile(
	`%(?:\d+\$)?[-+0#]?\d*(?:\.\d+)?[sdifuxXoeEgGcp@]` + // printf
		`|%\(\w+\)[sdif]` + // Python
		`|\$\{[\w.]+\}` + // shell, JS templates
		`|\{\{\s*[\w.]+\s*\}\}` + // Mustache, Jinja
		`|\{\s*\w+\s*,\s*(?:plural|select|selectordinal|number|date|time)\s*,?` + // ICU argument with a type
		`|(?:^|[\s}])(?:=\d+|zero|one|two|few|many|other)\s*\{` + // ICU branch selectors
		`|\{\s*[\w.]+\s*\}` + // {0}, {name}
		`|</?[A-Za-z][\w:-]*(?:\s+[^<>]*)?/?>`) // tags

// markPlaceholders adds the placeholders of b's text to its verbatim spans.
func markPlaceholders(b *textdoc.Block) {
	// Every placeholder and tag holds one of these: most strings, which hold
	// none, are passed without running the expression.
	if b == nil || !strings.ContainsAny(b.Text, "%${<") {
		return
	}
	for _, m := range placeholderPattern.FindAllStringIndex(b.Text, -1) {
		b.AddVerbatim(textdoc.Span{Start: m[0], End: m[1]})
	}
}
