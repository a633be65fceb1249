package live

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// council14 is a council of 14 with a draft meeting of two items; 13 members present.
type council14 struct {
	path    string
	st      *store.Store
	meeting store.Meeting
	items   []int64
	members map[string]int64
}

var names14 = []string{
	"Бондар Олег Іванович", "Гнатюк Марія Степанівна", "Дмитренко Андрій Олегович", "Коваленко Ірина Петрівна",
	"Кравчук Тарас Миколайович", "Лисенко Ольга Василівна", "Мельник Петро Андрійович", "Олійник Світлана Юріївна",
	"Павленко Юрій Сергійович", "Руденко Наталія Ігорівна", "Савчук Богдан Романович", "Ткачук Олена Вікторівна",
	"Шевчук Василь Григорович", "Яковенко Леся Михайлівна",
}

func openStore(t *testing.T, path string) *store.Store {
	return screentest.OpenStore(t, path, "secretary", screentest.Now)
}

func newCouncil14(t *testing.T) council14 {
	t.Helper()
	ctx := context.Background()
	c := council14{path: filepath.Join(t.TempDir(), "council.db"), members: map[string]int64{}}
	c.st = openStore(t, c.path)
	if err := c.st.FoundCouncil(ctx, store.DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	for i, n := range names14 {
		side, role := store.SideGovernment, store.RoleMember
		if i%2 == 1 {
			side = store.SideCivil
		}
		switch n {
		case "Бондар Олег Іванович":
			role = store.RoleCoChair
		case "Гнатюк Марія Степанівна":
			role = store.RoleCoChair
		case "Ткачук Олена Вікторівна":
			role = store.RoleSecretary
		}
		id, err := c.st.CreateMember(ctx, store.Member{FullName: n, Side: side, Role: role, Sector: store.SectorOther})
		if err != nil {
			t.Fatal(err)
		}
		c.members[n] = id
	}
	m, err := c.st.CreateMeeting(ctx, store.Meeting{Date: "2026-03-12", StartTime: "10:00", PresidingID: c.members["Бондар Олег Іванович"]})
	if err != nil {
		t.Fatal(err)
	}
	c.meeting = m
	for i, title := range []string{"Про стан виконання Плану дій на 2025–2026 роки", "Різне"} {
		it, err := c.st.CreateAgendaItem(ctx, store.AgendaItem{MeetingID: m.ID, Title: title, Kind: store.ItemDecision,
			ReporterMemberID: c.members["Лисенко Ольга Василівна"]})
		if err != nil || it.Position != i+1 {
			t.Fatalf("item %d at %d: %v", i+1, it.Position, err)
		}
		c.items = append(c.items, it.ID)
	}
	if err := c.st.SetAttendance(ctx, m.ID, c.members["Яковенко Леся Михайлівна"], store.PresenceAbsent, ""); err != nil {
		t.Fatal(err)
	}
	return c
}

// host stands in for the root: it runs the screen and shows the status line under it.
type host struct {
	m      Model
	status string
}

func (h host) Init() tea.Cmd { return h.m.Init() }

func (h host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case common.StatusMsg:
		h.status = msg.Text
		return h, nil
	case common.OpenMeetingMsg, common.BackMsg:
		return h, nil
	case tea.KeyMsg:
		if msg.String() == "ctrl+c" {
			return h, tea.Quit
		}
	}
	var cmd tea.Cmd
	h.m, cmd = h.m.Update(msg)
	return h, cmd
}

func (h host) View() string { return h.m.View() + "\n" + h.status }

func member(c council14, name string) string { return fmt.Sprint(c.members[name]) }

func contains(s string, subs ...string) error {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return fmt.Errorf("missing %q in:\n%s", sub, s)
		}
	}
	return nil
}
