package settings

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
	"github.com/muesli/termenv"
)

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

func newCommon(t *testing.T) common.Common {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "council.db"), store.WithActor("test"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.FoundCouncil(context.Background(), store.DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	return common.Common{Width: 80, Height: 19, Styles: theme.DefaultStyles(), Lang: "uk", T: i18n.New("uk"),
		Store: s, Now: time.Now}
}

func TestSettingsEditedThroughTheForm(t *testing.T) {
	c := newCommon(t)
	out := &outbox{}
	m := New(c)
	m = run(t, m, m.Init(), out)
	m = press(t, m, out, "e")
	if len(out.pushed) != 1 {
		t.Fatal("e opens the form")
	}
	f, ok := common.Unwrap[Form](out.pushed[0])
	if !ok {
		t.Fatal("not the settings form")
	}
	fo := &outbox{}
	// Type the city (the sixth field), then choose numbering within the term without a label.
	f = press(t, f, fo, "tab", "tab", "tab", "tab", "tab", "м. Хмельницький")
	f.vals.Numbering, f.vals.UILang = store.NumberingTerm, "en"
	f = press(t, f, fo, "ctrl+s")
	if f.FieldError("term_label") != "Обов'язкове поле" || fo.back {
		t.Fatalf("term label: %q", f.FieldError("term_label"))
	}
	if f.Council().CityUK != "м. Хмельницький" || !strings.Contains(f.View(), "Обов'язкове поле") {
		t.Fatalf("typed city lost or no message:\n%s", f.View())
	}
	f = press(t, f, fo, "2025–2027", "ctrl+s")
	if !fo.back || !fo.changed || !fo.councilReload {
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
	out := &outbox{}
	f := press(t, NewForm(c, council), out, "esc")
	if !out.back {
		t.Fatal("unchanged: esc goes back")
	}
	out = &outbox{}
	f = press(t, NewForm(c, council), out, " 2", "esc")
	if out.back || !strings.Contains(f.View(), "Скасувати зміни налаштувань?") {
		t.Fatalf("changed: esc asks\n%s", f.View())
	}
	f = press(t, f, out, "y")
	if !out.back {
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
		m = run(t, m, m.Init(), &outbox{})
		fits(t, "settings", m.SetSize(w, h).View(), w, h)
		fits(t, "form", NewForm(c, council).SetSize(w, h).View(), w, h)
	}
}

// A long label wraps beside its value instead of losing its end ("Потрібен представник гром…").
func TestSettingsLongLabelWraps(t *testing.T) {
	c := newCommon(t)
	c.Height = 40
	m := New(c)
	m = run(t, m, m.Init(), &outbox{})
	v := m.SetSize(80, 40).View()
	if !strings.Contains(v, "громадськості") || strings.Contains(v, "гром…") {
		t.Fatalf("the label is cut:\n%s", v)
	}
}
