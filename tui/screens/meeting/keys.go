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

// enable switches every key on or off for the tab, the meeting's state and the actor (the
// member --as names: only a co-chair is offered A and R) by the workflow's table, so that
// the help bar shows only what works now. A is not offered to a co-chair who has already
// approved that stage (approved: the agenda's, the minutes').
func (k keyMap) enable(tab tab, st store.MeetingStatus, rows int, loaded bool, actor store.Member, approved [2]bool) keyMap {
	for _, b := range k.stepKeys() {
		b.SetEnabled(false)
	}
	for _, ka := range append(k.actions(tab), k.approvals(stageOf(st))...) { // A and R act on any tab
		ka.b.SetEnabled(loaded && st.Allows(ka.a, store.OperatorRole(ka.a, actor)))
	}
	k.Up.SetEnabled(rows > 1 || tab == tabRecord)
	k.Down.SetEnabled(rows > 1 || tab == tabRecord)
	for _, b := range []*key.Binding{&k.Edit, &k.Delete, &k.Present, &k.Remote, &k.Absent, &k.AllPresent, &k.Submit} {
		b.SetEnabled(b.Enabled() && rows > 0)
	}
	k.MoveUp.SetEnabled(k.MoveUp.Enabled() && rows > 1)
	k.MoveDown.SetEnabled(k.MoveDown.Enabled() && rows > 1)
	k.Approve.SetEnabled(k.Approve.Enabled() && !approved[0])
	k.ApproveMinutes.SetEnabled(k.ApproveMinutes.Enabled() && !approved[1])
	k.Export.SetEnabled(k.Export.Enabled() && rows > 0)
	k.Start.SetEnabled(loaded)
	k.Start.SetHelp("s", k.t.T("meeting.key.start"))
	if !st.Startable() {
		k.Start.SetHelp("s", k.t.T("meeting.key.live"))
	}
	return k
}

// stepKeys are the keys that take a step of the workflow on one tab or another.
func (k *keyMap) stepKeys() []*key.Binding {
	return []*key.Binding{&k.Add, &k.Edit, &k.Delete, &k.MoveUp, &k.MoveDown, &k.Submit, &k.Approve, &k.Return,
		&k.SubmitMinutes, &k.ApproveMinutes, &k.ReturnMinutes, &k.Present, &k.Remote, &k.Absent, &k.AllPresent,
		&k.EditMeeting, &k.Export}
}

// keyAction is a key and the step of the workflow it takes.
type keyAction struct {
	b *key.Binding
	a store.Action
}

// actions are the keys that take a step of the workflow on tab, each with its step.
func (k *keyMap) actions(tab tab) []keyAction {
	out := []keyAction{{&k.EditMeeting, store.ActEditMeeting}}
	switch tab {
	case tabAgenda:
		return append(out, keyAction{&k.Add, store.ActEditAgenda}, keyAction{&k.Edit, store.ActEditAgenda},
			keyAction{&k.Delete, store.ActEditAgenda}, keyAction{&k.MoveUp, store.ActEditAgenda},
			keyAction{&k.MoveDown, store.ActEditAgenda}, keyAction{&k.Submit, store.ActSubmitAgenda},
			keyAction{&k.Approve, store.ActApproveAgenda}, keyAction{&k.Return, store.ActReturnAgenda},
			keyAction{&k.Export, store.ActExport})
	case tabAttendance:
		return append(out, keyAction{&k.Present, store.ActAttendance}, keyAction{&k.Remote, store.ActAttendance},
			keyAction{&k.Absent, store.ActAttendance}, keyAction{&k.AllPresent, store.ActAttendance})
	case tabGuests:
		return append(out, keyAction{&k.Add, store.ActEditMeeting}, keyAction{&k.Edit, store.ActEditMeeting},
			keyAction{&k.Delete, store.ActEditMeeting})
	case tabRecord:
		return append(out, keyAction{&k.SubmitMinutes, store.ActSubmitMinutes},
			keyAction{&k.ApproveMinutes, store.ActApproveMinutes}, keyAction{&k.ReturnMinutes, store.ActReturnMinutes},
			keyAction{&k.Export, store.ActExport})
	}
	return out
}

// approvals are A and R with the steps they take at stage (the agenda's or the minutes' tab).
func (k *keyMap) approvals(stage tab) []keyAction {
	if stage == tabRecord {
		return []keyAction{{&k.ApproveMinutes, store.ActApproveMinutes}, {&k.ReturnMinutes, store.ActReturnMinutes}}
	}
	return []keyAction{{&k.Approve, store.ActApproveAgenda}, {&k.Return, store.ActReturnAgenda}}
}

// editKeys are the keys that change the meeting, on every tab.
func (k keyMap) editKeys() []key.Binding {
	var out []key.Binding
	for _, b := range k.stepKeys() {
		if b != &k.Export {
			out = append(out, *b)
		}
	}
	return out
}

// storeDecides says whether km submits or approves: the store says whether it may.
func (k keyMap) storeDecides(km tea.KeyMsg) bool {
	for _, b := range []key.Binding{k.Submit, k.Approve, k.SubmitMinutes, k.ApproveMinutes} {
		if pressed(km, b) {
			return true
		}
	}
	return false
}

// action is the workflow's action the key km takes on tab, if it takes one.
func (k keyMap) action(tab tab, km tea.KeyMsg) (store.Action, bool) {
	for _, ka := range k.actions(tab) {
		if pressed(km, *ka.b) {
			return ka.a, true
		}
	}
	return "", false
}

// pressed says whether km is one of b's keys, enabled or not: a key that does nothing now
// still gets an answer saying why.
func pressed(km tea.KeyMsg, b key.Binding) bool {
	b.SetEnabled(true)
	return key.Matches(km, b)
}
