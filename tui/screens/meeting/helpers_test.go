package meeting

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
	"github.com/muesli/termenv"
)

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

var testNow = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

// council is a test council: two co-chairs, a secretary and members, in a file.
type council struct {
	path          string
	gov, civ, sec int64
	members       []int64 // every member, co-chairs and secretary included
	meetingID     int64
}

func newCouncil(t *testing.T, others int) council {
	t.Helper()
	c := council{path: filepath.Join(t.TempDir(), "council.db")}
	s := openAs(t, c.path, "Коваль Марія")
	ctx := context.Background()
	if err := s.FoundCouncil(ctx, store.DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	add := func(name string, side store.Side, role store.Role) int64 {
		id, err := s.CreateMember(ctx, store.Member{FullName: name, Side: side, Role: role, Sector: store.SectorOther})
		if err != nil {
			t.Fatal(err)
		}
		c.members = append(c.members, id)
		return id
	}
	c.gov = add("Іваненко Іван Іванович", store.SideGovernment, store.RoleCoChair)
	c.civ = add("Петренко Олена Іванівна", store.SideCivil, store.RoleCoChair)
	c.sec = add("Коваль Марія Петрівна", store.SideGovernment, store.RoleSecretary)
	names := []string{"Бондар Андрій", "Гончар Ірина", "Дмитренко Олег", "Єременко Ніна", "Жук Павло", "Зінченко Оксана", "Кравець Богдан"}
	for i := range min(others, len(names)) {
		side := store.SideGovernment
		if i%2 == 1 {
			side = store.SideCivil
		}
		add(names[i], side, store.RoleMember)
	}
	m, err := s.ScheduleMeeting(ctx, store.Meeting{Date: "2026-03-12", StartTime: "10:00", Place: "Мала зала", PresidingID: c.gov, SecretaryID: c.sec})
	if err != nil {
		t.Fatal(err)
	}
	c.meetingID = m.ID
	return c
}

func openAs(t *testing.T, path, actor string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), path, store.WithActor(actor), store.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func commonFor(s *store.Store, lang i18n.Lang, w, h int) common.Common {
	return common.Common{Width: w, Height: h, Styles: theme.DefaultStyles(), Lang: lang, T: i18n.New(lang), Store: s,
		Now: func() time.Time { return testNow }}
}

// screen is a meeting screen under test with the status lines it produced.
type screen struct {
	t      *testing.T
	m      Model
	status []string
}

func open(t *testing.T, s *store.Store, id int64, w, h int) *screen {
	t.Helper()
	sc := &screen{t: t, m: New(commonFor(s, "uk", w, h), id)}
	sc.m = sc.m.SetSize(w, h)
	sc.pump(sc.m.Init())
	if !sc.m.loaded {
		t.Fatalf("not loaded: %v", sc.m.err)
	}
	return sc
}

// pump runs a command and feeds back the messages the screen handles; status lines are kept.
func (sc *screen) pump(cmd tea.Cmd) {
	screentest.Drain(cmd, func(msg tea.Msg) tea.Cmd {
		if st, ok := msg.(common.StatusMsg); ok {
			sc.status = append(sc.status, st.Text)
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

func (sc *screen) lastStatus() string {
	if len(sc.status) == 0 {
		return ""
	}
	return sc.status[len(sc.status)-1]
}
