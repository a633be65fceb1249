package helpbar

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

func bindings() []key.Binding {
	b := func(k, d string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, d)) }
	off := b("x", "експорт")
	off.SetEnabled(false)
	return []key.Binding{b("enter", "відкрити"), off, b("/", "фільтр"), b("n", "нове засідання"), b("tab", "наступний розділ"), b("?", "довідка")}
}

func TestShortFitsAndSaysMore(t *testing.T) {
	h := New(theme.DefaultStyles(), i18n.New("uk"))
	full := h.Short(bindings(), 200)
	if strings.Contains(full, "експорт") {
		t.Error("a disabled key is shown")
	}
	if strings.Contains(full, "ще") {
		t.Errorf("everything fits at 200, yet: %q", full)
	}
	for _, w := range []int{0, 3, 10, 30, 45, 60} {
		s := h.Short(bindings(), w)
		if ansi.StringWidth(s) > w {
			t.Errorf("width %d: %q is %d wide", w, s, ansi.StringWidth(s))
		}
		if w >= 30 && !strings.HasSuffix(ansi.Strip(s), "? ще") {
			t.Errorf("width %d: %q should end with \"? ще\"", w, ansi.Strip(s))
		}
	}
}

func TestFullColumns(t *testing.T) {
	h := New(theme.DefaultStyles(), i18n.New("en"))
	s := h.Full([][]key.Binding{bindings()[:3], bindings()[3:]}, 40)
	for _, want := range []string{"відкрити", "наступний розділ"} {
		if !strings.Contains(s, want) {
			t.Errorf("full help lacks %q", want)
		}
	}
}
