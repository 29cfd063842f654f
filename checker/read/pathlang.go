package read

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// localeName is a folder or file-name part that can only be a locale: a
// two- or three-letter language, optionally with a region or script
// ("de", "pt_BR", "zh-Hans", "sr_Latn_RS").
var localeName = regexp.MustCompile(`^[a-z]{2,3}([_-][A-Za-z]{2,4}){0,2}$`)

// localeParents are the folders whose children are named by locale in the
// site generators and translation tools teams use: Hugo's content/de/,
// Docusaurus's i18n/de/, gettext's locale/de/LC_MESSAGES/, and the common
// translations/, lang/, l10n/ layouts.
var localeParents = map[string]bool{
	"content": true, "i18n": true, "l10n": true, "locale": true, "locales": true,
	"translations": true, "translation": true, "lang": true, "langs": true, "languages": true,
}

// wordLike are language codes that are also ordinary English folder or
// file-name parts ("it/" for IT, "go/", "id/"): a bare folder so named says
// nothing, only one under a localeParents folder (or with a region, "it_IT")
// does.
var wordLike = map[string]bool{
	"am": true, "an": true, "as": true, "at": true, "be": true, "bn": true, "by": true, "do": true,
	"go": true, "he": true, "hi": true, "id": true, "in": true, "is": true, "it": true, "me": true,
	"ms": true, "my": true, "no": true, "of": true, "on": true, "or": true, "os": true, "so": true,
	"to": true, "tv": true, "ui": true, "up": true, "us": true, "we": true,
	// Codes that name tools and fields more often than languages.
	"ga": true, "ha": true, "la": true, "lg": true, "mi": true, "ml": true, "pa": true,
	"st": true, "tn": true, "ts": true,
}

// LangFromPath returns the language a file's path names by the
// conventions of site generators and translation tools, or "" when it
// names none: a language before the extension ("post.de.md", Hugo and
// Jekyll), a locale folder under a folder of translations
// ("content/de/", "i18n/de/...", "locale/de/LC_MESSAGES/"), or a bare
// locale folder ("de/", "de_DE/") whose name is no English word. The
// deepest sign wins. Only languages mtlint has a model for are returned:
// a wrong language is worse than none.
func LangFromPath(path string) string {
	if path == "" || path == "-" || path == StdinPath {
		return ""
	}
	parts := strings.Split(filepath.ToSlash(filepath.Clean(path)), "/")
	name := parts[len(parts)-1]
	// "post.de.md": the part before the extension.
	if ext := filepath.Ext(name); ext != "" {
		stem := strings.TrimSuffix(name, ext)
		if i := strings.LastIndexByte(stem, '.'); i > 0 {
			if l := localeLang(stem[i+1:], true); l != "" {
				return l
			}
		}
	}
	for i := len(parts) - 2; i >= 0; i-- {
		strong := i > 0 && localeParents[strings.ToLower(parts[i-1])] ||
			i+1 < len(parts)-1 && parts[i+1] == "LC_MESSAGES"
		if l := localeLang(parts[i], strong); l != "" {
			return l
		}
	}
	return ""
}

// localeLang returns the language of a locale name, or "" when the name is
// not a locale mtlint knows; a bare code that is also a word counts only
// when strong.
func localeLang(s string, strong bool) string {
	if !localeName.MatchString(s) {
		return ""
	}
	base, _, hasRegion := strings.Cut(strings.ReplaceAll(s, "-", "_"), "_")
	if !strong && !hasRegion && wordLike[base] {
		return ""
	}
	l, err := textdoc.NormalizeLang(strings.ReplaceAll(s, "_", "-"))
	if err != nil || l != base && !(base == "no" && l == "nb") && !(base == "fil" && l == "tl") || !langid.KnownLanguage(l) {
		return ""
	}
	return l
}
