package meeting

import (
	"context"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// TestKeysFollowTheWorkflowTable takes a meeting through every status and, for the secretary
// and a co-chair at the keyboard, checks every key of every tab that the workflow's table
// refuses: it is not in the help bar, and pressing it says the table's reason and changes nothing.
func TestKeysFollowTheWorkflowTable(t *testing.T) {
	c := newCouncil(t, 1)
	sec := openAs(t, c.path, "Коваль Марія")
	ctx := context.Background()
	steps := []func() error{
		func() error { return sec.SubmitAgenda(ctx, c.meetingID) },
		func() error {
			if _, err := sec.ApproveAgendaAs(ctx, c.meetingID, c.gov); err != nil {
				return err
			}
			_, err := sec.ApproveAgendaAs(ctx, c.meetingID, c.civ)
			return err
		},
		func() error { return sec.StartSession(ctx, c.meetingID, false) },
		func() error { return sec.CloseMeeting(ctx, c.meetingID) },
		func() error { return sec.SubmitMinutes(ctx, c.meetingID) },
		func() error {
			for _, name := range []string{"Іваненко Іван", "Петренко Олена"} {
				if _, _, err := openAs(t, c.path, name).ApproveMinutes(ctx, c.meetingID); err != nil {
					return err
				}
			}
			return nil
		},
	}
	for i, st := range store.MeetingStatuses {
		if i > 0 {
			if err := steps[i-1](); err != nil {
				t.Fatal(err)
			}
		}
		refused := 0
		for _, actor := range []string{"Коваль Марія", "Іваненко Іван"} {
			refused += checkRefusedKeys(t, openAs(t, c.path, actor), c.meetingID, st)
		}
		if refused == 0 {
			t.Errorf("%s: no key refused: the test checks nothing", st)
		}
	}
}

// checkRefusedKeys checks every refused key of every tab for one keyboard; it returns how many.
func checkRefusedKeys(t *testing.T, s *store.Store, meetingID int64, st store.MeetingStatus) int {
	t.Helper()
	n := 0
	for tb := range tabCount {
		sc := open(t, s, meetingID, 120, 40)
		if sc.M.d.meeting.Status != st {
			t.Fatalf("meeting is %s, want %s", sc.M.d.meeting.Status, st)
		}
		sc.M.tab = tb
		sc.M = sc.M.refreshKeys()
		for _, ka := range keysOn(&sc.M.keys, tb, st) {
			b, a := *ka.b, ka.a
			want := store.AllowOperator(st, a, sc.M.d.actor, s.Actor())
			if want == nil {
				continue
			}
			n++
			where := string(st) + " " + s.Actor() + " tab " + string(rune('0'+tb)) + " " + b.Help().Key
			if inHelp(sc.M, b) {
				t.Errorf("%s: %s is refused (%v) yet in the help", where, a, want)
			}
			sc.Status = nil
			sc.Keys(b.Keys()[0])
			got, text := sc.LastStatus(), sc.M.c.ErrText(want)
			if store.RefusalCode(want) != store.RefuseLocked && got == sc.M.c.ErrText(&store.Refusal{Code: store.RefuseAlreadyApproved, Name: sc.M.d.actor.FullName}) {
				got = text // the co-chair approved before: the store names who, before the status
			}
			if got != text || sc.M.editing != formNone || sc.M.prompt != promptNone || sc.M.confirm.Active() {
				t.Errorf("%s: pressed, says %q, want %q (form %v, prompt %v)", where, got, text, sc.M.editing, sc.M.prompt)
			}
		}
	}
	return n
}

// keysOn are the keys that take a step on tab: its own, and A and R, which act on the
// stage that awaits approval from any tab.
func keysOn(k *keyMap, tb tab, st store.MeetingStatus) []keyAction {
	out := k.approvals(stageOf(st))
	for _, ka := range k.actions(tb) {
		if ka.b != &k.Approve && ka.b != &k.Return && ka.b != &k.ApproveMinutes && ka.b != &k.ReturnMinutes {
			out = append(out, ka)
		}
	}
	return out
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
