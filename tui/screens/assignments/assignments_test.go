package assignments

import (
	"context"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

var now = time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC)

// seeded is a file with one closed meeting and two assignments, one overdue, then locked.
func seeded(t *testing.T) *store.Store {
	t.Helper()
	return seededAt(t, store.MeetingMinutesApproved)
}

// seededAt is the file of seeded with the meeting in status st.
func seededAt(t *testing.T, status store.MeetingStatus) *store.Store {
	t.Helper()
	ctx := context.Background()
	st := screentest.NewCouncil(t, "", now)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	who, err := st.CreateMember(ctx, store.Member{FullName: "Ткачук Олена Вікторівна", Side: store.SideGovernment, Sector: store.SectorOther, Role: store.RoleMember})
	must(err)
	m, err := st.CreateMeeting(ctx, store.Meeting{Date: "2026-03-12"})
	must(err)
	it, err := st.CreateAgendaItem(ctx, store.AgendaItem{MeetingID: m.ID, Title: "Про звіт"})
	must(err)
	item := it.ID
	must(st.StartSession(ctx, m.ID, true))
	p, err := st.AddPoint(ctx, store.DecisionPoint{ItemID: item, Text: "Доручити оприлюднити звіт."})
	must(err)
	_, err = st.CreateAssignment(ctx, store.Assignment{ItemID: item, PointID: p.ID, Text: "Оприлюднити звіт", ResponsibleMemberID: who, Deadline: "2026-03-15"})
	must(err)
	_, err = st.CreateAssignment(ctx, store.Assignment{ItemID: item, Text: "Провести опитування", ResponsibleOrg: "ГО «Відкрите місто»", Deadline: "2026-05-01"})
	must(err)
	_, err = st.DB().Exec("UPDATE meeting SET status = ? WHERE id = ?", string(status), m.ID)
	must(err)
	return st
}

func run(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	for cmd != nil {
		msg := cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			for _, c := range b {
				m = run(t, m, c)
			}
			return m
		}
		switch msg.(type) {
		case loadedMsg, doneMsg, form.SubmitMsg, form.CancelMsg, confirm.ResultMsg:
			m, cmd = m.Update(msg)
		default:
			return m
		}
	}
	return m
}

func TestAssignmentsOverdueAndDoneAfterLock(t *testing.T) {
	st := seeded(t)
	c := common.Common{Width: 80, Height: 18, Styles: theme.DefaultStyles(), Lang: "uk", T: i18n.New("uk"), Store: st,
		Now: func() time.Time { return now }}
	m := New(c).SetSize(80, 18)
	m = run(t, m, m.Init())
	view := m.View()
	for _, want := range []string{"Оприлюднити звіт", "Прострочено", "№ 1 від 12.03.2026", "1.1", "Ткачук Олена", "Провести опит"} {
		if !strings.Contains(view, want) {
			t.Fatalf("missing %q in\n%s", want, view)
		}
	}
	var cmd tea.Cmd
	m, cmd = m.Update(screentest.Key("f")) // overdue only
	m = run(t, m, cmd)
	if len(m.rows) != 1 || !m.rows[0].Overdue {
		t.Fatalf("overdue view: %+v", m.rows)
	}
	m, cmd = m.Update(screentest.Key("enter"))
	if !m.Capturing() || m.edit.Value("done_on") != "20.03.2026" {
		t.Fatalf("done form: capturing=%v date=%q", m.Capturing(), m.edit.Value("done_on"))
	}
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyCtrlU})
	for _, r := range "18.03.2026" {
		m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	m, _ = m.Update(screentest.Key("tab"))
	for _, r := range "Опубліковано на сайті" {
		m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	m, cmd = m.Update(screentest.Key("ctrl+s"))
	m = run(t, m, cmd)
	if m.Capturing() || len(m.rows) != 0 {
		t.Fatalf("after marking done (locked meeting): editing=%v rows=%d", m.Capturing(), len(m.rows))
	}
	done, _ := st.ListAssignments(context.Background(), store.AssignmentFilter{View: store.AssignmentsDone})
	if len(done) != 1 || done[0].DoneOn != "2026-03-18" || done[0].DoneNote != "Опубліковано на сайті" {
		t.Fatalf("done %+v", done)
	}
	m, cmd = m.Update(screentest.Key("r")) // by responsible: the first one by name
	m = run(t, m, cmd)
	for _, size := range [][2]int{{40, 10}, {80, 24}, {120, 40}} {
		v := m.SetSize(size[0], size[1]).View()
		for _, l := range strings.Split(v, "\n") {
			if ansi.StringWidth(l) > size[0] {
				t.Fatalf("%dx%d: line too wide: %q", size[0], size[1], l)
			}
		}
		if lipgloss.Height(v) > size[1] {
			t.Fatalf("%dx%d: too tall", size[0], size[1])
		}
	}
}

// The help bar leads with what can be done to the assignment under the cursor, and the full
// help offers the done form's keys only while it is open.
func TestAssignmentsHelpShowsWhatWorks(t *testing.T) {
	st := seeded(t)
	c := common.Common{Width: 80, Height: 18, Styles: theme.DefaultStyles(), Lang: "uk", T: i18n.New("uk"), Store: st,
		Now: func() time.Time { return now }}
	m := New(c).SetSize(80, 18)
	m = run(t, m, m.Init())
	if h := m.ShortHelp(); len(h) == 0 || h[0].Help().Desc != m.keys.Done.Help().Desc {
		t.Fatalf("the help bar does not lead with done: %+v", h)
	}
	for _, group := range m.FullHelp() {
		for _, b := range group {
			if b.Help().Key == "ctrl+s" {
				t.Fatal("ctrl+s offered with no form open")
			}
		}
	}
}
