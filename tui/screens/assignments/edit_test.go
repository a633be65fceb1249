package assignments

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

func openSection(t *testing.T, st *store.Store, lang i18n.Lang) Model {
	t.Helper()
	c := common.Common{Width: 80, Height: 24, Styles: theme.DefaultStyles(), Lang: lang, T: i18n.New(lang), Store: st,
		Now: func() time.Time { return now }}
	m := New(c).SetSize(80, 24)
	return run(t, m, m.Init())
}

// press sends keys one by one, running what they start.
func press(t *testing.T, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(screentest.Key(k))
		m = run(t, m, cmd)
	}
	return m
}

func typeText(t *testing.T, m Model, text string) Model {
	t.Helper()
	for _, r := range text {
		m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return m
}

// statusOf is the status line a key asks for, and the model after it.
func statusOf(t *testing.T, m Model, k string) (Model, string) {
	t.Helper()
	m, cmd := m.Update(screentest.Key(k))
	if cmd == nil {
		return m, ""
	}
	if s, ok := cmd().(common.StatusMsg); ok {
		return m, s.Text
	}
	return m, ""
}

// e on a row opens what was assigned, to whom and by when; the correction is stored, a typed
// member's name means the member, an empty text is refused beside its field.
func TestEditAssignmentFromTheSection(t *testing.T) {
	st := seededAt(t, store.MeetingClosed)
	ctx := context.Background()
	m := openSection(t, st, "uk")
	r := m.rows[0]
	if h := m.ShortHelp(); r.Text != "Оприлюднити звіт" || len(h) < 2 || h[1].Help() != m.keys.Edit.Help() {
		t.Fatalf("first row %+v; the help bar does not offer e second: %+v", r, h)
	}
	m = press(t, m, "e")
	if !m.Capturing() || m.form != formEdit || m.edit.Value("text") != "Оприлюднити звіт" ||
		m.edit.Value("responsible") != "Ткачук Олена Вікторівна" || m.edit.Value("deadline") != "15.03.2026" {
		t.Fatalf("the editor: %v %v %q %q %q", m.Capturing(), m.form, m.edit.Value("text"), m.edit.Value("responsible"), m.edit.Value("deadline"))
	}
	if v := m.View(); !strings.Contains(v, "Відповідальний (ПІБ члена ради або назва органу)") || !strings.Contains(v, "│ Оприлюднити звіт") {
		t.Fatalf("the editor is not shown:\n%s", v)
	}
	m = typeText(t, m, " на сайті міста")
	m = press(t, m, "tab", "ctrl+u")
	m = typeText(t, m, "Відділ комунікацій")
	m = press(t, m, "tab", "ctrl+u")
	m = typeText(t, m, "30.04.2026")
	m = press(t, m, "enter")
	got, _ := st.ListAssignments(ctx, store.AssignmentFilter{ItemID: r.ItemID})
	var a store.AssignmentRow
	for _, g := range got {
		if g.ID == r.ID {
			a = g
		}
	}
	if m.Capturing() || a.Text != "Оприлюднити звіт на сайті міста" || a.ResponsibleMemberID != 0 ||
		a.ResponsibleOrg != "Відділ комунікацій" || a.Deadline != "2026-04-30" || a.PointID != r.PointID {
		t.Fatalf("after the edit: capturing %v, %+v", m.Capturing(), a)
	}
	if es, _ := st.ListJournal(ctx, "assignment", r.ID, 1); len(es) != 1 || es[0].Action != "update" {
		t.Fatalf("journal %+v", es)
	}

	i := 0
	for m.rows[i].ID != r.ID {
		i++
	}
	m.cursor = i
	m = press(t, m, "e", "tab", "ctrl+u")
	m = typeText(t, m, "ткачук олена вікторівна")
	m = press(t, m, "shift+tab", "ctrl+u", "ctrl+s")
	if !m.Capturing() || m.edit.Error("text") == "" || !strings.Contains(m.View(), m.edit.Error("text")) {
		t.Fatalf("an empty text: capturing %v errs %v\n%s", m.Capturing(), m.edit.Error("text"), m.View())
	}
	m = typeText(t, m, "Оприлюднити звіт")
	m = press(t, m, "ctrl+s")
	got, _ = st.ListAssignments(ctx, store.AssignmentFilter{ItemID: r.ItemID})
	for _, g := range got {
		if g.ID == r.ID && (g.ResponsibleMemberID != r.ResponsibleMemberID || g.Text != "Оприлюднити звіт") {
			t.Fatalf("the member by name: %+v", g)
		}
	}
}

// Once the minutes are approved e says why nothing can change, in each language, and is gone
// from the help bar; marking done still works.
func TestEditAssignmentRefusedAfterApproval(t *testing.T) {
	st := seeded(t)
	for lang, want := range map[i18n.Lang]string{
		"uk": "Протокол затверджено — доручення не змінити, лише позначити виконання (enter)",
		"en": "Minutes approved — the assignment cannot change, only be marked done (enter)",
	} {
		m := openSection(t, st, lang)
		for _, b := range m.ShortHelp() {
			if b.Help().Key == "e" {
				t.Errorf("%s: e offered on an approved meeting", lang)
			}
		}
		m, status := statusOf(t, m, "e")
		if status != want || m.Capturing() {
			t.Errorf("%s: e after approval: %q (capturing %v)", lang, status, m.Capturing())
		}
		if m = press(t, m, "enter"); m.form != formDone {
			t.Errorf("%s: the done form does not open after approval", lang)
		}
	}
}

// While the minutes await approval the record is frozen: e says so with the meeting's status;
// an editor opened before is refused on saving and keeps what was typed.
func TestEditAssignmentRefusedWhileSubmitted(t *testing.T) {
	st := seededAt(t, store.MeetingClosed)
	m := openSection(t, st, "uk")
	m = press(t, m, "e")
	m = typeText(t, m, " вчасно")
	if _, err := st.DB().Exec("UPDATE meeting SET status = 'minutes_submitted'"); err != nil {
		t.Fatal(err)
	}
	m, cmd := m.Update(screentest.Key("ctrl+s"))
	m, cmd = m.Update(cmd()) // the form submitted: the screen saves
	m, cmd = m.Update(cmd())
	s, _ := cmd().(common.StatusMsg)
	if s.Text != "Доручення змінити не можна — стан засідання «Протокол подано»" || !m.Capturing() ||
		m.edit.Value("text") != "Оприлюднити звіт вчасно" {
		t.Fatalf("status %q capturing %v text %q", s.Text, m.Capturing(), m.edit.Value("text"))
	}
	if m = press(t, m, "esc"); !m.edit.Asking() {
		t.Fatal("esc with something typed does not ask before throwing it away")
	}
	m = press(t, m, "y")
	m, cmd = m.Update(common.DataChangedMsg{})
	m = run(t, m, cmd)
	if _, status := statusOf(t, m, "e"); status != "Доручення змінити не можна — стан засідання «Протокол подано»" {
		t.Fatalf("e while submitted: %q", status)
	}
}

// The list reloading under an open editor (a change from another terminal) does not move the
// edit onto another assignment.
func TestEditAssignmentSurvivesAReload(t *testing.T) {
	st := seededAt(t, store.MeetingClosed)
	ctx := context.Background()
	m := openSection(t, st, "uk")
	first, second := m.rows[0], m.rows[1]
	m = press(t, m, "e")
	m = typeText(t, m, " вчасно")
	if err := st.MarkAssignmentDone(ctx, first.ID, "2026-03-19", "Розміщено"); err != nil {
		t.Fatal(err)
	}
	m, cmd := m.Update(common.DataChangedMsg{})
	m = run(t, m, cmd)
	if len(m.rows) != 1 || m.rows[0].ID != second.ID || !strings.Contains(m.View(), "│ Оприлюднити звіт вчасно") {
		t.Fatalf("after the reload: rows %+v\n%s", m.rows, m.View())
	}
	m = press(t, m, "ctrl+s")
	all, _ := st.ListAssignments(ctx, store.AssignmentFilter{})
	for _, a := range all {
		if (a.ID == first.ID && a.Text != "Оприлюднити звіт вчасно") || (a.ID == second.ID && a.Text != second.Text) {
			t.Fatalf("the edit went astray: %+v", all)
		}
	}
}

// TestEarlyDeadlineAsksInTheSection: a deadline before the meeting's date asks first; n
// keeps the form as typed, y saves.
func TestEarlyDeadlineAsksInTheSection(t *testing.T) {
	st := seededAt(t, store.MeetingClosed)
	ctx := context.Background()
	m := openSection(t, st, "uk")
	m = press(t, m, "e", "tab", "tab", "ctrl+u")
	m = typeText(t, m, "01.01.2024")
	m = press(t, m, "ctrl+s")
	if !m.ask.Active() || !strings.Contains(m.View(), "раніше за дату засідання") {
		t.Fatalf("an early deadline does not ask:\n%s", m.View())
	}
	m = press(t, m, "n")
	if m.ask.Active() || m.form != formEdit || m.vals.deadline != "01.01.2024" {
		t.Fatalf("n lost the form: %v %q", m.form, m.vals.deadline)
	}
	if as, _ := st.ListAssignments(ctx, store.AssignmentFilter{}); as[0].Deadline == "2024-01-01" {
		t.Fatal("n saved")
	}
	m = press(t, m, "ctrl+s", "y")
	if as, _ := st.ListAssignments(ctx, store.AssignmentFilter{}); as[0].Deadline != "2024-01-01" || m.form != formNone {
		t.Fatalf("y did not save: %+v", as[0])
	}
}
