// Command naive is the baseline for mtlint's cold-start benchmark: lingua-go
// used the obvious way, English and German in high accuracy mode, one
// detection per paragraph. scripts/bench-cold.sh runs it next to mtlint.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/pemistahl/lingua-go"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: naive FILE")
		os.Exit(2)
	}
	content, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	detector := lingua.NewLanguageDetectorBuilder().FromLanguages(lingua.English, lingua.German).Build()
	counts := map[lingua.Language]int{}
	for _, para := range strings.Split(string(content), "\n\n") {
		if para = strings.TrimSpace(para); para == "" {
			continue
		}
		lang, _ := detector.DetectLanguageOf(para)
		counts[lang]++
	}
	fmt.Println(counts)
}
