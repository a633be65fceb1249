package members

import (
	"context"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// esc on "Delete for good?" drops the whole action; n goes on to the leaving question.
func TestDeleteQuestionEscCancelsNGoesOnToLeaving(t *testing.T) {
	c := newCommon(t, "uk")
	addMember(t, c, "Петренко Олена", store.SideCivil, store.RoleMember)
	m, out := loadedList(t, c)
	m = screentest.Press(t, m, out, "d")
	if v := m.View(); !strings.Contains(v, "esc скасувати") || !strings.Contains(v, "n ні") {
		t.Fatalf("the dialog does not tell n from esc:\n%s", v)
	}
	m = screentest.Press(t, m, out, "esc")
	if m.confirm.Active() || len(out.Pushed) != 0 {
		t.Fatalf("esc must cancel at once:\n%s", m.View())
	}
	m = screentest.Press(t, m, out, "d", "n")
	if !m.confirm.Active() || !strings.Contains(m.View(), "вибуває з ради?") {
		t.Fatalf("n must go on to leaving:\n%s", m.View())
	}
	m = screentest.Press(t, m, out, "esc")
	if m.confirm.Active() || len(out.Pushed) != 0 {
		t.Fatalf("esc on the leaving question:\n%s", m.View())
	}
}

// A former member's status reads the same for women and men, in the table and the heading.
func TestFormerMemberWordingIsNeutral(t *testing.T) {
	for _, tc := range []struct {
		lang        i18n.Lang
		cell, title string
	}{
		{"uk", "колишній член", "Петренко Олена (колишній член ради, вибуття 01.03.2026)"},
		{"en", "former", "Петренко Олена (former member, left on 2026-03-01)"},
	} {
		c := newCommon(t, tc.lang)
		id := addMember(t, c, "Петренко Олена", store.SideCivil, store.RoleMember)
		if err := c.Store.LeaveCouncil(context.Background(), id, "2026-03-01", "переїзд"); err != nil {
			t.Fatal(err)
		}
		m, _ := loadedList(t, c)
		if r, _ := m.Table().Selected(); r.Cells[3] != tc.cell || !strings.Contains(m.View(), tc.cell) {
			t.Errorf("%s: cell %q, view:\n%s", tc.lang, r.Cells[3], m.View())
		}
		d := NewDetail(c, id)
		d = screentest.Run(t, d, d.Init(), &screentest.Outbox{})
		if d.Title() != tc.title {
			t.Errorf("%s: heading %q, want %q", tc.lang, d.Title(), tc.title)
		}
	}
}
