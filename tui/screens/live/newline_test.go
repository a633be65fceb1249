package live

import (
	"context"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// A text of several lines takes ctrl+j as well as alt+enter: Windows Terminal and the classic
// console keep alt+enter for full screen, and macOS terminals send Option+enter as plain enter.
func TestNewLineKeysInTexts(t *testing.T) {
	c := started(t)
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("dПерше"), tea.KeyMsg{Type: tea.KeyCtrlJ}, runes("Друге"),
		tea.KeyMsg{Type: tea.KeyEnter, Alt: true}, runes("Третє"))
	if got := sc.m.form.Value("text"); got != "Перше\nДруге\nТретє" {
		t.Fatalf("the point's text %q, want three lines", got)
	}
	sc.send(tea.KeyMsg{Type: tea.KeyCtrlS})
	points, _ := c.st.ListPoints(context.Background(), c.items[0])
	if len(points) != 1 || points[0].Text != "Перше\nДруге\nТретє" {
		t.Fatalf("stored points %+v", points)
	}
}
