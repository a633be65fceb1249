package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// editKeys are the keys that change the council on every screen (n new, e edit, d delete,
// ctrl+s save); each screen adds its own (common.Editor: the votes, S/A/R, p/r/a
// attendance, K/J reorder …). On a read-only file the root answers them with an explanation
// instead of passing them on, and the help bar leaves them out; any other write a screen
// attempts is refused by the store with the same explanation.
var editKeys = keys.NewBinding(key.WithKeys("n", "e", "d", "ctrl+s"))

// isEditKey says whether msg changes the council on screen s.
func isEditKey(msg tea.KeyMsg, s common.Screen) bool {
	if key.Matches(msg, editKeys) {
		return true
	}
	for _, b := range common.EditKeys(s) {
		b.SetEnabled(true)
		if key.Matches(msg, b) {
			return true
		}
	}
	return false
}

// withoutEditKeys are bs with every binding that answers an edit key of s switched off.
func withoutEditKeys(bs []key.Binding, s common.Screen) []key.Binding {
	edit := map[string]bool{}
	for _, k := range editKeys.Keys() {
		edit[k] = true
	}
	for _, b := range common.EditKeys(s) {
		for _, k := range b.Keys() {
			edit[k] = true
		}
	}
	out := make([]key.Binding, len(bs))
	for i, b := range bs {
		for _, k := range b.Keys() {
			if edit[k] {
				b.SetEnabled(false)
			}
		}
		out[i] = b
	}
	return out
}
