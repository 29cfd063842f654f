// Command mqm measures mtlint's language rules on MQM-annotated machine
// translation (../shared/eval/mqm-dev.tsv, not part of the repository):
// recall on "Accuracy/Source language fragment" target spans, findings per
// 1,000 words on error-free targets, and recall on German sentences and
// fragments inserted into English targets.
//
//	go run ./internal/eval/mqm [-data FILE] [-rules untranslated,wrong-language] [-v]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/rules"
)

// target is one unique MT output with the source-language fragments any
// rater marked in it.
type target struct {
	lp, text  string
	fragments map[[2]int]bool // code-point spans
	clean     bool            // no rater marked any error
}

func main() {
	data := flag.String("data", "../shared/eval/mqm-dev.tsv", "the MQM file")
	ruleList := flag.String("rules", "untranslated,wrong-language", "rules to run")
	verbose := flag.Bool("v", false, "print every finding")
	flag.Parse()
	targets, err := read(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mqm:", err)
		os.Exit(2)
	}
	eng, err := checker.NewEngine(rules.All(), checker.Config{Disable: []string{"all"}, Enable: strings.Split(*ruleList, ",")})
	if err != nil {
		fmt.Fprintln(os.Stderr, "mqm:", err)
		os.Exit(2)
	}
	type stats struct{ segs, words, findings, fragments, found, cleanWords, cleanFindings int }
	by := map[string]*stats{}
	for _, t := range targets {
		s := by[t.lp]
		if s == nil {
			s = &stats{}
			by[t.lp] = s
		}
		text := strings.ReplaceAll(t.text, ` \n `, " \n\n ") // same length in code points
		tgt, src := langs(t.lp)
		doc, fs := check(eng, text, tgt, src)
		s.segs++
		s.words += doc.Words()
		s.findings += len(fs)
		if t.clean {
			s.cleanWords += doc.Words()
			s.cleanFindings += len(fs)
		}
		for sp := range t.fragments {
			s.fragments++
			for _, f := range fs {
				a, b := utf8.RuneCountInString(text[:f.Offset]), utf8.RuneCountInString(text[:f.EndOffset])
				if a < sp[1] && sp[0] < b {
					s.found++
					break
				}
			}
		}
		if *verbose {
			for _, f := range fs {
				fmt.Printf("%s: [%s] %s: %q\n", t.lp, f.Rule, f.Message, f.Text)
			}
		}
	}
	for _, lp := range []string{"en-de", "zh-en"} {
		s := by[lp]
		if s == nil {
			continue
		}
		fmt.Printf("%s: %d targets, %d words, %d findings; source-language fragments found %d of %d; error-free targets: %d words, %d findings (%.2f per 1,000 words)\n",
			lp, s.segs, s.words, s.findings, s.found, s.fragments, s.cleanWords, s.cleanFindings, 1000*float64(s.cleanFindings)/float64(max(1, s.cleanWords)))
	}
	inserted(eng, targets)
}

func langs(lp string) (target, source string) {
	src, tgt, _ := strings.Cut(lp, "-")
	return tgt, src
}

func check(eng *checker.Engine, text, lang, source string) (*checker.Document, []checker.Finding) {
	doc, err := checker.Parse("t.txt", []byte(text), checker.FormatText, lang)
	if err != nil {
		return &checker.Document{}, nil
	}
	doc.SourceLang = source
	fs, _ := eng.Check(doc)
	return doc, fs
}

// read returns the unique targets of the file in order.
func read(path string) ([]*target, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	byKey := map[string]*target{}
	var out []*target
	for line := 0; sc.Scan(); line++ {
		c := strings.Split(sc.Text(), "\t")
		if line == 0 || len(c) < 11 {
			continue
		}
		key := c[1] + "\t" + c[10]
		t := byKey[key]
		if t == nil {
			t = &target{lp: c[1], text: c[10], fragments: map[[2]int]bool{}, clean: true}
			byKey[key] = t
			out = append(out, t)
		}
		if n, _ := strconv.Atoi(c[7]); n > 0 {
			t.clean = false
		}
		for _, e := range strings.Split(c[8], ";") {
			p := strings.Split(e, "|")
			if len(p) == 5 && strings.Contains(p[0], "Source language fragment") && p[2] == "target" {
				a, _ := strconv.Atoi(p[3])
				b, _ := strconv.Atoi(p[4])
				t.fragments[[2]int{a, b}] = true
			}
		}
	}
	return out, sc.Err()
}

// inserted puts German sentences of the en-de targets into English zh-en
// targets (after their first sentence), and 4-8-word pieces of them into
// the first sentence, and counts how often the inserted text is found and
// how often something else in the paragraph is reported.
func inserted(eng *checker.Engine, targets []*target) {
	var german, english []string
	for _, t := range targets {
		if strings.Contains(t.text, `\n`) {
			continue
		}
		switch t.lp {
		case "en-de":
			for _, s := range strings.Split(t.text, ". ") {
				if n := len(strings.Fields(s)); n >= 8 && n <= 25 {
					german = append(german, strings.TrimSuffix(s, ".")+".")
				}
			}
		case "zh-en":
			if strings.Contains(t.text, ". ") && len(strings.Fields(t.text)) >= 25 {
				english = append(english, t.text)
			}
		}
	}
	if len(german) == 0 || len(english) == 0 {
		return
	}
	run := func(text string, start, end int) (found, elsewhere bool) {
		_, fs := check(eng, text, "en", "de")
		for _, f := range fs {
			if f.Offset < end && start < f.EndOffset {
				found = true
			} else {
				elsewhere = true
			}
		}
		return found, elsewhere
	}
	var sentences, sentencesFound, pieces, piecesFound, elsewhere, clean, cleanFlagged int
	for i, en := range english {
		g := german[(i*7)%len(german)]
		cut := strings.Index(en, ". ") + 2
		sentences++
		f, o := run(en[:cut]+g+" "+en[cut:], cut, cut+len(g))
		if f {
			sentencesFound++
		}
		if o {
			elsewhere++
		}
		words := strings.Fields(g)
		n := min(4+i%5, len(words)-1)
		piece := strings.TrimRight(strings.Join(words[1:1+n], " "), ".,;:")
		first := strings.Fields(en[:cut-2])
		if len(first) < 6 {
			continue
		}
		at := len(strings.Join(first[:len(first)/2], " ")) + 1
		pieces++
		f, o = run(en[:at]+piece+" "+en[at:], at, at+len(piece))
		if f {
			piecesFound++
		}
		if o {
			elsewhere++
		}
		clean++
		if _, o := run(en, 0, 0); o {
			cleanFlagged++
		}
	}
	fmt.Printf("inserted German (source de): sentences found %d of %d (%.0f %%), 4-8-word pieces %d of %d (%.0f %%); paragraphs with a finding elsewhere: %d; the same paragraphs unchanged with a finding: %d of %d\n",
		sentencesFound, sentences, 100*float64(sentencesFound)/float64(sentences), piecesFound, pieces, 100*float64(piecesFound)/float64(max(1, pieces)), elsewhere, cleanFlagged, clean)
}
