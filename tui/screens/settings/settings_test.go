package settings

import (
	"context"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

func newCommon(t *testing.T) common.Common {
	t.Helper()
	return screentest.Common(screentest.NewCouncil(t, "test", screentest.Now), "uk", 80, 19, screentest.Now)
}

func TestSettingsEditedThroughTheForm(t *testing.T) {
	c := newCommon(t)
	out := &screentest.Outbox{}
	m := New(c)
	m = screentest.Run(t, m, m.Init(), out)
	m = screentest.Press(t, m, out, "e")
	if len(out.Pushed) != 1 {
		t.Fatal("e opens the form")
	}
	f, ok := common.Unwrap[Form](out.Pushed[0])
	if !ok {
		t.Fatal("not the settings form")
	}
	fo := &screentest.Outbox{}
	// Type the city (the sixth field), then choose numbering within the term without a label.
	f = screentest.Press(t, f, fo, "tab", "tab", "tab", "tab", "tab", "м. Хмельницький")
	f.vals.Numbering, f.vals.UILang = store.NumberingTerm, "en"
	f = screentest.Press(t, f, fo, "ctrl+s")
	if f.FieldError("term_label") != "Обов'язкове поле" || fo.Back {
		t.Fatalf("term label: %q", f.FieldError("term_label"))
	}
	if f.Council().CityUK != "м. Хмельницький" || !strings.Contains(f.View(), "Обов'язкове поле") {
		t.Fatalf("typed city lost or no message:\n%s", f.View())
	}
	f = screentest.Press(t, f, fo, "2025–2027", "ctrl+s")
	if !fo.Back || !fo.Changed || !fo.CouncilFounded {
		t.Fatalf("not saved: %+v", fo)
	}
	got, _ := c.Store.GetCouncil(context.Background())
	if got.CityUK != "м. Хмельницький" || got.Numbering != store.NumberingTerm || got.TermLabel != "2025–2027" || got.UILang != i18n.English {
		t.Fatalf("%+v", got)
	}
	if j, _ := c.Store.ListJournal(context.Background(), "council", 1, 5); len(j) != 2 || j[0].Action != "update" {
		t.Fatalf("the change is journaled: %+v", j)
	}
}

func TestSettingsFormEscAsksWhenChanged(t *testing.T) {
	c := newCommon(t)
	council, _ := c.Store.GetCouncil(context.Background())
	out := &screentest.Outbox{}
	f := screentest.Press(t, NewForm(c, council, 1), out, "esc")
	if !out.Back {
		t.Fatal("unchanged: esc goes back")
	}
	out = &screentest.Outbox{}
	f = screentest.Press(t, NewForm(c, council, 1), out, " 2", "esc")
	if out.Back || !strings.Contains(f.View(), "Скасувати зміни? Введене буде втрачено.") {
		t.Fatalf("changed: esc asks\n%s", f.View())
	}
	f = screentest.Press(t, f, out, "y")
	if !out.Back {
		t.Fatal("yes goes back")
	}
}

func TestSettingsLayoutFits(t *testing.T) {
	c := newCommon(t)
	council, _ := c.Store.GetCouncil(context.Background())
	for _, size := range [][2]int{{40, 10}, {80, 24}, {120, 40}, {200, 60}} {
		w, h := size[0], size[1]
		c.Width, c.Height = w, h
		m := New(c)
		m = screentest.Run(t, m, m.Init(), &screentest.Outbox{})
		screentest.Fits(t, "settings", m.SetSize(w, h).View(), w, h)
		screentest.Fits(t, "form", NewForm(c, council, 1).SetSize(w, h).View(), w, h)
	}
}

// A long label wraps beside its value instead of losing its end ("Потрібен представник гром…").
func TestSettingsLongLabelWraps(t *testing.T) {
	c := newCommon(t)
	c.Height = 40
	m := New(c)
	m = screentest.Run(t, m, m.Init(), &screentest.Outbox{})
	v := m.SetSize(80, 40).View()
	if !strings.Contains(v, "громадськості") || strings.Contains(v, "гром…") {
		t.Fatalf("the label is cut:\n%s", v)
	}
}

// The number of backups to keep is a field of the form, refused beside it when it is not a
// number from 1 to 365; the view shows it with the newest backup.
func TestSettingsBackups(t *testing.T) {
	c := newCommon(t)
	c.Height = 40
	m := New(c)
	m = screentest.Run(t, m, m.Init(), &screentest.Outbox{})
	v := m.SetSize(80, 40).View()
	if !strings.Contains(v, "Резервних копій зберігати") || !strings.Contains(v, "14") || !strings.Contains(v, "ще немає") {
		t.Fatalf("the view without backups:\n%s", v)
	}
	council, _ := c.Store.GetCouncil(context.Background())
	fo := &screentest.Outbox{}
	f := NewForm(c, council, 1)
	for i := 0; f.form.Focused() != "backups_keep"; i++ {
		if i > 30 {
			t.Fatal("no backups_keep field in the form")
		}
		f = screentest.Press(t, f, fo, "tab")
	}
	f = screentest.Press(t, f, fo, "backspace", "backspace", "x", "ctrl+s")
	if f.FieldError("backups_keep") != "Число від 1 до 365" || fo.Back {
		t.Fatalf("keep x: %q\n%s", f.FieldError("backups_keep"), f.View())
	}
	f = screentest.Press(t, f, fo, "backspace", "3", "ctrl+s")
	if got, _ := c.Store.GetCouncil(context.Background()); !fo.Back || got.BackupsKeep != 3 {
		t.Fatalf("keep 3: saved %d, back %v", got.BackupsKeep, fo.Back)
	}
	if _, _, err := c.Store.DailyBackup(context.Background(), screentest.Now); err != nil {
		t.Fatal(err)
	}
	m = screentest.Run(t, m, m.Init(), &screentest.Outbox{})
	if v := m.SetSize(80, 40).View(); !strings.Contains(v, "backups/council-"+screentest.Now.Format(store.DateLayout)+".db") {
		t.Fatalf("the view after a backup:\n%s", v)
	}
}

func TestSettingsPrintShapeSavedAndShown(t *testing.T) {
	c := newCommon(t)
	out := &screentest.Outbox{}
	m := New(c)
	m = screentest.Run(t, m, m.Init(), out)
	m = screentest.Press(t, m, out, "e")
	f, ok := common.Unwrap[Form](out.Pushed[0])
	if !ok {
		t.Fatal("not the settings form")
	}
	fo := &screentest.Outbox{}
	f.vals.HeaderLayout, f.vals.TimeStyle, f.vals.VoteOrder = store.HeaderCityLeft, store.TimeDash, store.VotedFirst
	f.vals.Attendance, f.vals.TotalLine = store.AttendanceCounts, true
	f = screentest.Press(t, f, fo, "ctrl+s")
	if !fo.Back {
		t.Fatalf("not saved: %+v", fo)
	}
	got, _ := c.Store.GetCouncil(context.Background())
	if got.HeaderLayout != store.HeaderCityLeft || got.TimeStyle != store.TimeDash || got.VoteOrder != store.VotedFirst ||
		got.Attendance != store.AttendanceCounts || !got.TotalLine {
		t.Fatalf("%+v", got)
	}
	c.Height = 40
	m = New(c)
	m = screentest.Run(t, m, m.Init(), &screentest.Outbox{})
	view := m.SetSize(80, 40).View()
	for _, want := range []string{"Місто ліворуч", "11-00 год.", "«Голосували», потім ВИРІШИЛИ", "Кількість, список — додатком"} {
		if !strings.Contains(view, want) {
			t.Errorf("settings do not show %q:\n%s", want, view)
		}
	}
}
