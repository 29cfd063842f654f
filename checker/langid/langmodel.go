package langid

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	lingua "github.com/mtlint/mtlint/internal/third_party/lingua-go"
)

// LangScore is one candidate language's confidence for a text.
type LangScore struct {
	Lang string  // ISO 639-1
	Conf float64 // 0..1; the scores of one call sum to 1 (or are all 0)
}

// LanguageModel scores text against candidate languages. It is the small
// interface between mtlint's language logic and a statistical detector, so
// that tests can use a fake. Implementations are safe for concurrent use.
type LanguageModel interface {
	// Preload makes the models of langs ready, loading missing ones in
	// parallel; Scores may be called without it, at the price of a slower
	// first call.
	Preload(langs []string)
	// Scores returns the confidence of each of langs (ISO 639-1 codes lingua
	// knows) for text, highest first.
	Scores(text string, langs []string) []LangScore
}

// LinguaModel is the LanguageModel of github.com/pemistahl/lingua-go, in low
// accuracy mode only: trigram models, a few megabytes a language. The high
// accuracy mode loads five n-gram orders the first time a text under 120
// letters is seen (half a second for two languages), which a cold start
// cannot pay; mtlint embeds a copy of lingua-go without those models
// (internal/third_party/lingua-go), which keeps the binary small.
type LinguaModel struct {
	loadMu sync.Mutex // held while models load, so concurrent cold calls load once
	loaded sync.Map   // lingua.Language -> true

	mu        sync.RWMutex
	detectors map[string]lingua.LanguageDetector // by sorted candidate list

	loads atomic.Int64
}

// NewLinguaModel returns a model with nothing loaded yet.
func NewLinguaModel() *LinguaModel {
	return &LinguaModel{detectors: map[string]lingua.LanguageDetector{}}
}

// Loaded returns the number of languages whose models were loaded.
func (m *LinguaModel) Loaded() int { return int(m.loads.Load()) }

// Preload loads the trigram models of langs that are not loaded yet, one
// goroutine a language. lingua keeps loaded models in a process-wide cache;
// loading before fanning out keeps two goroutines from loading one model
// twice.
func (m *LinguaModel) Preload(langs []string) {
	var missing []lingua.Language
	for _, l := range langs {
		ll := linguaLanguage(l)
		if ll == lingua.Unknown {
			continue
		}
		if _, ok := m.loaded.Load(ll); !ok {
			missing = append(missing, ll)
		}
	}
	if len(missing) == 0 {
		return
	}
	m.loadMu.Lock()
	defer m.loadMu.Unlock()
	missing = slices.DeleteFunc(missing, func(l lingua.Language) bool {
		_, ok := m.loaded.Load(l)
		return ok
	})
	if len(missing) == 0 {
		return
	}
	// WithPreloadedLanguageModels loads each language in its own goroutine.
	lingua.NewLanguageDetectorBuilder().FromLanguages(append(missing, missing[0])...).
		WithLowAccuracyMode().WithPreloadedLanguageModels().Build()
	for _, l := range missing {
		m.loaded.Store(l, true)
		m.loads.Add(1)
	}
}

// detector returns the low-accuracy detector for a candidate list, built on
// first use; building is cheap once the models are loaded.
func (m *LinguaModel) detector(langs []string) (lingua.LanguageDetector, []lingua.Language) {
	key := strings.Join(langs, ",")
	m.mu.RLock()
	d, ok := m.detectors[key]
	m.mu.RUnlock()
	var ls []lingua.Language
	for _, l := range langs {
		if ll := linguaLanguage(l); ll != lingua.Unknown {
			ls = append(ls, ll)
		}
	}
	if ok {
		return d, ls
	}
	m.Preload(langs)
	if len(ls) < 2 {
		return nil, ls
	}
	d = lingua.NewLanguageDetectorBuilder().FromLanguages(ls...).WithLowAccuracyMode().Build()
	m.mu.Lock()
	m.detectors[key] = d
	m.mu.Unlock()
	return d, ls
}

// Scores implements LanguageModel.
func (m *LinguaModel) Scores(text string, langs []string) []LangScore {
	d, ls := m.detector(langs)
	if d == nil {
		if len(ls) == 1 {
			return []LangScore{{Lang: isoCode(ls[0]), Conf: 1}}
		}
		return nil
	}
	// lingua-go turns a long text's summed log-probabilities into
	// confidences with shopspring/decimal's ExpTaylor, which grows a
	// package-level table of factorials without a lock: concurrent calls
	// race (go test -race sees it). The gate keeps model calls rare, so
	// they take turns. Long text is cut: the confidences saturate long
	// before, and the series gets slower the longer the text.
	text = prefix(text, maxScored)
	linguaMu.Lock()
	vals := d.ComputeLanguageConfidenceValues(text)
	linguaMu.Unlock()
	out := make([]LangScore, len(vals))
	for i, v := range vals {
		out[i] = LangScore{Lang: isoCode(v.Language()), Conf: v.Value()}
	}
	return out
}

// linguaMu serialises lingua's confidence computations (see Scores).
var linguaMu sync.Mutex

// maxScored bounds the bytes of a text the model scores.
const maxScored = 4096

// prefix returns text cut after at most n bytes: at a space when there is
// one in the second half, else at a character boundary.
func prefix(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if i := strings.LastIndexByte(text[:n], ' '); i > n/2 {
		return text[:i]
	}
	i := n
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return text[:i]
}

func isoCode(l lingua.Language) string {
	return strings.ToLower(l.IsoCode639_1().String())
}
