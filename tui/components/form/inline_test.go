package form

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// run gives m each message a command returns, and the model the messages after it, until
// none is left; ticks are not waited for: a DraftDueMsg is given at once.
func run(m Model, cmd tea.Cmd) (Model, []tea.Msg) {
	var seen []tea.Msg
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := c()
		switch msg := msg.(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
			continue
		case nil:
			continue
		}
		seen = append(seen, msg)
		if _, ok := msg.(DraftDueMsg); ok {
			var next tea.Cmd
			m, next = m.Update(msg)
			queue = append(queue, next)
		}
	}
	return m, seen
}

func TestInlineKeepsDraftsAndOffersPeople(t *testing.T) {
	c := testCommon()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "council.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c.Store = st
	var who, text string
	point := 0
	people := []Person{{Name: "Мельник Оксана", MemberID: 7}, {Name: "Мельничук Петро", GuestID: 3}}
	fields := func() []Field {
		return []Field{
			Select("point", "Пункт", &point, huh.NewOption("—", 0), huh.NewOption("1.1", 1)),
			Name("who", "Хто", &who, people),
			Text("text", "Текст", &text, 3),
		}
	}
	saved, _ := st.ListDrafts(context.Background(), "p/")
	m := NewInline(c, "p/", "Виступ", fields()...).Drafts("p/", saved)
	if m.Focused() != "who" {
		t.Fatalf("the first text field has the focus, not %q", m.Focused())
	}
	var cmd tea.Cmd
	for _, r := range "мельн" {
		m, cmd = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	m, _ = run(m, cmd) // the draft is due: saved
	if d, _ := st.LoadDraft(context.Background(), "p/who"); d != "мельн" {
		t.Fatalf("the draft of the name: %q", d)
	}
	if v := m.View(); !strings.Contains(v, "▸ Мельник Оксана") || !strings.Contains(v, "Мельничук Петро") {
		t.Fatalf("the people are not offered:\n%s", v)
	}
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyDown})
	m, cmd = m.Update(tea.KeyMsg{Type: tea.KeyTab})
	m, _ = run(m, cmd) // focus left the field: its draft is saved
	if p, ok := m.Chosen("who"); !ok || p.GuestID != 3 || who != "Мельничук Петро" {
		t.Fatalf("leaving the field takes the highlighted name: %q %+v", who, p)
	}
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyTab})
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRight})
	if point != 1 || !strings.Contains(m.View(), "‹ 1.1 ›") {
		t.Fatalf("→ chooses the next option: %d\n%s", point, m.View())
	}
	m, cmd = m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	if _, msgs := run(m, cmd); m.Asking() || len(msgs) != 1 {
		t.Fatalf("esc with drafts closes without asking: %v", msgs)
	} else if _, ok := msgs[0].(CancelMsg); !ok {
		t.Fatalf("esc: %T", msgs[0])
	}

	// Opened again, as after a crash: the texts come back from the drafts.
	saved, _ = st.ListDrafts(context.Background(), "p/")
	who, text = "", ""
	m = NewInline(c, "p/", "Виступ", fields()...).Drafts("p/", saved)
	if who != "Мельничук Петро" || m.Value("who") != "Мельничук Петро" {
		t.Fatalf("the name is not restored: %q", who)
	}
	m = m.SetErrors(map[string]string{"text": "Обов'язкове поле"})
	if !strings.Contains(m.View(), "Текст  Обов'язкове поле") {
		t.Fatalf("the message is not beside its field:\n%s", m.View())
	}
	m, cmd = m.Update(tea.KeyMsg{Type: tea.KeyCtrlS})
	if _, msgs := run(m, cmd); len(msgs) != 1 {
		t.Fatalf("ctrl+s: %v", msgs)
	} else if _, ok := msgs[0].(SubmitMsg); !ok {
		t.Fatalf("ctrl+s: %T", msgs[0])
	}
}

func TestInlineWithoutDraftsAsksOnEsc(t *testing.T) {
	var s string
	m := NewInline(testCommon(), "x", "", Line("s", "Рядок", &s))
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("а")})
	if m, _ = m.Update(tea.KeyMsg{Type: tea.KeyEsc}); !m.Asking() || !strings.Contains(m.View(), "Скасувати зміни?") {
		t.Fatalf("esc with something typed and no drafts does not ask:\n%s", m.View())
	}
}
