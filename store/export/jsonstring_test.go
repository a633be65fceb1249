package export

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// appendJSONString writes exactly what encoding/json writes for a string.
func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	pieces := []string{"a", "Ї", "«", "\"", "\\", "<", ">", "&", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f",
		"\u2028", "\u2029", "\xff", "\xe2\x80", "🙂", " ", "=1+2", "null"}
	rng := rand.New(rand.NewPCG(7, 9))
	samples := append([]string{""}, pieces...)
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		samples = append(samples, b.String())
	}
	for _, s := range samples {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}
