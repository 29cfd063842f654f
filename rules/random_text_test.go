package rules

import (
	"math/rand/v2"
	"strings"
)

// randomText joins one to max pieces drawn by rng: the inputs on which a
// fast scanner is checked against its plain definition.
func randomText(rng *rand.Rand, pieces []string, max int) string {
	var sb strings.Builder
	for k := rng.IntN(max); k >= 0; k-- {
		sb.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return sb.String()
}
