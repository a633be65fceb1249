package meeting

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

type keyMap struct {
	t                                            *i18n.Catalog
	PrevTab, NextTab, Up, Down                   key.Binding
	Add, Edit, Delete, MoveUp, MoveDown          key.Binding
	Submit, Approve, Return, Start, Export       key.Binding
	Present, Remote, Absent, AllPresent          key.Binding
	EditMeeting                                  key.Binding
	SubmitMinutes, ApproveMinutes, ReturnMinutes key.Binding
	Accept, Dismiss                              key.Binding
}

func newKeys(t *i18n.Catalog) keyMap {
	b := func(ks []string, help, desc string) key.Binding {
		return keys.NewBinding(key.WithKeys(ks...), key.WithHelp(help, t.T(desc)))
	}
	return keyMap{
		t:              t,
		PrevTab:        b([]string{"left", "["}, "←/[", "meeting.key.prev_tab"),
		NextTab:        b([]string{"right", "]"}, "→/]", "meeting.key.next_tab"),
		Up:             b([]string{"up", "k"}, "↑/k", "key.up"),
		Down:           b([]string{"down", "j"}, "↓/j", "key.down"),
		Add:            b([]string{"n"}, "n", "meeting.key.add"),
		Edit:           b([]string{"enter"}, "enter", "meeting.key.edit"),
		Delete:         b([]string{"d"}, "d", "meeting.key.delete"),
		MoveUp:         b([]string{"K", "shift+up"}, "K/⇧↑", "meeting.key.move_up"),
		MoveDown:       b([]string{"J", "shift+down"}, "J/⇧↓", "meeting.key.move_down"),
		Submit:         b([]string{"S"}, "S", "meeting.key.submit"),
		Approve:        b([]string{"A"}, "A", "meeting.key.approve"),
		Return:         b([]string{"R"}, "R", "meeting.key.return"),
		Start:          b([]string{"s"}, "s", "meeting.key.start"),
		Export:         b([]string{"x"}, "x", "export.open"),
		Present:        b([]string{"p"}, "p", "meeting.key.present"),
		Remote:         b([]string{"r"}, "r", "meeting.key.remote"),
		Absent:         b([]string{"a"}, "a", "meeting.key.absent"),
		AllPresent:     b([]string{"P"}, "P", "meeting.key.all_present"),
		EditMeeting:    b([]string{"e"}, "e", "meeting.key.edit_meeting"),
		SubmitMinutes:  b([]string{"S"}, "S", "meeting.key.submit_minutes"),
		ApproveMinutes: b([]string{"A"}, "A", "meeting.key.approve_minutes"),
		ReturnMinutes:  b([]string{"R"}, "R", "meeting.key.return_minutes"),
		Accept:         b([]string{"enter"}, "enter", "meeting.key.accept"),
		Dismiss:        b([]string{"esc"}, "esc", "meeting.key.dismiss"),
	}
}

// enable switches every key on or off for the tab and the meeting's state, so that the help
// bar shows only what works now.
// chair says whether the actor (--as) is a co-chair: only then are A and R offered; A is
// not offered to a co-chair who has already approved that stage (approved: the agenda's,
// the minutes').
func (k keyMap) enable(tab tab, st store.MeetingStatus, rows int, loaded, chair bool, approved [2]bool) keyMap {
	open := loaded && !st.Locked()
	agenda, att, guests, rec := tab == tabAgenda, tab == tabAttendance, tab == tabGuests, tab == tabRecord
	k.Up.SetEnabled(rows > 1 || rec)
	k.Down.SetEnabled(rows > 1 || rec)
	k.Add.SetEnabled(open && (agenda || guests))
	k.Edit.SetEnabled(open && (agenda || guests) && rows > 0)
	k.Delete.SetEnabled(open && (agenda || guests) && rows > 0)
	k.MoveUp.SetEnabled(open && agenda && rows > 1)
	k.MoveDown.SetEnabled(open && agenda && rows > 1)
	k.Submit.SetEnabled(open && agenda && st == store.MeetingDraft && rows > 0)
	k.Approve.SetEnabled(open && agenda && chair && !approved[0] && st == store.MeetingAgendaSubmitted)
	k.Return.SetEnabled(open && agenda && chair && (st == store.MeetingAgendaSubmitted || st == store.MeetingAgendaApproved))
	k.Start.SetEnabled(loaded)
	k.Start.SetHelp("s", k.t.T("meeting.key.start"))
	if st == store.MeetingInSession || st == store.MeetingClosed || st == store.MeetingMinutesSubmitted || st.Locked() {
		k.Start.SetHelp("s", k.t.T("meeting.key.live"))
	}
	k.EditMeeting.SetEnabled(open)
	k.SubmitMinutes.SetEnabled(open && rec && st == store.MeetingClosed)
	k.ApproveMinutes.SetEnabled(open && rec && chair && !approved[1] && st == store.MeetingMinutesSubmitted)
	k.ReturnMinutes.SetEnabled(open && rec && chair && st == store.MeetingMinutesSubmitted)
	k.Export.SetEnabled(loaded && agenda && rows > 0)
	for _, b := range []*key.Binding{&k.Present, &k.Remote, &k.Absent, &k.AllPresent} {
		b.SetEnabled(open && att && rows > 0)
	}
	return k
}

// pressed says whether km is one of b's keys, enabled or not: a key that does nothing now
// still gets an answer saying why.
func pressed(km tea.KeyMsg, b key.Binding) bool {
	b.SetEnabled(true)
	return key.Matches(km, b)
}

// editKeys are the keys that change the meeting; on a locked meeting each says why it does nothing.
func (k keyMap) editKeys() []key.Binding {
	return []key.Binding{k.Add, k.Edit, k.Delete, k.MoveUp, k.MoveDown, k.Submit, k.Approve, k.Return,
		k.SubmitMinutes, k.ApproveMinutes, k.ReturnMinutes, k.Present, k.Remote, k.Absent, k.AllPresent, k.EditMeeting}
}
