package form

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
	"github.com/muesli/termenv"
)

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

func testCommon() common.Common {
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	return common.Common{Width: 80, Height: 24, Styles: theme.DefaultStyles(), Lang: "uk", T: i18n.New("uk"),
		Now: func() time.Time { return now }}
}

// values are what the test form binds: two pages, a required line, a date, a select, a text.
type values struct {
	name, date, notes string
	kind              int
}

func newTestForm(v *values) Model {
	c := testCommon()
	return New(c, "t", "Заголовок",
		[]Field{Line("name", "Назва", &v.name).Required(), Date("date", "Дата", &v.date)},
		[]Field{Select("kind", "Вид", &v.kind, huh.NewOption("a", 0), huh.NewOption("b", 1)).Inline(), Text("notes", "Примітки", &v.notes, 2)},
	)
}

// press sends keys (a string of runes, or a key name) and returns what the commands said.
func press(m Model, keys ...string) (Model, []tea.Msg) {
	var out []tea.Msg
	for _, k := range keys {
		var msg tea.KeyMsg
		switch k {
		case "tab":
			msg = tea.KeyMsg{Type: tea.KeyTab}
		case "shift+tab":
			msg = tea.KeyMsg{Type: tea.KeyShiftTab}
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "ctrl+s":
			msg = tea.KeyMsg{Type: tea.KeyCtrlS}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		if cmd != nil {
			if r := cmd(); r != nil {
				out = append(out, r)
			}
		}
	}
	return m, out
}

func has[T any](msgs []tea.Msg) bool {
	for _, m := range msgs {
		if _, ok := m.(T); ok {
			return true
		}
	}
	return false
}

func TestSaveChecksBesideTheField(t *testing.T) {
	v := &values{}
	m, out := press(newTestForm(v), "ctrl+s")
	if has[SubmitMsg](out) || m.Error("name") == "" || !strings.Contains(m.View(), "✗ "+m.Error("name")) {
		t.Fatalf("an empty required field was submitted or its message is not beside it: %v\n%s", out, m.View())
	}
	m, out = press(m, "Рада", "tab", "2026-02-30", "ctrl+s")
	if has[SubmitMsg](out) || m.Error("name") != "" || m.Error("date") == "" || m.Focused() != "date" {
		t.Fatalf("a date that does not exist: %v, errors name %q date %q, focus %q", out, m.Error("name"), m.Error("date"), m.Focused())
	}
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyCtrlU})
	m, out = press(m, "12.03.2026", "ctrl+s")
	if !has[SubmitMsg](out) || v.name != "Рада" || v.date != "12.03.2026" || !m.Saving() {
		t.Fatalf("not submitted: %v %+v", out, *v)
	}
	if _, out = press(m, "x", "ctrl+s"); has[SubmitMsg](out) {
		t.Fatal("a second save while the first runs")
	}
	if m = m.SetErrors(map[string]string{"notes": "погано"}); m.Saving() || m.Focused() != "notes" || !strings.Contains(m.View(), "погано") {
		t.Fatalf("the store's message: saving %v, focus %q\n%s", m.Saving(), m.Focused(), m.View())
	}
	if ISODate(" 12.03.2026 ") != "2026-03-12" || ISODate("2026-03-12") != "2026-03-12" {
		t.Fatal("ISODate")
	}
}

func TestTabTurnsPagesAndEnterSavesOnTheLast(t *testing.T) {
	v := &values{name: "Рада"}
	m, _ := press(newTestForm(v), "tab", "tab")
	if m.Focused() != "kind" {
		t.Fatalf("tab from the first page's end: focus %q", m.Focused())
	}
	if m, _ = press(m, "shift+tab"); m.Focused() != "date" {
		t.Fatalf("shift+tab back a page: focus %q", m.Focused())
	}
	m, out := press(m, "enter", "tab", "tab")
	if m.Focused() != "notes" || has[SubmitMsg](out) {
		t.Fatalf("tab on the last field stays: focus %q, %v", m.Focused(), out)
	}
	if _, out = press(m, "ctrl+s"); !has[SubmitMsg](out) {
		t.Fatal("ctrl+s on the last page did not submit")
	}
	m, _ = press(newTestForm(v), "enter")
	if m.Focused() != "date" {
		t.Fatalf("enter on a line moves on: %q", m.Focused())
	}
}

func TestEscAsksOnlyWhenSomethingWasTyped(t *testing.T) {
	v := &values{}
	if _, out := press(newTestForm(v), "esc"); !has[CancelMsg](out) {
		t.Fatal("unchanged: esc closes")
	}
	m, out := press(newTestForm(v), "x", "esc")
	if has[CancelMsg](out) || !m.Asking() || !strings.Contains(m.View(), "Скасувати зміни?") {
		t.Fatalf("changed: esc asks\n%s", m.View())
	}
	if m, out = press(m, "n"); has[CancelMsg](out) || m.Asking() || v.name != "x" {
		t.Fatalf("no keeps the form and what was typed: %q", v.name)
	}
	m, _ = press(m, "esc")
	if _, out = press(m, "y"); !has[CancelMsg](out) {
		t.Fatal("yes closes")
	}
}

func TestFitsEverySize(t *testing.T) {
	v := &values{}
	for _, size := range [][2]int{{20, 5}, {40, 10}, {80, 24}, {120, 40}} {
		m := newTestForm(v).Intro(strings.Repeat("слово ", 30)).SetSize(size[0], size[1])
		for _, line := range strings.Split(m.View(), "\n") {
			if w := lipgloss.Width(line); w > max(size[0], MinWidth) {
				t.Errorf("%dx%d: a line of %d cells: %q", size[0], size[1], w, line)
			}
		}
	}
}
