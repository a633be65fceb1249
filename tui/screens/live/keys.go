package live

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// keyMap holds every key of the live screen; which are enabled depends on the mode.
type keyMap struct {
	// the item view
	Start, Heard, Speech, Point, Assign, Roll, AllFor, Attendance, Next, Prev, Defer, Close, Up, Down key.Binding
	// the selected speech or point
	Edit, Delete key.Binding
	// the roll call: a key for each vote option that has one (votes, in store.VoteOptions'
	// order); ToAttendance is P alone, since p is no vote key
	Votes                    []key.Binding
	votes                    []store.VoteOption
	ClearVotes, ToAttendance key.Binding
	// attendance
	Present, Remote, Absent key.Binding
	// lists (Help: the lists are capturing, so the screen answers ? itself)
	Choose, Cancel, Help key.Binding
}

// steps are the item view's keys that take a step of the workflow, each with its step.
func (k *keyMap) steps() map[*key.Binding]store.Action {
	return map[*key.Binding]store.Action{&k.Heard: store.ActRecord, &k.Speech: store.ActRecord, &k.Point: store.ActDecide,
		&k.Edit: store.ActRecord, &k.Delete: store.ActRecord, &k.Assign: store.ActEditAssignment, &k.Roll: store.ActVote,
		&k.AllFor: store.ActVote, &k.Attendance: store.ActAttendance, &k.Defer: store.ActDefer, &k.Close: store.ActClose}
}

// action is the step km takes in the item view, if it takes one.
func (k keyMap) action(km tea.KeyMsg) (store.Action, bool) {
	for b, a := range k.steps() {
		if key.Matches(km, *b) {
			return a, true
		}
	}
	return "", false
}

func newKeys(t *i18n.Catalog) keyMap {
	b := func(help string, ks ...string) key.Binding {
		return keys.NewBinding(key.WithKeys(ks...), key.WithHelp(ks[0], t.T(help)))
	}
	k := keyMap{
		Start:      b("live.key.start", "s"),
		Heard:      b("live.key.heard", "h"),
		Speech:     b("live.key.speech", "v", "+"),
		Point:      b("live.key.point", "d"),
		Assign:     b("live.key.assign", "g"),
		Roll:       b("live.key.roll", "V"),
		AllFor:     b("live.key.all_for", "F"),
		Attendance: b("live.key.attendance", "P", "p"),
		Next:       b("live.key.next", "ctrl+n"),
		Prev:       b("live.key.prev", "ctrl+p"),
		Defer:      b("live.key.defer", "D"),
		Close:      b("live.key.close", "C"),
		Edit:       b("live.key.edit", "e"),
		Delete:     b("live.key.delete", "x", "delete"),
		Up:         b("key.up", "up", "k"),
		Down:       b("key.down", "down", "j"),

		ClearVotes:   b("live.key.clear_votes", "x"),
		ToAttendance: b("live.key.attendance", "P"),

		Present: b("live.key.present", "p"),
		Remote:  b("live.key.remote", "r"),
		Absent:  b("live.key.absent", "a"),

		Choose: b("live.key.choose", "enter"),
		Cancel: b("live.key.cancel", "esc"),
		Help:   b("key.help", "?"),
	}
	for _, o := range store.VoteOptions {
		if o.Key != "" {
			k.Votes = append(k.Votes, b(o.Help, o.Key))
			k.votes = append(k.votes, o)
		}
	}
	k.Up.SetHelp("↑/k", t.T("key.up"))
	k.Down.SetHelp("↓/j", t.T("key.down"))
	k.Delete.SetHelp("x/del", t.T("live.key.delete"))
	k.Speech.SetHelp("v/+", t.T("live.key.speech"))
	k.Attendance.SetHelp("P", t.T("live.key.attendance"))
	return k
}
