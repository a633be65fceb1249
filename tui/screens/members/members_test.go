package members

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

func loadedList(t *testing.T, c common.Common) (Model, *screentest.Outbox) {
	t.Helper()
	out := &screentest.Outbox{}
	m := New(c)
	m = screentest.Run(t, m, m.Init(), out)
	return m, out
}

func TestListFiltersByLowerCaseCyrillic(t *testing.T) {
	c := newCommon(t, "uk")
	addMember(t, c, "Петренко Олена", store.SideCivil, store.RoleMember)
	addMember(t, c, "Коваль Андрій", store.SideGovernment, store.RoleMember)
	addMember(t, c, "Бондар Ірина", store.SideGovernment, store.RoleMember)
	m, out := loadedList(t, c)
	if m.Summary() != "3 члени: 2 влада, 1 громадськість" {
		t.Errorf("count line %q", m.Summary())
	}
	m = screentest.Press(t, m, out, "/", "олен")
	if !m.Capturing() || m.Table().Len() != 1 {
		t.Fatalf("filter: capturing %v, %d rows", m.Capturing(), m.Table().Len())
	}
	m = screentest.Press(t, m, out, "enter")
	row, _ := m.Table().Selected()
	if m.Capturing() || row.Cells[0] != "Петренко Олена" || !strings.Contains(m.View(), "Петренко Олена") {
		t.Fatalf("selected %v", row.Cells)
	}
	m = screentest.Press(t, m, out, "enter")
	if len(out.Sent) != 1 {
		t.Error("enter opens the member's page")
	} else if _, ok := out.Sent[0].(common.OpenMemberMsg); !ok {
		t.Errorf("enter sent %#v, want OpenMemberMsg", out.Sent[0])
	}
}

func TestCompositionWarning(t *testing.T) {
	c := newCommon(t, "uk")
	for _, n := range []string{"А", "Б", "В"} {
		addMember(t, c, "Влада "+n, store.SideGovernment, store.RoleMember)
	}
	addMember(t, c, "Громада А", store.SideCivil, store.RoleMember)
	m, _ := loadedList(t, c)
	if !strings.Contains(m.View(), "Склад незбалансований: влада — 3 з 4, більше двох третин") {
		t.Errorf("no warning:\n%s", m.View())
	}
	addMember(t, c, "Громада Б", store.SideCivil, store.RoleMember)
	m, _ = loadedList(t, c)
	if strings.Contains(m.View(), "незбалансований") {
		t.Error("3 of 5 is balanced")
	}
}

func TestFormRefusedForBadEmailKeepsWhatWasTyped(t *testing.T) {
	c := newCommon(t, "uk")
	out := &screentest.Outbox{}
	f := NewForm(c, store.Member{})
	f = screentest.Press(t, f, out, "Олена Петренко", "tab", "Голова правління", "tab", "ГО «Світло»", "tab",
		"tab", "tab", "tab", "olena@", "tab", "+380 67 123 45 67")
	f = screentest.Press(t, f, out, "ctrl+s")
	if out.Back || out.Changed {
		t.Fatal("a refused form must stay open")
	}
	if f.FieldError("email") != "Неправильна адреса електронної пошти" {
		t.Errorf("email message %q", f.FieldError("email"))
	}
	got := f.Member()
	if got.FullName != "Олена Петренко" || got.Position != "Голова правління" || got.Organisation != "ГО «Світло»" ||
		got.Email != "olena@" || got.Phone != "+380 67 123 45 67" {
		t.Fatalf("typed values lost: %+v", got)
	}
	v := f.View()
	for _, want := range []string{"Неправильна адреса електронної пошти", "olena@"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	if len(out.Status) == 0 || !out.Status[0].Err {
		t.Error("the status line says why")
	}
	// The focus is on the email field: fix it and save.
	f = screentest.Press(t, f, out, "example.org", "ctrl+s")
	if !out.Back || !out.Changed {
		t.Fatalf("not saved: %q", f.FieldError("email"))
	}
	ms, _ := c.Store.ListMembers(context.Background(), store.MemberFilter{})
	if len(ms) != 1 || ms[0].Email != "olena@example.org" || ms[0].Position != "Голова правління" {
		t.Fatalf("%+v", ms)
	}
}

func TestFormRolesAndDatesRefusedBesideTheField(t *testing.T) {
	c := newCommon(t, "uk")
	addMember(t, c, "Секретар Перший", store.SideGovernment, store.RoleSecretary)
	out := &screentest.Outbox{}
	f := NewForm(c, store.Member{})
	f.vals.FullName, f.vals.Role, f.vals.TermFrom, f.vals.TermTo = "Друга Секретарка", store.RoleSecretary, "01.02.2026", "2026-01-01"
	f = screentest.Press(t, f, out, "ctrl+s")
	if f.FieldError("term_to") != "Кінець повноважень раніше за початок" {
		t.Errorf("term order: %q", f.FieldError("term_to"))
	}
	f.vals.TermTo = ""
	f = screentest.Press(t, f, out, "ctrl+s")
	if f.FieldError("role") != "У раді вже є секретар" || f.FieldError("term_to") != "" {
		t.Errorf("role: %q, term_to %q", f.FieldError("role"), f.FieldError("term_to"))
	}
	if f.vals.TermFrom != "01.02.2026" {
		t.Errorf("the date as typed is kept: %q", f.vals.TermFrom)
	}
}

func TestFormEscAsksOnlyWhenChanged(t *testing.T) {
	c := newCommon(t, "uk")
	id := addMember(t, c, "Петренко Олена", store.SideCivil, store.RoleMember)
	p, _ := c.Store.GetMember(context.Background(), id)
	out := &screentest.Outbox{}
	f := screentest.Press(t, NewForm(c, p), out, "esc")
	if !out.Back {
		t.Fatal("esc on an unchanged form goes back")
	}
	out = &screentest.Outbox{}
	f = screentest.Press(t, NewForm(c, p), out, " Іванівна", "esc")
	if out.Back || !strings.Contains(f.View(), "Скасувати зміни?") {
		t.Fatalf("esc with changes must ask:\n%s", f.View())
	}
	f = screentest.Press(t, f, out, "n")
	if out.Back || f.Member().FullName != "Петренко Олена Іванівна" {
		t.Fatal("answering no keeps the form and what was typed")
	}
	f = screentest.Press(t, f, out, "ctrl+s")
	if got, _ := c.Store.GetMember(context.Background(), id); got.FullName != "Петренко Олена Іванівна" || !out.Back {
		t.Fatalf("edit not saved: %+v", got)
	}
}

func TestDeleteMemberWithoutRecords(t *testing.T) {
	c := newCommon(t, "uk")
	addMember(t, c, "Помилково Доданий", store.SideCivil, store.RoleMember)
	m, out := loadedList(t, c)
	m = screentest.Press(t, m, out, "d")
	if !strings.Contains(m.View(), "не згадується в жодному записі") {
		t.Fatalf("no question:\n%s", m.View())
	}
	m = screentest.Press(t, m, out, "y")
	if !out.Changed {
		t.Fatal("not deleted")
	}
	if ms, _ := c.Store.ListMembers(context.Background(), store.MemberFilter{}); len(ms) != 0 {
		t.Fatalf("%+v", ms)
	}
}

func TestLeaveTheCouncil(t *testing.T) {
	c := newCommon(t, "uk")
	id := addMember(t, c, "Петренко Олена", store.SideCivil, store.RoleMember)
	m, out := loadedList(t, c)
	m = screentest.Press(t, m, out, "d", "n") // no record names her: "delete?" — no, she leaves instead
	if !strings.Contains(m.View(), "вибуває з ради?") {
		t.Fatalf("no leave question:\n%s", m.View())
	}
	m = screentest.Press(t, m, out, "y")
	if len(out.Pushed) != 1 {
		t.Fatal("the leaving form did not open")
	}
	l, ok := common.Unwrap[Leave](out.Pushed[0])
	if !ok {
		t.Fatal("not the leaving form")
	}
	lo := &screentest.Outbox{}
	l = screentest.Press(t, l, lo, "tab", "ctrl+s")
	if l.form.Error("leave_reason") == "" || !strings.Contains(l.View(), "Обов'язкове поле") || lo.Back {
		t.Fatalf("a reason is required:\n%s", l.View())
	}
	l = screentest.Press(t, l, lo, "власне бажання", "enter")
	if !lo.Back || !lo.Changed {
		t.Fatalf("not saved:\n%s", l.View())
	}
	p, _ := c.Store.GetMember(context.Background(), id)
	if p.Active || p.TermTo != "2026-03-12" || p.LeaveReason != "власне бажання" {
		t.Fatalf("%+v", p)
	}
}

func TestDetailShowsTheMember(t *testing.T) {
	c := newCommon(t, "uk")
	id, err := c.Store.CreateMember(context.Background(), store.Member{FullName: "Петренко Олена", Side: store.SideCivil,
		Role: store.RoleCoChair, Sector: store.SectorNGO, Email: "olena@example.org", TermFrom: "2025-01-15"})
	if err != nil {
		t.Fatal(err)
	}
	out := &screentest.Outbox{}
	d := NewDetail(c, id)
	d = screentest.Run(t, d, d.Init(), out)
	v := d.View()
	for _, want := range []string{"Петренко Олена", "olena@example.org", "з 15.01.2025", "Співголова: 15.01.2025 – дотепер",
		"Засідань із відміченою присутністю не було.", "Голосування (0)", "Доручення (0)"} {
		if !strings.Contains(v, want) {
			t.Errorf("detail lacks %q:\n%s", want, v)
		}
	}
	d = screentest.Press(t, d, out, "e")
	if len(out.Pushed) != 1 {
		t.Error("e opens the form")
	}
}

func TestLayoutFits(t *testing.T) {
	c := newCommon(t, "uk")
	for i, n := range []string{"Петренко Олена Іванівна", "Коваль Андрій Васильович", "Бондар Ірина"} {
		side := store.SideGovernment
		if i == 0 {
			side = store.SideCivil
		}
		addMember(t, c, n, side, store.RoleMember)
	}
	id := addMember(t, c, "Довге Ім'я Якого Вистачить На Весь Рядок І Ще Трохи Більше За Вісімдесят Знаків", store.SideGovernment, store.RoleMember)
	p, _ := c.Store.GetMember(context.Background(), id)
	for _, size := range [][2]int{{40, 10}, {80, 24}, {120, 40}, {200, 60}} {
		w, h := size[0], size[1]
		c.Width, c.Height = w, h
		list, _ := loadedList(t, c)
		screentest.Fits(t, "list", list.SetSize(w, h).View(), w, h)
		screentest.Fits(t, "form", NewForm(c, p).SetSize(w, h).View(), w, h)
		screentest.Fits(t, "leave", NewLeave(c, p).SetSize(w, h).View(), w, h)
		d := NewDetail(c, id)
		d = screentest.Run(t, d, d.Init(), &screentest.Outbox{})
		screentest.Fits(t, "detail", d.SetSize(w, h).View(), w, h)
	}
	_ = tea.KeyMsg{}
}

// A former member named in no record is asked about deleting only: "no" changes nothing,
// so the question must not promise "no — record leaving".
func TestDeleteFormerMemberAsksPlainly(t *testing.T) {
	c := newCommon(t, "uk")
	id := addMember(t, c, "Петренко Олена", store.SideCivil, store.RoleMember)
	if err := c.Store.LeaveCouncil(context.Background(), id, "2026-03-01", "переїзд"); err != nil {
		t.Fatal(err)
	}
	m, out := loadedList(t, c)
	m = screentest.Press(t, m, out, "d")
	if v := m.View(); !strings.Contains(v, "Видалити назавжди?") || strings.Contains(v, "оформити вибуття") {
		t.Fatalf("question:\n%s", v)
	}
	m = screentest.Press(t, m, out, "n")
	if len(out.Pushed) != 0 || m.confirm.Active() {
		t.Fatalf("answering no must change nothing:\n%s", m.View())
	}
}
