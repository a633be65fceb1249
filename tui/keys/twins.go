package keys

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

// ukrainian is what the standard Ukrainian layout sends on the physical key where the US
// layout sends the key on the left, unshifted and shifted; keys both layouts share (digits,
// - = + * ( ) ! %) have no entry. The table is XKB "ua" (Linux's default, symbols/ua
// "unicode"); Windows "Ukrainian (Enhanced)" agrees on every entry but shift+` (₴ there, ʼ
// here). ` gives the apostrophe; \ gives ґ (Windows' older "Ukrainian" has ґ only on
// AltGr+г, which no Latin key matches).
var ukrainian = map[string]string{
	"q": "й", "w": "ц", "e": "у", "r": "к", "t": "е", "y": "н", "u": "г", "i": "ш", "o": "щ", "p": "з",
	"[": "х", "]": "ї", "\\": "ґ",
	"a": "ф", "s": "і", "d": "в", "f": "а", "g": "п", "h": "р", "j": "о", "k": "л", "l": "д", ";": "ж", "'": "є",
	"z": "я", "x": "ч", "c": "с", "v": "м", "b": "и", "n": "т", "m": "ь", ",": "б", ".": "ю", "/": ".",
	"`": "'",

	"Q": "Й", "W": "Ц", "E": "У", "R": "К", "T": "Е", "Y": "Н", "U": "Г", "I": "Ш", "O": "Щ", "P": "З",
	"{": "Х", "}": "Ї", "|": "Ґ",
	"A": "Ф", "S": "І", "D": "В", "F": "А", "G": "П", "H": "Р", "J": "О", "K": "Л", "L": "Д", ":": "Ж", "\"": "Є",
	"Z": "Я", "X": "Ч", "C": "С", "V": "М", "B": "И", "N": "Т", "M": "Ь", "<": "Б", ">": "Ю", "?": ",",
	"~": "ʼ", "@": "\"", "#": "№", "$": ";", "^": ":", "&": "?",
}

// Twin is the key the Ukrainian layout sends on the physical key of k, or "" when the
// layouts agree or k is a named key (enter, tab, up …). alt+k has the twin alt+Twin(k):
// the terminal sends ESC and then the layout's character. ctrl+k has none: terminals send
// ctrl+letter as the same control code whatever the layout, so ctrl+s saves as it is.
func Twin(k string) string {
	if rest, ok := strings.CutPrefix(k, "alt+"); ok {
		if t := ukrainian[rest]; t != "" {
			return "alt+" + t
		}
		return ""
	}
	return ukrainian[k]
}

// WithTwins is ks followed by the twin of each key of ks that has one and is not already
// among them: the Latin keys come first, so the help and Keys()[0] stay Latin.
func WithTwins(ks ...string) []string {
	out := append([]string(nil), ks...)
	seen := map[string]bool{}
	for _, k := range ks {
		seen[k] = true
	}
	for _, k := range ks {
		if t := Twin(k); t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// NewBinding is key.NewBinding whose keys also answer on the Ukrainian layout, so that a
// secretary typing Ukrainian text presses f for "for" and the vote is cast; the help keeps
// the Latin key. Every keymap of Rada's own is built with it. A keymap that binds a twin as
// a key of its own (both / and .) would leave the answer to the order of a screen's switch:
// TestEveryKeyHasItsUkrainianTwin (tui/twins_test.go) names such a clash and fails, so one
// of the two keys must change.
func NewBinding(opts ...key.BindingOpt) key.Binding {
	b := key.NewBinding(opts...)
	b.SetKeys(WithTwins(b.Keys()...)...)
	return b
}

// AddTwins gives bindings built elsewhere (a bubbles component's keymap) their twins.
// huh's keymaps stay Latin: huh tells a filter's typed text from j/k by the Latin letter,
// so a Cyrillic twin would move the cursor instead of filtering.
func AddTwins(bs ...*key.Binding) {
	for _, b := range bs {
		b.SetKeys(WithTwins(b.Keys()...)...)
	}
}
