package common

import tea "github.com/charmbracelet/bubbletea"

// Burst says whether km carries several typed runes at once, as Bubble Tea delivers fast
// typing or a paste through a terminal multiplexer ("fj" in one message).
func Burst(km tea.KeyMsg) bool { return km.Type == tea.KeyRunes && len(km.Runes) > 1 }

// EachRune feeds a burst to update one rune at a time, in order, as if each were typed
// alone; once typing(m) says a text field has the keys, the rest goes to it as one message.
// The commands run in the same order.
func EachRune[M any](m M, km tea.KeyMsg, update func(M, tea.Msg) (M, tea.Cmd), typing func(M) bool) (M, tea.Cmd) {
	var cmds []tea.Cmd
	for i, r := range km.Runes {
		one := km
		if typing(m) {
			one.Runes = km.Runes[i:]
		} else {
			one.Runes = []rune{r}
		}
		var cmd tea.Cmd
		m, cmd = update(m, one)
		cmds = append(cmds, cmd)
		if len(one.Runes) > 1 {
			break
		}
	}
	return m, tea.Sequence(cmds...)
}
