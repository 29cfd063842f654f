package run

import (
	"fmt"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
)

// maxFixPasses bounds how often Fix checks and repairs a text: a fix skipped
// for overlapping another is applied in a later pass, and a repair may make
// another (an exact duplicate once its double space is gone).
const maxFixPasses = 4

// Fix checks content as a run would (see Document) and applies the safe fixes,
// again and again until no fix applies or maxFixPasses is reached. It returns
// the fixed text (content itself when nothing changed), the fixes applied in
// all passes and the fixes still skipped in the last one. The error is a
// parse error (binary input) or an internal rule error; content is never
// changed in place.
func Fix(e *checker.Engine, path string, content []byte, po read.ParseOptions) ([]byte, checker.FixResult, error) {
	var total checker.FixResult
	cur := content
	for range maxFixPasses {
		doc, err := read.ParseWith(path, cur, po)
		if err != nil {
			return content, checker.FixResult{}, err
		}
		if doc.Encoding != "" { // fixes are written as UTF-8 only
			return content, checker.FixResult{}, fmt.Errorf("file is %s; fix changes UTF-8 files only (convert it first)", doc.Encoding)
		}
		fs, err := Document(e, doc, po.Lang != "")
		if err != nil {
			return content, checker.FixResult{}, err
		}
		next, res := checker.ApplyFixes(cur, fs)
		total.Applied += res.Applied
		total.Skipped = res.Skipped
		if res.Applied == 0 {
			break
		}
		cur = next
	}
	return cur, total, nil
}
