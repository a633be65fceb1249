package tui

import (
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// At a section's root esc does not go back, so the full help does not offer it as "back";
// a screen that takes every key may still open the help.
func TestFullHelpAtASectionRootHasNoBack(t *testing.T) {
	m := start(t, seed(t), "uk", 120, 40)
	m = press(t, m, runes("?"))
	v := m.View()
	if strings.Contains(v, "назад") || !strings.Contains(v, "esc  скинути фільтри") {
		t.Fatalf("full help at the root:\n%s", v)
	}
	m = press(t, m, runes("?"))
	mm, _ := m.Update(common.ShowHelpMsg{})
	if !mm.(Model).showHelp {
		t.Fatal("ShowHelpMsg did not open the help")
	}
}
