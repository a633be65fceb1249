package meetings

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/exportdialog"
)

func TestXOpensTheExportDialog(t *testing.T) {
	m := loaded(t, newCommon(t, "uk", 2))
	_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")})
	if cmd == nil {
		t.Fatal("x does nothing")
	}
	push, ok := cmd().(common.PushMsg)
	if !ok {
		t.Fatalf("x sent %#v", cmd())
	}
	if _, ok := common.Unwrap[exportdialog.Model](push.Screen); !ok {
		t.Fatalf("x pushed %T", push.Screen)
	}
	empty := loaded(t, newCommon(t, "uk", 0))
	if _, cmd := empty.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")}); cmd != nil {
		if _, ok := cmd().(common.PushMsg); ok {
			t.Error("x on an empty list opened the dialog")
		}
	}
}
