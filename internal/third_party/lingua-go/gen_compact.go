//go:build ignore

// This file is mtlint's, not upstream's. It writes compact-models.bin, the
// form of upstream's unigram, bigram and trigram models that the detector
// embeds: `go generate -run gen_compact` in this directory runs it.
// compact.go reads the file and documents its layout; compact_test.go
// checks that it holds exactly the n-grams and probabilities of upstream's
// zipped protobuf models.
//
// Usage: go run gen_compact.go [MODELS-DIR]
//
// MODELS-DIR is upstream's language-models folder; by default, that of the
// upstream version in UPSTREAM, from the module cache (downloaded when
// missing).
package main

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/internal/third_party/lingua-go/serialization"
	"google.golang.org/protobuf/proto"
)

const out = "compact-models.bin"

var orders = []struct {
	n    int
	name string
}{{1, "unigrams"}, {2, "bigrams"}, {3, "trigrams"}}

func main() {
	models := ""
	if len(os.Args) > 1 {
		models = os.Args[1]
	} else {
		dir, err := upstreamDir()
		if err != nil {
			log.Fatal(err)
		}
		models = filepath.Join(dir, "language-models")
	}
	dirs, err := filepath.Glob(filepath.Join(models, "*"))
	if err != nil {
		log.Fatal(err)
	}
	slices.Sort(dirs)
	type entry struct {
		iso   string
		order int
		data  []byte
	}
	var entries []entry
	for _, dir := range dirs {
		iso := filepath.Base(dir)
		if len(iso) != 2 {
			log.Fatalf("%s: not a two-letter ISO 639-1 code", dir)
		}
		for _, o := range orders {
			path := filepath.Join(dir, o.name+".pb.bin.zip")
			if _, err := os.Stat(path); os.IsNotExist(err) {
				continue
			}
			model, err := readModel(path)
			if err != nil {
				log.Fatalf("%s: %v", path, err)
			}
			data, err := encode(model, o.n)
			if err != nil {
				log.Fatalf("%s: %v", path, err)
			}
			entries = append(entries, entry{iso, o.n, data})
		}
	}

	var buf bytes.Buffer
	buf.WriteString("LGC1")
	binary.Write(&buf, binary.LittleEndian, uint32(len(entries)))
	offset := 8 + 12*len(entries)
	for _, e := range entries {
		buf.WriteString(e.iso)
		buf.WriteByte(byte(e.order))
		buf.WriteByte(0)
		binary.Write(&buf, binary.LittleEndian, uint32(offset))
		binary.Write(&buf, binary.LittleEndian, uint32(len(e.data)))
		offset += len(e.data)
	}
	for _, e := range entries {
		buf.Write(e.data)
	}
	if len(entries) == 0 {
		log.Fatalf("no models in %s", models)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d models from %s, %d bytes\n", out, len(entries), models, buf.Len())
}

// upstreamDir returns the folder of the upstream module at the version in
// UPSTREAM, downloading it into the module cache when it is not there. The
// download runs outside this module, so that go.mod and go.sum stay as they
// are.
func upstreamDir() (string, error) {
	version, err := os.ReadFile("UPSTREAM")
	if err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp("", "gen-compact")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("go", "mod", "download", "-json", "github.com/pemistahl/lingua-go@"+strings.TrimSpace(string(version)))
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	cmd.Stderr = os.Stderr
	data, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go mod download: %v", err)
	}
	var m struct{ Dir string }
	if err := json.Unmarshal(data, &m); err != nil || m.Dir == "" {
		return "", fmt.Errorf("go mod download: no folder in %s", data)
	}
	return m.Dir, nil
}

// readModel returns the n-gram probabilities of a zipped protobuf model as
// upstream's loader builds them: n-gram sets in file order, a later set
// winning for an n-gram listed twice.
func readModel(path string) (map[string]float64, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer z.Close()
	if len(z.File) != 1 {
		return nil, fmt.Errorf("%d files in the archive, want 1", len(z.File))
	}
	f, err := z.File[0].Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	var model serialization.SerializableLanguageModel
	if err := proto.Unmarshal(data, &model); err != nil {
		return nil, err
	}
	m := make(map[string]float64, model.TotalNgrams)
	for _, set := range model.NgramSets {
		for _, ng := range set.Ngrams {
			m[ng] = set.Probability
		}
	}
	return m, nil
}

// encode writes one model in the layout compact.go reads.
func encode(model map[string]float64, n int) ([]byte, error) {
	var alphabet []rune
	var probs []float64
	for ng, p := range model {
		if utf8.RuneCountInString(ng) != n || !utf8.ValidString(ng) {
			return nil, fmt.Errorf("n-gram %q is not %d characters", ng, n)
		}
		alphabet = append(alphabet, []rune(ng)...)
		probs = append(probs, p)
	}
	slices.Sort(alphabet)
	alphabet = slices.Compact(alphabet)
	slices.SortFunc(probs, func(a, b float64) int {
		return cmpBits(math.Float64bits(a), math.Float64bits(b))
	})
	probs = slices.CompactFunc(probs, func(a, b float64) bool {
		return math.Float64bits(a) == math.Float64bits(b)
	})
	if len(probs) > math.MaxUint16+1 {
		return nil, fmt.Errorf("%d distinct probabilities, more than an index of two bytes holds", len(probs))
	}
	width := 1
	for space := math.Pow(float64(len(alphabet)), float64(n)); space > math.Pow(256, float64(width)); width++ {
	}
	if width > 8 {
		return nil, fmt.Errorf("an alphabet of %d letters needs keys wider than 8 bytes", len(alphabet))
	}

	type rec struct {
		key  uint64
		prob uint16
	}
	recs := make([]rec, 0, len(model))
	for ng, p := range model {
		var key uint64
		for _, r := range ng {
			i, _ := slices.BinarySearch(alphabet, r)
			key = key*uint64(len(alphabet)) + uint64(i)
		}
		j, _ := slices.BinarySearchFunc(probs, p, func(a, b float64) int {
			return cmpBits(math.Float64bits(a), math.Float64bits(b))
		})
		recs = append(recs, rec{key, uint16(j)})
	}
	slices.SortFunc(recs, func(a, b rec) int { return cmpBits(a.key, b.key) })

	var buf bytes.Buffer
	buf.Write([]byte{byte(n), byte(width), 0, 0})
	for _, v := range []int{len(alphabet), len(probs), len(recs)} {
		binary.Write(&buf, binary.LittleEndian, uint32(v))
	}
	for _, r := range alphabet {
		binary.Write(&buf, binary.LittleEndian, uint32(r))
	}
	for _, p := range probs {
		binary.Write(&buf, binary.LittleEndian, math.Float64bits(p))
	}
	var key [8]byte
	for _, r := range recs {
		binary.LittleEndian.PutUint64(key[:], r.key)
		buf.Write(key[:width])
	}
	for _, r := range recs {
		binary.Write(&buf, binary.LittleEndian, r.prob)
	}
	return buf.Bytes(), nil
}

func cmpBits(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
