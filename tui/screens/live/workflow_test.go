package live

import (
	"context"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// TestItemViewKeysFollowTheWorkflowTable checks the item view's step keys in every status a
// meeting passes through on this screen: a key the workflow's table refuses is not in the
// help, and pressing it says the table's reason; a key it allows is offered. The screen
// records a session: its keys work while the table lets the record change, and then as
// their own step allows.
func TestItemViewKeysFollowTheWorkflowTable(t *testing.T) {
	c := newCouncil14(t)
	ctx := context.Background()
	steps := map[store.MeetingStatus]func() error{
		store.MeetingInSession:        func() error { return c.st.StartSession(ctx, c.meeting.ID, true) },
		store.MeetingClosed:           func() error { return c.st.CloseMeeting(ctx, c.meeting.ID) },
		store.MeetingMinutesSubmitted: func() error { return c.st.SubmitMinutes(ctx, c.meeting.ID) },
	}
	refused := 0
	for _, st := range []store.MeetingStatus{store.MeetingDraft, store.MeetingInSession, store.MeetingClosed, store.MeetingMinutesSubmitted} {
		if step := steps[st]; step != nil {
			if err := step(); err != nil {
				t.Fatal(err)
			}
		}
		k := openScreen(t, c.st, c.meeting.ID).m.keys
		for b, a := range k.steps() {
			sc := openScreen(t, c.st, c.meeting.ID)
			if sc.m.confirm.Active() {
				sc.send(screentest.Key("esc")) // the question to start a draft meeting is not the point here
			}
			want := store.Allow(st, store.ActRecord, store.RoleSecretary)
			if want == nil {
				want = store.Allow(st, a, store.RoleSecretary)
			}
			if got := inHelp(sc.m, *b); got != (want == nil) {
				t.Errorf("%s %s (%s): in the help %v, the table says %v", st, b.Help().Key, a, got, want)
			}
			if want == nil {
				continue
			}
			refused++
			sc.status = nil
			sc.send(screentest.Key(b.Keys()[0]))
			if text := sc.m.c.ErrText(want); sc.lastStatus() != text || sc.m.mode != modeView {
				t.Errorf("%s %s (%s): pressed, says %q, want %q", st, b.Help().Key, a, sc.lastStatus(), text)
			}
		}
	}
	if refused == 0 {
		t.Fatal("no key refused: the test checks nothing")
	}
}

// inHelp says whether b shows in the screen's help bar or full help.
func inHelp(m Model, b key.Binding) bool {
	all := m.ShortHelp()
	for _, g := range m.FullHelp() {
		all = append(all, g...)
	}
	for _, h := range all {
		if h.Enabled() && h.Help() == b.Help() {
			return true
		}
	}
	return false
}
