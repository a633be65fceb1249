package live

import (
	"context"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// Without quorum the start warns that only information can be heard; decision, assignment
// and vote keys say why they do nothing (in either keyboard layout), what was heard may be
// written, and once quorum returns the decision key opens its form again.
func TestNoQuorumWarnsAtStartAndRefusesDecisions(t *testing.T) {
	c := newCouncil14(t)
	ctx := context.Background()
	for _, n := range names14[5:13] { // 5 of 14 present (one is absent already): 8 needed
		if err := c.st.SetAttendance(ctx, c.meeting.ID, c.members[n], store.PresenceAbsent, ""); err != nil {
			t.Fatal(err)
		}
	}
	sc := openScreen(t, c.st, c.meeting.ID)
	if v := sc.m.View(); !sc.m.confirm.Active() || !strings.Contains(v, "Засідання неправомочне (5 з 14 присутні — кворум відсутній: потрібно 8):") ||
		!strings.Contains(v, "можна лише заслухати інформацію, без рішень, доручень і голосування.") {
		t.Fatalf("the start does not warn of the missing quorum:\n%s", sc.m.View())
	}
	sc.send(runes("y"))
	if sc.m.live.Meeting.Status != store.MeetingInSession {
		t.Fatalf("not started: %s", sc.m.live.Meeting.Status)
	}
	why := "5 з 14 присутні — кворум відсутній: потрібно 8"
	for _, k := range []struct{ key, says string }{
		{"d", "Рішення неможливе: "},
		{"в", "Рішення неможливе: "},
		{"g", "Доручення неможливе: "},
		{"V", "Голосування неможливе: "},
	} {
		sc.status = nil
		sc.send(screentest.Key(k.key))
		if s := sc.lastStatus(); !strings.Contains(s, k.says) || !strings.Contains(s, why) || sc.m.mode != modeView {
			t.Errorf("%s without quorum: says %q (mode %d)", k.key, s, sc.m.mode)
		}
	}
	sc.send(runes("h"))
	if sc.m.mode != modeForm || sc.m.editing.kind != formHeard {
		t.Fatalf("what was heard cannot be written without quorum: mode %d", sc.m.mode)
	}
	sc.send(screentest.Key("esc"))

	for _, n := range names14[5:8] {
		if err := c.st.SetAttendance(ctx, c.meeting.ID, c.members[n], store.PresencePresent, ""); err != nil {
			t.Fatal(err)
		}
	}
	sc = openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("d"))
	if sc.m.mode != modeForm || sc.m.editing.kind != formPoint {
		t.Fatalf("quorum restored, d does not open the decision: mode %d, status %q", sc.m.mode, sc.lastStatus())
	}
}
