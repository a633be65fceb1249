package meeting

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
)

// liveScreenReady turns on `s` (start the session): the root opens the live meeting screen
// on common.OpenLiveMsg.
const liveScreenReady = true

type keyMap struct {
	PrevTab, NextTab, Up, Down             key.Binding
	Add, Edit, Delete, MoveUp, MoveDown    key.Binding
	Submit, Approve, Return, Start, Export key.Binding
	Present, Remote, Absent, AllPresent    key.Binding
	Accept, Dismiss                        key.Binding
}

func newKeys(t *i18n.Catalog) keyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, t.T(desc)))
	}
	return keyMap{
		PrevTab:    b([]string{"left", "["}, "←/[", "meeting.key.prev_tab"),
		NextTab:    b([]string{"right", "]"}, "→/]", "meeting.key.next_tab"),
		Up:         b([]string{"up", "k"}, "↑/k", "key.up"),
		Down:       b([]string{"down", "j"}, "↓/j", "key.down"),
		Add:        b([]string{"n"}, "n", "meeting.key.add"),
		Edit:       b([]string{"e", "enter"}, "e", "meeting.key.edit"),
		Delete:     b([]string{"d"}, "d", "meeting.key.delete"),
		MoveUp:     b([]string{"K", "shift+up"}, "K/⇧↑", "meeting.key.move_up"),
		MoveDown:   b([]string{"J", "shift+down"}, "J/⇧↓", "meeting.key.move_down"),
		Submit:     b([]string{"S"}, "S", "meeting.key.submit"),
		Approve:    b([]string{"A"}, "A", "meeting.key.approve"),
		Return:     b([]string{"R"}, "R", "meeting.key.return"),
		Start:      b([]string{"s"}, "s", "meeting.key.start"),
		Export:     b([]string{"x"}, "x", "export.open"),
		Present:    b([]string{"p"}, "p", "meeting.key.present"),
		Remote:     b([]string{"r"}, "r", "meeting.key.remote"),
		Absent:     b([]string{"a"}, "a", "meeting.key.absent"),
		AllPresent: b([]string{"P"}, "P", "meeting.key.all_present"),
		Accept:     b([]string{"enter"}, "enter", "meeting.key.accept"),
		Dismiss:    b([]string{"esc"}, "esc", "meeting.key.dismiss"),
	}
}

// enable switches every key on or off for the tab and the meeting's state, so that the help
// bar shows only what works now.
func (k keyMap) enable(tab tab, st store.MeetingStatus, rows int, loaded bool) keyMap {
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
	k.Approve.SetEnabled(open && agenda && st == store.MeetingAgendaSubmitted)
	k.Return.SetEnabled(open && agenda && (st == store.MeetingAgendaSubmitted || st == store.MeetingAgendaApproved))
	k.Start.SetEnabled(liveScreenReady && open && (st == store.MeetingAgendaApproved || st == store.MeetingInSession))
	k.Export.SetEnabled(loaded && agenda && rows > 0)
	for _, b := range []*key.Binding{&k.Present, &k.Remote, &k.Absent, &k.AllPresent} {
		b.SetEnabled(open && att && rows > 0)
	}
	return k
}
