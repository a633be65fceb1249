package commitment

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
	"github.com/muesli/termenv"
)

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

var testNow = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

// fixture is a council with one plan, commitment UAKLY0006 with three milestones (the
// first done) and a meeting whose agenda item names the commitment.
type fixture struct {
	s          *store.Store
	commitment int64
	milestones []int64
	meeting    int64
}

func newFixture(t *testing.T, c store.Commitment) fixture {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "council.db"), store.WithActor("Мельник Оксана"),
		store.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.FoundCouncil(ctx, store.DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	plan, err := s.CreatePlan(ctx, store.ActionPlan{Title: "План дій 2025–2026", PeriodFrom: "2025-01", PeriodTo: "2026-12", SubmittedOn: "2025-03-15"})
	if err != nil {
		t.Fatal(err)
	}
	c.PlanID, c.OGPID = plan, "UAKLY0006"
	if c.Title == "" {
		c.Title = "Онлайн-дашборд якості міських послуг"
	}
	f := fixture{s: s}
	if f.commitment, err = s.CreateCommitment(ctx, c); err != nil {
		t.Fatal(err)
	}
	for _, ms := range []store.Milestone{
		{Deliverable: "Перелік показників", EndDate: "2025-06-30", DoneOn: "2025-06-20"},
		{Deliverable: "Бета-версія дашборду", EndDate: "2025-12-01"},
		{Deliverable: "Відкриті дані", EndDate: "2026-06-30"},
	} {
		ms.CommitmentID = f.commitment
		id, err := s.CreateMilestone(ctx, ms)
		if err != nil {
			t.Fatal(err)
		}
		f.milestones = append(f.milestones, id)
	}
	m, err := s.CreateMeeting(ctx, store.Meeting{Date: "2026-02-20", StartTime: "10:00", Place: "Мала зала"})
	if err != nil {
		t.Fatal(err)
	}
	f.meeting = m.ID
	if _, err := s.CreateAgendaItem(ctx, store.AgendaItem{MeetingID: m.ID, Title: "Про стан дашборду", Kind: store.ItemInformation,
		CommitmentID: f.commitment}); err != nil {
		t.Fatal(err)
	}
	return f
}

// screen is the commitment detail under test with what it sent to the root.
type screen struct {
	t      *testing.T
	m      Model
	sent   []tea.Msg
	status []string
}

func open(t *testing.T, f fixture, w, h int) *screen {
	t.Helper()
	return openIn(t, f, w, h, "uk")
}

// openIn opens the screen in the given language.
func openIn(t *testing.T, f fixture, w, h int, lang i18n.Lang) *screen {
	t.Helper()
	c := common.Common{Width: w, Height: h, Styles: theme.DefaultStyles(), Lang: lang, T: i18n.New(lang), Store: f.s,
		Now: func() time.Time { return testNow }}
	sc := &screen{t: t, m: New(c, f.commitment)}
	sc.pump(sc.m.Init())
	if !sc.m.loaded {
		t.Fatalf("not loaded; status %v", sc.status)
	}
	return sc
}

// pump runs cmd; status lines and Open messages are kept, the rest goes to the screen
// (DataChangedMsg too, as the root broadcasts it).
func (sc *screen) pump(cmd tea.Cmd) {
	screentest.Drain(cmd, func(msg tea.Msg) tea.Cmd {
		switch msg := msg.(type) {
		case common.StatusMsg:
			sc.status = append(sc.status, msg.Text)
			return nil
		case common.OpenMeetingMsg:
			sc.sent = append(sc.sent, msg)
			return nil
		}
		var next tea.Cmd
		sc.m, next = sc.m.Update(msg)
		return next
	})
}

func (sc *screen) keys(keys ...string) {
	for _, k := range keys {
		var cmd tea.Cmd
		sc.m, cmd = sc.m.Update(screentest.Key(k))
		sc.pump(cmd)
	}
}

func (sc *screen) typeText(s string) {
	var cmd tea.Cmd
	sc.m, cmd = sc.m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
	sc.pump(cmd)
}

// checkFits fails when a line of v is wider than w or v is taller than h.
func checkFits(t *testing.T, what string, v string, w, h int) {
	t.Helper()
	if n := lipgloss.Height(v); n > h {
		t.Errorf("%s %dx%d: %d lines", what, w, h, n)
	}
	for _, l := range strings.Split(v, "\n") {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("%s %dx%d: line %d wide: %q", what, w, h, n, l)
		}
	}
}
