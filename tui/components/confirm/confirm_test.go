package confirm

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

func answerOf(t *testing.T, m Model, k tea.KeyMsg) (Model, ResultMsg) {
	t.Helper()
	m, cmd := m.Update(k)
	if cmd == nil {
		t.Fatalf("%v gave no answer", k)
	}
	return m, cmd().(ResultMsg)
}

func TestAnswers(t *testing.T) {
	m := New(theme.DefaultStyles(), i18n.New("uk")).Ask("delete-7", "Деактивувати члена ради?")
	if !m.Active() || !strings.Contains(m.View(60), "Деактивувати") {
		t.Fatal("the dialog is not shown")
	}
	if _, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")}); cmd != nil {
		t.Fatal("x answered")
	}
	cases := []struct {
		key tea.KeyMsg
		yes bool
	}{
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("y")}, true},
		{tea.KeyMsg{Type: tea.KeyEnter}, true},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")}, false},
		{tea.KeyMsg{Type: tea.KeyEsc}, false},
	}
	for _, c := range cases {
		m2, res := answerOf(t, m, c.key)
		if res.ID != "delete-7" || res.Yes != c.yes || m2.Active() {
			t.Errorf("%v: %+v active=%v", c.key, res, m2.Active())
		}
	}
}

func TestFitsWidth(t *testing.T) {
	m := New(theme.DefaultStyles(), i18n.New("en")).Ask("q", strings.Repeat("A long question ", 10))
	for _, w := range []int{5, 20, 40, 80} {
		if got := lipgloss.Width(m.View(w)); got > w {
			t.Errorf("width %d: dialog is %d wide", w, got)
		}
	}
}

// On an AskOrCancel question n answers no and esc cancels; both say which in the help.
func TestAskOrCancel(t *testing.T) {
	m := New(theme.DefaultStyles(), i18n.New("uk")).AskOrCancel("del", "Видалити назавжди?")
	if _, res := answerOf(t, m, tea.KeyMsg{Type: tea.KeyEsc}); res.Yes || !res.Cancelled {
		t.Fatalf("esc: %+v", res)
	}
	if _, res := answerOf(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")}); res.Yes || res.Cancelled {
		t.Fatalf("n: %+v", res)
	}
	if v := m.View(80); !strings.Contains(v, "n ні") || !strings.Contains(v, "esc скасувати") {
		t.Fatalf("keys not shown:\n%s", v)
	}
	if _, res := answerOf(t, m.Ask("q", "Так?"), tea.KeyMsg{Type: tea.KeyEsc}); res.Cancelled {
		t.Fatal("a plain question reports esc as cancelled")
	}
}
