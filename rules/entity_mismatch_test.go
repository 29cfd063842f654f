package rules

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/read"
)

// entitiesOf parses one TSV row and returns the texts of its source's
// entities and those the target lacks.
func entitiesOf(t *testing.T, srcLang, tgtLang, row string) (found, missing []string) {
	t.Helper()
	doc, err := read.ParseWith("x.tsv", []byte(row+"\n"), read.ParseOptions{Lang: tgtLang, SourceLang: srcLang})
	if err != nil {
		t.Fatal(err)
	}
	u := doc.Units[0]
	tw := targetWords(u.Target.Text, true, true)
	for _, e := range sourceEntities(u.Source, srcLang, entityData(), true) {
		found = append(found, e.text)
		if !entityFound(e, tw) {
			missing = append(missing, e.text)
		}
	}
	return found, missing
}

func TestSourceEntities(t *testing.T) {
	for _, tc := range []struct {
		src, tgt, row  string
		found, missing string // entity texts joined by "|"
	}{
		{"de", "en", "Die Ukraine erhält weitere F-16 und S-400-Systeme.\tUkraine is getting more F-16s and S-400 systems.", "Ukraine|F-16|S-400", ""},
		{"de", "en", "Die Ukraine erhält weitere F-16.\tUkraine is getting more jets.", "Ukraine|F-16", "F-16"},
		// German nouns are capitalised: no names, only acronyms, codes, table entities.
		{"de", "en", "Der Minister sprach mit Vertretern der Industrie.\tThe minister spoke to industry representatives.", "", ""},
		{"de", "en", "Die AfD und die CDU lehnten ab.\tThe AfD and the CDU refused.", "AfD|CDU", ""},
		{"de", "en", "Die AfD lehnte ab.\tThe party refused.", "AfD", "AfD"},
		{"de", "fr", "Die Nato und die EU beraten.\tL'OTAN et l'UE se concertent.", "Nato|EU", ""},
		{"en", "de", "Talks with Sergei Lavrov ended.\tDie Gespräche mit Sergej Lawrow endeten.", "Sergei Lavrov", ""},
		{"en", "de", "Talks with Sergei Lavrov ended.\tDie Gespräche endeten.", "Sergei Lavrov", "Sergei Lavrov"},
		// A single capitalised word in English is not taken for a name.
		{"en", "de", "Boats crossed the Channel on Friday.\tBoote überquerten am Freitag den Ärmelkanal.", "", ""},
		// Demonyms and title-case headlines yield nothing.
		{"en", "de", "The German government agreed.\tDie Bundesregierung stimmte zu.", "", ""},
		{"en", "de", "Police Arrest Fifteen After Violent Protest\tPolizei nimmt fünfzehn Menschen fest", "", ""},
		{"en", "fr", "US troops left in May.\tLes troupes américaines sont parties en mai.", "US", ""},
		{"en", "de", "Flight MH17 and the A320 and 5G.\tFlug MH17, der A320 und 5G.", "MH17|A320|5G", ""},
		// Ordinals and units are not codes; numbers are another rule's.
		{"en", "de", "On the 19th, 10km away, 8,400 people.\tAm 19., 10 km entfernt, 8.400 Menschen.", "", ""},
		{"ru", "en", "Переговоры с Лавровым прошли в Москве.\tTalks with Lavrov took place in Moscow.", "Лавровым|Москве", ""},
		{"ru", "en", "Зеленский встретился с Байденом.\tZelensky met Biden.", "Байденом", ""},
		{"ru", "en", "Госдума приняла закон.\tThe State Duma passed the law.", "", ""},
		{"ru", "en", "Россия перебросила С-400.\tRussia moved S-400s.", "С-400", ""},
		{"ru", "de", "Россия перебросила С-400 в Белоруссию.\tRussland verlegte S-400 nach Belarus.", "С-400|Белоруссию", ""},
		// Capitals for emphasis, roman numerals, acronyms translations drop.
		{"en", "de", "This is NOT a drill, said Pope Leo XIV on TV.\tDas ist keine Übung, sagte Papst Leo XIV. im Fernsehen.", "", ""},
		// Scripts without capitals end a token.
		{"zh", "en", "谷歌推出Bard聊天机器人\tGoogle launched the Bard chatbot", "", ""},
	} {
		found, missing := entitiesOf(t, tc.src, tc.tgt, tc.row)
		if got := strings.Join(found, "|"); got != tc.found {
			t.Errorf("%s-%s %q: entities %q, want %q", tc.src, tc.tgt, tc.row, got, tc.found)
		}
		if got := strings.Join(missing, "|"); got != tc.missing {
			t.Errorf("%s-%s %q: missing %q, want %q", tc.src, tc.tgt, tc.row, got, tc.missing)
		}
	}
}

func TestIsCode(t *testing.T) {
	for s, want := range map[string]bool{
		"A320": true, "MH17": true, "G7": true, "5G": true, "COVID19": true,
		"19th": false, "10km": false, "2024": false, "km2": false, "F": false,
	} {
		if got := isCode(s); got != want {
			t.Errorf("isCode(%q) = %v, want %v", s, got, want)
		}
	}
}
