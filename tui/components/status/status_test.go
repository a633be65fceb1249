package status

import (
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

func TestShowsThenClears(t *testing.T) {
	m, cmd := New(theme.DefaultStyles()).Show("Збережено\x1b[2J", false)
	if cmd == nil || m.Text() != "Збережено" || m.Err() {
		t.Fatalf("text %q err %v", m.Text(), m.Err())
	}
	old := clearMsg{id: m.id}
	m, _ = m.Show("Помилка", true)
	m, _ = m.Update(old)
	if m.Text() != "Помилка" {
		t.Fatal("an older timer cleared a newer message")
	}
	if !strings.Contains(m.View(80), "Помилка") || len([]rune(m.View(3))) > 40 {
		t.Fatal(m.View(80))
	}
	m, _ = m.Update(clearMsg{id: m.id})
	if m.Text() != "" || m.View(80) != "" {
		t.Fatal("the message was not cleared")
	}
}
