package read

import "testing"

// TestLangFromPath checks the path conventions of site generators and
// translation tools, and that folders named like English words, unknown
// codes and ordinary folders name no language.
func TestLangFromPath(t *testing.T) {
	for path, want := range map[string]string{
		"content/de/posts/launch.md":                  "de",
		"site/content/it/about.md":                    "it",
		"posts/launch.de.md":                          "de",
		"_posts/2024-01-01-launch.fr.md":              "fr",
		"de/guide.md":                                 "de",
		"docs/de_DE/guide.md":                         "de",
		"docs/pt-BR/guide.md":                         "pt",
		"i18n/fr/docusaurus-plugin-content-docs/a.md": "fr",
		"locale/es/LC_MESSAGES/messages.po":           "es",
		"po/nl/LC_MESSAGES/app.po":                    "nl",
		"de/docs/fr/guide.md":                         "fr", // the deepest sign
		"it/setup.md":                                 "",   // IT, not Italian
		"content/it/setup.md":                         "it",
		"it_IT/setup.md":                              "it",
		"go/notes.md":                                 "",
		"ml/notes.md":                                 "",
		"docs/guide.md":                               "",
		"src/api/readme.md":                           "",
		"kl/notes.md":                                 "", // no model
		"notes.md":                                    "",
		"archive.tar.md":                              "",
		"-":                                           "",
		"<stdin>":                                     "",
	} {
		if got := LangFromPath(path); got != want {
			t.Errorf("LangFromPath(%q) = %q, want %q", path, got, want)
		}
	}
}
