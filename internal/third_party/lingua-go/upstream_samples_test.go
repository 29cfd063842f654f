package lingua

// This file is mtlint's, not upstream's. scripts/refresh-lingua.sh runs
// TestUpstreamSamples in a copy of the upstream module with -golden-out to
// record upstream's results, and the same test here compares the trimmed
// copy with them. It uses only what both have, in the Go of upstream's go.mod.

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var goldenOut = flag.String("golden-out", "", "write upstream's results to this file instead of comparing with testdata")

const goldenPath = "testdata/upstream-samples.txt"

// writtenSamples are sentences written for this test, a few languages and
// scripts, one of them mixed and some short enough that upstream's high
// accuracy mode would have used all five n-gram orders.
var writtenSamples = []struct{ id, text string }{
	{"en", "The committee will publish its report on the new railway line next spring."},
	{"de", "Der Ausschuss wird seinen Bericht über die neue Bahnstrecke im nächsten Frühjahr veröffentlichen."},
	{"fr", "Le comité publiera son rapport sur la nouvelle ligne ferroviaire au printemps prochain."},
	{"es", "El comité publicará su informe sobre la nueva línea ferroviaria la próxima primavera."},
	{"it", "Il comitato pubblicherà la sua relazione sulla nuova linea ferroviaria la prossima primavera."},
	{"pt", "O comité vai publicar o relatório sobre a nova linha ferroviária na próxima primavera."},
	{"nl", "De commissie publiceert haar rapport over de nieuwe spoorlijn volgend voorjaar."},
	{"pl", "Komisja opublikuje raport o nowej linii kolejowej na wiosnę przyszłego roku."},
	{"ru", "Комиссия опубликует доклад о новой железной дороге следующей весной."},
	{"uk", "Комісія оприлюднить звіт про нову залізницю наступної весни."},
	{"el", "Η επιτροπή θα δημοσιεύσει την έκθεσή της για τη νέα σιδηροδρομική γραμμή."},
	{"ja", "委員会は来年の春に新しい鉄道路線についての報告書を公表する予定です。"},
	{"zh", "委员会将于明年春天发布关于新铁路线的报告。"},
	{"ar", "ستنشر اللجنة تقريرها عن خط السكك الحديدية الجديد في الربيع المقبل."},
	{"hi", "समिति अगले वसंत में नई रेल लाइन पर अपनी रिपोर्ट प्रकाशित करेगी।"},
	{"short-en", "See you soon"},
	{"short-de", "Bis bald"},
	{"mixed", "The report (der Bericht) was late, según el comité."},
	{"two-letters", "ok"},
}

// modelSample is a text for a language made of the 30 most probable
// trigrams of its own model, each a word: it reaches every language's
// trigram models, and their bigram and unigram models through back-off.
// Languages with a script of their own have only a unigram model, and
// their sample is made of its letters.
func modelSample(l Language) string {
	m := loadLanguageModels(&trigramModels, l, 3)
	if len(m) == 0 {
		m = loadLanguageModels(&unigramModels, l, 1)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > 30 {
		keys = keys[:30]
	}
	return strings.Join(keys, " ")
}

// sampleResults returns one line a sample or model: the number of n-grams
// in each low accuracy model of every language, then the three most
// confident languages for each sample among all languages.
func sampleResults() []string {
	var lines []string
	for _, l := range AllLanguages() {
		code := strings.ToLower(l.IsoCode639_1().String())
		counts := make([]string, 0, 3)
		for _, order := range []struct {
			n      int
			models *sync.Map
		}{{1, &unigramModels}, {2, &bigramModels}, {3, &trigramModels}} {
			counts = append(counts, fmt.Sprintf("%d:%d", order.n, len(loadLanguageModels(order.models, l, order.n))))
		}
		lines = append(lines, "model\t"+code+"\t"+strings.Join(counts, " "))
	}
	detector := NewLanguageDetectorBuilder().FromAllLanguages().WithLowAccuracyMode().Build()
	score := func(id, text string) {
		values := detector.ComputeLanguageConfidenceValues(text)
		top := make([]string, 0, 3)
		for i := 0; i < len(values) && i < 3; i++ {
			if values[i].Value() == 0 {
				break
			}
			top = append(top, fmt.Sprintf("%s:%.9f", strings.ToLower(values[i].Language().IsoCode639_1().String()), values[i].Value()))
		}
		lines = append(lines, "sample\t"+id+"\t"+strings.Join(top, " "))
	}
	for _, s := range writtenSamples {
		score(s.id, s.text)
	}
	for _, l := range AllLanguages() {
		score("model-"+strings.ToLower(l.IsoCode639_1().String()), modelSample(l))
	}
	return lines
}

func TestUpstreamSamples(t *testing.T) {
	got := sampleResults()
	if *goldenOut != "" {
		if err := os.WriteFile(*goldenOut, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		want = append(want, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d results, upstream had %d", len(got), len(want))
	}
	for i := range want {
		if !sameResult(got[i], want[i]) {
			t.Errorf("got  %s\nupstream %s", got[i], want[i])
		}
	}
}

// sameResult compares two result lines; confidences may differ in the last
// digits, because lingua sums a text's n-grams in map order.
func sameResult(got, want string) bool {
	g, w := strings.Fields(got), strings.Fields(want)
	if len(g) != len(w) {
		return false
	}
	for i := range w {
		if g[i] == w[i] {
			continue
		}
		gl, gv, ok1 := strings.Cut(g[i], ":")
		wl, wv, ok2 := strings.Cut(w[i], ":")
		if !ok1 || !ok2 || gl != wl {
			return false
		}
		a, err1 := strconv.ParseFloat(gv, 64)
		b, err2 := strconv.ParseFloat(wv, 64)
		if err1 != nil || err2 != nil || math.Abs(a-b) > 1e-8 {
			return false
		}
	}
	return true
}
