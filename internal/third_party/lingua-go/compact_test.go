package lingua

// This file is mtlint's, not upstream's: it tests compact.go and the
// trimming, and gives upstream_samples_test.go, which must also compile in
// upstream's module, upstream's loadLanguageModels.

import (
	"archive/zip"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/mtlint/mtlint/internal/third_party/lingua-go/serialization"
	"google.golang.org/protobuf/proto"
)

// loadLanguageModels returns a model as a map, as upstream's loader of the
// same name does.
func loadLanguageModels(models *sync.Map, language Language, ngramLength int) map[string]float64 {
	m := loadCompactModel(models, language, ngramLength)
	if m == nil {
		return nil
	}
	out := make(map[string]float64, m.len())
	m.each(func(ngram string, probability float64) { out[ngram] = probability })
	return out
}

// upstreamModels returns the language-models folder of the upstream module
// at the version in UPSTREAM in the module cache, "" when it is not there
// (gen_compact.go and scripts/refresh-lingua.sh download it).
var upstreamModels = sync.OnceValue(func() string {
	version, err := os.ReadFile("UPSTREAM")
	if err != nil {
		return ""
	}
	cache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return ""
	}
	dir := filepath.Join(strings.TrimSpace(string(cache)), "github.com", "pemistahl",
		"lingua-go@"+strings.TrimSpace(string(version)), "language-models")
	if _, err := os.Stat(dir); err != nil {
		return ""
	}
	return dir
})

// zipModel decodes one of upstream's zipped protobuf models as upstream's
// loader does; nil when there is no such file.
func zipModel(t *testing.T, language Language, ngramLength int) map[string]float64 {
	t.Helper()
	iso := strings.ToLower(language.IsoCode639_1().String())
	path := filepath.Join(upstreamModels(), iso, getNgramNameByLength(ngramLength)+"s.pb.bin.zip")
	z, err := zip.OpenReader(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	f, err := z.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	var model serialization.SerializableLanguageModel
	if err := proto.Unmarshal(data, &model); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	m := make(map[string]float64, model.TotalNgrams)
	for _, set := range model.NgramSets {
		for _, ng := range set.Ngrams {
			m[ng] = set.Probability
		}
	}
	return m
}

// TestCompactModelsMatchZip checks that compact-models.bin holds exactly
// the n-grams and probabilities (to the bit) of upstream's unigram, bigram
// and trigram models. It needs the upstream module in the module cache.
func TestCompactModelsMatchZip(t *testing.T) {
	if upstreamModels() == "" {
		t.Skip("upstream lingua-go (UPSTREAM) is not in the module cache: go generate -run gen_compact downloads it")
	}
	models := 0
	for _, l := range AllLanguages() {
		for n := 1; n <= 3; n++ {
			want := zipModel(t, l, n)
			got := findCompactModel(l, n)
			if want == nil {
				if got != nil {
					t.Errorf("%v %d-grams: a compact model without a zipped one", l, n)
				}
				continue
			}
			models++
			if got.len() != len(want) {
				t.Errorf("%v %d-grams: %d n-grams, the zipped model has %d", l, n, got.len(), len(want))
				continue
			}
			for ng, p := range want {
				if q := got.probability(ng); math.Float64bits(q) != math.Float64bits(p) {
					t.Fatalf("%v %d-gram %q: probability %v, the zipped model has %v", l, n, ng, q, p)
				}
			}
			got.each(func(ng string, p float64) {
				if q, ok := want[ng]; !ok || math.Float64bits(q) != math.Float64bits(p) {
					t.Fatalf("%v %d-gram %q: listed with %v, the zipped model has %v (%v)", l, n, ng, p, q, ok)
				}
			})
		}
	}
	if count := int(le32(compactModels, 4)); count != models {
		t.Errorf("compact-models.bin has %d models, upstream %d of orders 1 to 3", count, models)
	}
}

func TestCompactModelMisses(t *testing.T) {
	m := findCompactModel(English, 3)
	if m == nil {
		t.Fatal("no English trigram model")
	}
	for _, ng := range []string{"", "t", "th", "thex", "\xff\xfe\xfd", "t\xffe", "日本語"} {
		if p := m.probability(ng); p != 0 {
			t.Errorf("probability(%q) = %v, want 0", ng, p)
		}
	}
	if p := m.probability("the"); p <= 0 {
		t.Errorf("probability(\"the\") = %v, want > 0", p)
	}
	var none *compactModel
	if none.probability("the") != 0 || none.len() != 0 {
		t.Error("a missing model has n-grams")
	}
}

// TestOnlyLowAccuracyData checks what the trimming promises: no language
// has quadrigram or fivegram data, and a detector built without
// WithLowAccuracyMode scores as one built with it. Upstream fails it.
func TestOnlyLowAccuracyData(t *testing.T) {
	for _, l := range AllLanguages() {
		for _, n := range []int{4, 5} {
			if findCompactModel(l, n) != nil {
				t.Errorf("%v has %d-gram data", l, n)
			}
		}
	}
	langs := []Language{English, German, French}
	high := NewLanguageDetectorBuilder().FromLanguages(langs...).Build()
	low := NewLanguageDetectorBuilder().FromLanguages(langs...).WithLowAccuracyMode().Build()
	for _, s := range writtenSamples[:3] {
		h, l := high.ComputeLanguageConfidenceValues(s.text), low.ComputeLanguageConfidenceValues(s.text)
		for i := range l {
			if h[i].Language() != l[i].Language() || math.Abs(h[i].Value()-l[i].Value()) > 1e-9 {
				t.Errorf("%s: default mode %v, low accuracy mode %v", s.id, h, l)
				break
			}
		}
	}
}

func BenchmarkLoadCompactModel(b *testing.B) {
	for b.Loop() {
		for _, n := range []int{1, 2, 3} {
			if findCompactModel(German, n) == nil {
				b.Fatal("no German model")
			}
		}
	}
}
