package meetings

import (
	"context"
	"github.com/charmbracelet/bubbles/key"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
)

func send(t *testing.T, m Model, msgs ...tea.Msg) (Model, []tea.Msg) {
	t.Helper()
	var out []tea.Msg
	for _, msg := range msgs {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		m, out = drain(m, cmd, out)
	}
	return m, out
}

// drain runs cmd, feeding the screen's own results back and collecting the rest.
func drain(m Model, cmd tea.Cmd, out []tea.Msg) (Model, []tea.Msg) {
	if cmd == nil {
		return m, out
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(400 * time.Millisecond):
		return m, out
	}
	switch msg := msg.(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			m, out = drain(m, c, out)
		}
	case meetingsLoadedMsg, formLoadedMsg, createdMsg, confirm.ResultMsg:
		var next tea.Cmd
		m, next = m.Update(msg)
		m, out = drain(m, next, out)
	case common.StatusMsg, common.OpenMeetingMsg, common.DataChangedMsg:
		out = append(out, msg)
	case nil:
	default:
		var next tea.Cmd
		m, next = m.Update(msg)
		m, out = drain(m, next, out)
	}
	return m, out
}

func typed(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return out
}

func TestWarningWhenTheLastMeetingIsOld(t *testing.T) {
	c := newCommon(t, "uk", 3) // Jan–Mar 2020, today 2026-03-12
	m := loaded(t, c)
	if !strings.Contains(m.View(), "! Останнє засідання було 15.03.2020 — понад шість місяців тому") {
		t.Fatalf("no warning:\n%s", m.View())
	}
	ctx := context.Background()
	if _, err := c.Store.CreateMeeting(ctx, store.Meeting{Date: "2026-02-10", Place: "Зала"}); err != nil {
		t.Fatal(err)
	}
	m, _ = send(t, m, common.DataChangedMsg{})
	if !strings.Contains(m.View(), "! Наступне засідання ще не заплановано (останнє — 10.02.2026)") {
		t.Fatalf("no 'not scheduled' warning:\n%s", m.View())
	}
	if _, err := c.Store.CreateMeeting(ctx, store.Meeting{Date: "2026-04-10", Place: "Зала"}); err != nil {
		t.Fatal(err)
	}
	m, _ = send(t, m, common.DataChangedMsg{})
	if strings.Contains(m.View(), "! ") {
		t.Fatalf("a warning with a recent and a planned meeting:\n%s", m.View())
	}
}

func TestFilterByYearAndStatus(t *testing.T) {
	c := newCommon(t, "uk", 25) // 2020-01 … 2022-01
	m := loaded(t, c)
	m, _ = send(t, m, typed("y")...)
	if m.total != 1 || !strings.Contains(m.View(), "Рік: 2022 · Стан: усі") {
		t.Fatalf("year 2022: %d\n%s", m.total, m.View())
	}
	m, _ = send(t, m, typed("y")...)
	if m.total != 12 {
		t.Fatalf("year 2021: %d", m.total)
	}
	m, _ = send(t, m, typed("yys")...)
	if m.total != 25 || !strings.Contains(m.View(), "Стан: Проєкт") {
		t.Fatalf("all years, drafts: %d\n%s", m.total, m.View())
	}
	m, _ = send(t, m, typed("s")...)
	if m.total != 25 || m.filter.active() {
		t.Fatalf("s after the only status present must come back to all: %d\n%s", m.total, m.View())
	}
}

func TestStatusFilterCyclesOnlyStatusesPresent(t *testing.T) {
	all := []store.MeetingSummary{
		{Meeting: store.Meeting{Status: store.MeetingClosed}},
		{Meeting: store.Meeting{Status: store.MeetingDraft}},
		{Meeting: store.Meeting{Status: store.MeetingDraft}},
	}
	var f filter
	var got []store.MeetingStatus
	for range 3 {
		f = f.nextStatus(statuses(all))
		got = append(got, f.status)
	}
	want := []store.MeetingStatus{store.MeetingDraft, store.MeetingClosed, ""}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("cycle %v, want %v", got, want)
		}
	}
}

func TestEscClearsEveryFilter(t *testing.T) {
	c := newCommon(t, "uk", 25)
	m := loaded(t, c)
	m, _ = send(t, m, typed("ys/Зала")...)
	m, _ = send(t, m, tea.KeyMsg{Type: tea.KeyEnter})
	if !m.filter.active() || !m.table.HasFilter() {
		t.Fatal("filters not set")
	}
	if !strings.Contains(helpText(m.ShortHelp()), "esc скинути фільтри") {
		t.Fatalf("help bar lacks esc: %s", helpText(m.ShortHelp()))
	}
	m, _ = send(t, m, tea.KeyMsg{Type: tea.KeyEsc})
	if m.filter.active() || m.table.HasFilter() || m.total != 25 || strings.Contains(m.View(), "Рік:") {
		t.Fatalf("esc left a filter: %+v %q\n%s", m.filter, m.table.FilterText(), m.View())
	}
	if strings.Contains(helpText(m.ShortHelp()), "esc") {
		t.Fatalf("esc shown with nothing to clear: %s", helpText(m.ShortHelp()))
	}
	var full []string
	for _, g := range m.FullHelp() {
		full = append(full, helpText(g))
	}
	if j := strings.Join(full, " "); strings.Count(j, "esc") != 1 || !strings.Contains(j, "esc скинути фільтри") {
		t.Fatalf("full help: %s", j)
	}
}

func helpText(bs []key.Binding) string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(out, " · ")
}

func TestNewMeetingForm(t *testing.T) {
	c := newCommon(t, "uk", 1)
	ctx := context.Background()
	chair, err := c.Store.CreateMember(ctx, store.Member{FullName: "Іваненко Іван", Side: store.SideGovernment, Role: store.RoleCoChair, Sector: store.SectorExecutive})
	if err != nil {
		t.Fatal(err)
	}
	m := loaded(t, c).SetSize(80, 24)
	m, _ = send(t, m, typed("n")...)
	if !m.editing || !m.Capturing() {
		t.Fatal("n did not open the form")
	}
	m, _ = send(t, m, append(typed("2026-13-40"), tea.KeyMsg{Type: tea.KeyCtrlS})...)
	v := m.View()
	if !m.editing || !strings.Contains(v, "✗ Такої дати немає") || !strings.Contains(v, "✗ Вкажіть місце або посилання") {
		t.Fatalf("no messages beside the fields:\n%s", v)
	}
	if !strings.Contains(v, "2026-13-40") {
		t.Fatalf("typed value lost:\n%s", v)
	}
	for range 10 {
		m, _ = send(t, m, tea.KeyMsg{Type: tea.KeyBackspace})
	}
	if !strings.Contains(v, "наступний у серії: 1") {
		t.Fatalf("the form does not propose the number:\n%s", v)
	}
	msgs := append(typed("2026-04-16"), tea.KeyMsg{Type: tea.KeyTab}, tea.KeyMsg{Type: tea.KeyTab})
	msgs = append(msgs, typed("Мала зала")...)
	m, out := send(t, m, append(msgs, tea.KeyMsg{Type: tea.KeyCtrlS})...)
	if m.editing {
		t.Fatalf("form still open:\n%s", m.View())
	}
	var opened int64
	for _, msg := range out {
		if o, ok := msg.(common.OpenMeetingMsg); ok {
			opened = o.ID
		}
	}
	mt, err := c.Store.GetMeeting(ctx, opened)
	if err != nil || mt.Date != "2026-04-16" || mt.Place != "Мала зала" || mt.StartTime != "10:00" || mt.PresidingID != chair || mt.Number != 1 {
		t.Fatalf("created %+v, %v", mt, err)
	}
}

func TestExportOpensTheDialogAndDeleteAsks(t *testing.T) {
	c := newCommon(t, "uk", 2)
	m := loaded(t, c)
	_, cmd := m.Update(typed("x")[0])
	if cmd == nil {
		t.Fatal("x did nothing")
	}
	if _, ok := cmd().(common.PushMsg); !ok {
		t.Fatal("x must open the export dialog")
	}
	m, _ = send(t, m, typed("d")...)
	if !m.confirm.Active() {
		t.Fatal("delete did not ask")
	}
	m, _ = send(t, m, typed("y")...)
	m, _ = send(t, m, common.DataChangedMsg{})
	if m.total != 1 {
		t.Fatalf("%d meetings after delete", m.total)
	}
}
