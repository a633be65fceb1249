package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// safe agrees with the definition it speeds up: valid UTF-8 and no unsafe rune.
func TestSafeMatchesDefinition(t *testing.T) {
	pieces := []string{"a", " ", "\n", "\t", "\r", "\x00", "\x1b[31m", "\x7f", "Ї", "ґ", "Ж", "ӿ", "\u0400", "\u04ff",
		"\u061c", "\u200b", "\u200f", "\u202e", "\u2066", "\u2028", "\ufeff", "\uffff", "\u0085", "\u009b", "«»", "🙂",
		"\xd0", "\xd0\x41", "\xff", "\xe2\x80", "中"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := !strings.ContainsFunc(s, Unsafe) && utf8.ValidString(s)
		if got := safe(s); got != want {
			t.Errorf("safe(%q) = %v, want %v", s, got, want)
		}
	}
}
