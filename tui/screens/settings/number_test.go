package settings

import (
	"context"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// Settings show and set the next protocol number of the current series (a council that
// adopts Rada after its fourth meeting continues at № 5); a number a meeting of the series
// already has is refused beside the field, naming the meeting.
func TestSettingsSetTheNextProtocolNumber(t *testing.T) {
	c := newCommon(t)
	ctx := context.Background()
	out := &screentest.Outbox{}
	m := New(c)
	m = screentest.Run(t, m, m.Init(), out)
	if v := m.View(); !strings.Contains(v, "Наступний № протоколу") || !strings.Contains(v, "(2026)") {
		t.Fatalf("the view lacks the next number:\n%s", v)
	}
	m = screentest.Press(t, m, out, "e")
	f, ok := common.Unwrap[Form](out.Pushed[0])
	if !ok {
		t.Fatal("not the settings form")
	}
	fo := &screentest.Outbox{}
	*f.next = "5"
	f = screentest.Press(t, f, fo, "ctrl+s")
	if !fo.Back {
		t.Fatalf("not saved: %q", f.FieldError("next_number"))
	}
	mt, err := c.Store.ScheduleMeeting(ctx, store.Meeting{Date: "2026-04-16", StartTime: "10:00", Place: "Мала зала"})
	if err != nil || mt.Number != 5 {
		t.Fatalf("the first meeting after the setting: %+v, %v", mt, err)
	}

	council, _ := c.Store.GetCouncil(ctx)
	f, fo = NewForm(c, council, 6), &screentest.Outbox{}
	*f.next = "5"
	f = screentest.Press(t, f, fo, "ctrl+s")
	if fo.Back || !strings.Contains(f.FieldError("next_number"), "№ 5 уже має засідання 16.04.2026") {
		t.Fatalf("a number in use: back %v, %q", fo.Back, f.FieldError("next_number"))
	}
	*f.next = "п'ять"
	f = screentest.Press(t, f, fo, "ctrl+s")
	if fo.Back || f.FieldError("next_number") == "" {
		t.Fatalf("not a number: %q", f.FieldError("next_number"))
	}
}
