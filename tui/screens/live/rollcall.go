package live

import (
	"context"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

var errAbsent = &store.ValidationError{Fields: []*store.FieldError{{Field: "member", Code: "absent"}}}

func (m Model) rollKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	members := m.live.Record.Roll.Members
	if m, ok := m.listKey(km, len(members)); ok {
		return m, nil
	}
	switch {
	case key.Matches(km, k.AllFor):
		st, item := m.c.Store, m.live.Current().ID
		return m.queue("", nil, func(ctx context.Context) error { _, err := st.CastAllFor(ctx, item); return err })
	case key.Matches(km, k.ClearVotes):
		m.confirm = m.confirm.Ask(askClear, m.c.T.T("live.ask_clear"))
		return m, nil
	case key.Matches(km, k.ToAttendance):
		m.mode = modeAttendance
		return m, nil
	}
	if m.cursor >= len(members) {
		return m, nil
	}
	rm := members[m.cursor]
	o, ok := k.vote(km)
	switch {
	case !ok:
		return m, nil
	case rm.Presence == store.PresenceAbsent:
		return m, m.fail(errAbsent)
	case o.Reason:
		return m.openForm(formRecuse, rm.Member.ID)
	}
	return m.cast(rm, o.Choice)
}

// vote is the vote option km casts, if it casts one.
func (k keyMap) vote(km tea.KeyMsg) (store.VoteOption, bool) {
	for i, b := range k.Votes {
		if key.Matches(km, b) {
			return k.votes[i], true
		}
	}
	return store.VoteOption{}, false
}

// listKey does what the roll-call and attendance lists share: esc back to the view, up and
// down over n members. ok says it took the key.
func (m Model) listKey(km tea.KeyMsg, n int) (_ Model, ok bool) {
	switch {
	case key.Matches(km, m.keys.Cancel):
		m.mode = modeView
	case key.Matches(km, m.keys.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(km, m.keys.Down):
		m.cursor = min(m.cursor+1, max(n-1, 0))
	default:
		return m, false
	}
	return m, true
}

// cast records one member's choice; the screen shows it at once and moves to the next
// member, and the vote is written after the frame is drawn.
func (m Model) cast(rm store.RollMember, choice store.VoteChoice) (Model, tea.Cmd) {
	if rm.Presence == store.PresenceAbsent {
		return m, m.fail(errAbsent)
	}
	st, item, member := m.c.Store, m.live.Current().ID, rm.Member.ID
	m, cmd := m.queue("", showChoice(item, member, choice), func(ctx context.Context) error {
		_, err := st.CastVote(ctx, item, member, choice, "")
		return err
	})
	m.cursor = m.nextPresent(m.cursor)
	return m, cmd
}

// nextPresent is the next present member after i (i itself at the end).
func (m Model) nextPresent(i int) int {
	members := m.live.Record.Roll.Members
	for j := i + 1; j < len(members); j++ {
		if members[j].Presence != store.PresenceAbsent {
			return j
		}
	}
	return i
}

// firstPresent is where the roll call opens: the first member who can vote (0 if none).
func (m Model) firstPresent() int {
	for i, rm := range m.live.Record.Roll.Members {
		if rm.Presence != store.PresenceAbsent {
			return i
		}
	}
	return 0
}
