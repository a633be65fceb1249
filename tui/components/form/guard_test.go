package form

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

func TestScreenUpdate(t *testing.T) {
	st, cat := theme.DefaultStyles(), i18n.New("uk")
	var a, b string
	newForm := func() *huh.Form {
		f := New(st, 60, 10, huh.NewGroup(huh.NewInput().Key("a").Value(&a), huh.NewInput().Key("b").Value(&b)))
		f.Init()
		return f
	}
	s := Screen{Save: key.NewBinding(key.WithKeys("ctrl+s")), Cancel: key.NewBinding(key.WithKeys("esc")),
		Changed: func() bool { return false }, Discard: "x.discard", Last: "b", T: cat}
	ask := confirm.New(st, cat)
	ctrlS, enter := tea.KeyMsg{Type: tea.KeyCtrlS}, tea.KeyMsg{Type: tea.KeyEnter}

	if _, _, out, _ := s.Update(ctrlS, ask, newForm(), false); out != Save {
		t.Errorf("ctrl+s: outcome %v, want Save", out)
	}
	f := newForm()
	if _, f, out, _ := s.Update(enter, ask, f, false); out != Handled || f.GetFocusedField().GetKey() != "b" {
		t.Errorf("enter on the first field: outcome %v, focus %q; want Handled on b", out, f.GetFocusedField().GetKey())
	}
	if _, _, out, _ := s.Update(enter, ask, f, false); out != Save {
		t.Errorf("enter on the last field: outcome %v, want Save", out)
	}
	f = newForm()
	if _, f, out, cmd := s.Update(enter, ask, f, true); out != Handled || cmd != nil || f.GetFocusedField().GetKey() != "a" {
		t.Errorf("while saving: outcome %v, cmd %v, focus %q; want the key dropped", out, cmd != nil, f.GetFocusedField().GetKey())
	}
	if _, _, out, cmd := s.Update(tea.KeyMsg{Type: tea.KeyEsc}, ask, newForm(), false); out != Handled || cmd == nil {
		t.Errorf("esc unchanged: outcome %v, cmd %v; want Handled with the back command", out, cmd != nil)
	}
}
