package members

import (
	"context"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

func TestLeaveEscAsksOnlyWhenSomethingWasTyped(t *testing.T) {
	c := newCommon(t, "uk")
	id := addMember(t, c, "Петренко Олена", store.SideCivil, store.RoleMember)
	p, _ := c.Store.GetMember(context.Background(), id)

	out := &outbox{}
	press(t, NewLeave(c, p), out, "esc")
	if !out.back {
		t.Fatal("esc on an untouched leaving form goes back")
	}

	out = &outbox{}
	l := press(t, NewLeave(c, p), out, "tab", "власне бажання", "esc")
	if out.back || !strings.Contains(l.View(), "Скасувати зміни?") {
		t.Fatalf("esc after typing a reason must ask:\n%s", l.View())
	}
	l = press(t, l, out, "n")
	if out.back || *l.reason != "власне бажання" || strings.Contains(l.View(), "Скасувати зміни?") {
		t.Fatalf("answering no keeps the form and the reason:\n%s", l.View())
	}
	l = press(t, l, out, "esc", "y")
	if !out.back || out.changed {
		t.Fatal("answering yes goes back without saving")
	}
	if got, _ := c.Store.GetMember(context.Background(), id); !got.Active {
		t.Fatalf("the member left although the form was discarded: %+v", got)
	}

	out = &outbox{}
	l = press(t, NewLeave(c, p), out, "backspace", "esc")
	if out.back || !strings.Contains(l.View(), "Скасувати зміни?") {
		t.Fatalf("esc after changing the date must ask:\n%s", l.View())
	}
}
