package common

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// Every character the fast path counts as one cell is one cell for ansi.
func TestNarrowAgreesWithAnsi(t *testing.T) {
	for r := rune(0x20); r < 0x3000; r++ {
		if narrow(r) && ansi.StringWidth(string(r)) != 1 {
			t.Errorf("U+%04X %q: narrow, but ansi says %d cells", r, r, ansi.StringWidth(string(r)))
		}
	}
}

var widthSamples = []string{
	"", "abc", "Засідання № 12 · 17.12.2026", "«Відкрите місто» — ГО", "▸ ✓ є ████░ 6/8 …", "Ґанок Їжак Єва",
	"tab\tstop", "e\u0301", "🙂 emoji", "中文", "a\x1b[1mb\x1b[0m", "\x1b]8;;https://x\x07link\x1b]8;;\x07",
	"\x1b[38;2;1;2;3mКоваль\x1b[m", "\x1bc", "soft\u00adhyphen", "zero\u200bwidth", "control\x01",
}

var alphabet = []rune("aZ9 .,№«»—–…•›▸█░✓ҐґЄєІіЇїЖжЩщΩ\u0301é中🙂\t")

func TestWidthMatchesAnsi(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	samples := append([]string(nil), widthSamples...)
	for range 500 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		samples = append(samples, b.String())
	}
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	for _, s := range append([]string(nil), samples...) {
		samples = append(samples, lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#ff8800")).Render(s))
	}
	for _, s := range samples {
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Errorf("Width(%q) = %d, ansi %d", s, got, want)
		}
		for w := -1; w <= ansi.StringWidth(s)+2; w++ {
			for _, tail := range []string{"", "…", "..."} {
				if got, want := Truncate(s, w, tail), ansi.Truncate(s, w, tail); got != want {
					t.Errorf("Truncate(%q, %d, %q) = %q, ansi %q", s, w, tail, got, want)
				}
			}
		}
	}
}
