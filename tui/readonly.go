package tui

import tea "github.com/charmbracelet/bubbletea"

// editKeys are the keys that change the council on every screen (DESIGN.md: n new, e edit,
// d delete, ctrl+s save, ctrl+n next item; and the live screen's votes). On a read-only
// file the root answers them with an explanation instead of passing them on; any other
// write a screen attempts is refused by the store with the same explanation.
var editKeys = map[string]bool{"n": true, "e": true, "d": true, "ctrl+s": true, "ctrl+n": true}

func isEditKey(msg tea.KeyMsg) bool { return editKeys[msg.String()] }
