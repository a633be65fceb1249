package keys

import (
	"slices"
	"testing"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
)

// Every Latin letter, either case, has a Cyrillic twin of the same case, and no two physical
// keys share a twin.
func TestEveryLetterHasACyrillicTwin(t *testing.T) {
	seen := map[string]string{}
	for k, tw := range ukrainian {
		if other, ok := seen[tw]; ok {
			t.Errorf("%q and %q both have the twin %q", k, other, tw)
		}
		seen[tw] = k
	}
	for r := 'a'; r <= 'z'; r++ {
		for _, l := range []rune{r, unicode.ToUpper(r)} {
			tw := []rune(Twin(string(l)))
			if len(tw) != 1 || !unicode.Is(unicode.Cyrillic, tw[0]) || unicode.IsUpper(tw[0]) != unicode.IsUpper(l) {
				t.Errorf("%q has the twin %q", l, string(tw))
			}
		}
	}
}

func TestTwin(t *testing.T) {
	for k, want := range map[string]string{
		"f": "а", "a": "ф", "s": "і", "n": "т", "r": "к", "v": "м", "d": "в", "g": "п", "h": "р", "x": "ч",
		"S": "І", "A": "Ф", "V": "М", "F": "А", "/": ".", "?": ",", "`": "'", "[": "х", "]": "ї", "\\": "ґ",
		"alt+f": "alt+а", "ctrl+s": "", "enter": "", "tab": "", "1": "", " ": "", "alt+enter": "",
	} {
		if got := Twin(k); got != want {
			t.Errorf("Twin(%q) = %q, want %q", k, got, want)
		}
	}
}

// The Latin keys stay first and in order; a twin already bound is not repeated.
func TestNewBindingAddsTwinsAfterTheLatinKeys(t *testing.T) {
	b := NewBinding(key.WithKeys("y", "Y", "enter", "н"), key.WithHelp("y/enter", "yes"))
	if want := []string{"y", "Y", "enter", "н", "Н"}; !slices.Equal(b.Keys(), want) {
		t.Fatalf("keys %q, want %q", b.Keys(), want)
	}
	if b.Help().Key != "y/enter" {
		t.Fatalf("help %q", b.Help().Key)
	}
	c := key.NewBinding(key.WithKeys("/"))
	AddTwins(&c)
	if !slices.Equal(c.Keys(), []string{"/", "."}) {
		t.Fatalf("AddTwins: %q", c.Keys())
	}
}
