package members

import (
	"context"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

func TestLeaveEscAsksOnlyWhenSomethingWasTyped(t *testing.T) {
	c := newCommon(t, "uk")
	id := addMember(t, c, "Петренко Олена", store.SideCivil, store.RoleMember)
	p, _ := c.Store.GetMember(context.Background(), id)

	out := &screentest.Outbox{}
	screentest.Press(t, NewLeave(c, p), out, "esc")
	if !out.Back {
		t.Fatal("esc on an untouched leaving form goes back")
	}

	out = &screentest.Outbox{}
	l := screentest.Press(t, NewLeave(c, p), out, "tab", "власне бажання", "esc")
	if out.Back || !strings.Contains(l.View(), "Скасувати зміни?") {
		t.Fatalf("esc after typing a reason must ask:\n%s", l.View())
	}
	l = screentest.Press(t, l, out, "n")
	if out.Back || *l.reason != "власне бажання" || strings.Contains(l.View(), "Скасувати зміни?") {
		t.Fatalf("answering no keeps the form and the reason:\n%s", l.View())
	}
	l = screentest.Press(t, l, out, "esc", "y")
	if !out.Back || out.Changed {
		t.Fatal("answering yes goes back without saving")
	}
	if got, _ := c.Store.GetMember(context.Background(), id); !got.Active {
		t.Fatalf("the member left although the form was discarded: %+v", got)
	}

	out = &screentest.Outbox{}
	l = screentest.Press(t, NewLeave(c, p), out, "backspace", "esc")
	if out.Back || !strings.Contains(l.View(), "Скасувати зміни?") {
		t.Fatalf("esc after changing the date must ask:\n%s", l.View())
	}
}
