package form

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestNoSuchDate: 30.02.2027 is written right but does not exist, and says so; a date
// written wrong names the form; the mark goes as soon as the field is right, before any
// save; the date then reaches the screen as the store keeps it.
func TestNoSuchDate(t *testing.T) {
	v := &values{name: "Звіт"}
	m := newTestForm(v)
	m, _ = press(m, "tab", "30.02.2027", "ctrl+s")
	if got := m.Error("date"); got != "Такої дати немає" {
		t.Fatalf("30.02.2027: %q", got)
	}
	if !strings.Contains(m.View(), "✗ Такої дати немає") {
		t.Fatalf("no mark:\n%s", m.View())
	}
	for range 5 {
		m, _ = m.Update(tea.KeyMsg{Type: tea.KeyBackspace})
	}
	if v.date != "30.02" || !strings.Contains(m.View(), "✗") {
		t.Fatalf("the mark went while the date %q is still wrong:\n%s", v.date, m.View())
	}
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyCtrlU})
	m, _ = press(m, "28.02.2027")
	if v.date != "28.02.2027" || m.Error("date") != "" || strings.Contains(m.View(), "✗") {
		t.Fatalf("the mark stays on a right date %q:\n%s", v.date, m.View())
	}
	if ISODate(v.date) != "2027-02-28" {
		t.Fatalf("ISODate(%q) = %q", v.date, ISODate(v.date))
	}

	w := &values{name: "Звіт"}
	m = newTestForm(w)
	m, _ = press(m, "tab", "2027/02/28", "ctrl+s")
	if got := m.Error("date"); got != "Дата у форматі ДД.ММ.РРРР (або РРРР-ММ-ДД)" {
		t.Fatalf("2027/02/28: %q", got)
	}
}

// TestStoredDateShownAsTyped: a stored date opens in the interface's way of writing dates.
func TestStoredDateShownAsTyped(t *testing.T) {
	v := &values{name: "Звіт", date: "2026-03-12"}
	newTestForm(v)
	if v.date != "12.03.2026" {
		t.Fatalf("a stored date opens as %q", v.date)
	}
}
