package common

import (
	"errors"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// Section is one of the tabs: an index into the root's list of sections (tui/sections.go),
// which gives each its key, title and home screen.
type Section int

// The sections, in tab order.
const (
	SectionMeetings Section = iota
	SectionMembers
	SectionPlan
	SectionAssignments
	SectionSettings
)

// ForRoot marks a message that leaves the screen whose command produced it. The root acts
// on the ones it knows (navigation, status, opening a screen, a broadcast) and gives any
// other to the active screen; a message without the mark goes back to the screen that
// produced it, and to no other (tui/route.go). A screen's package may declare its own: a
// type with a ForRoot method.
type ForRoot interface{ ForRoot() }

// StatusMsg shows a line in the status bar for a few seconds.
type StatusMsg struct {
	Text string
	Err  bool
}

// BackMsg pops the current screen (at a section's root it does nothing).
type BackMsg struct{}

// PushMsg pushes a screen onto the current section's stack.
type PushMsg struct{ Screen Screen }

// SwitchSectionMsg makes another section current.
type SwitchSectionMsg struct{ Section Section }

// ShowHelpMsg opens the full help from a screen that takes every key (a roll call takes
// letters, yet ? still means help there).
type ShowHelpMsg struct{}

// DataChangedMsg is broadcast to every screen after a change so that lists reload.
type DataChangedMsg struct{}

// Open messages ask the root to build a screen and push it (see screenFor in tui/screens.go).
type (
	OpenMeetingMsg    struct{ ID int64 }
	OpenLiveMsg       struct{ MeetingID int64 }
	OpenMemberMsg     struct{ ID int64 }
	OpenPlanMsg       struct{ ID int64 }
	OpenCommitmentMsg struct{ ID int64 }
	OpenAssignmentMsg struct{ ID int64 } // the Assignments section, the assignment selected
)

// The messages of this file are all for the root.
func (StatusMsg) ForRoot()         {}
func (BackMsg) ForRoot()           {}
func (PushMsg) ForRoot()           {}
func (SwitchSectionMsg) ForRoot()  {}
func (ShowHelpMsg) ForRoot()       {}
func (DataChangedMsg) ForRoot()    {}
func (OpenMeetingMsg) ForRoot()    {}
func (OpenLiveMsg) ForRoot()       {}
func (OpenMemberMsg) ForRoot()     {}
func (OpenPlanMsg) ForRoot()       {}
func (OpenCommitmentMsg) ForRoot() {}
func (OpenAssignmentMsg) ForRoot() {}
func (CouncilFoundedMsg) ForRoot() {}
func (OpenDemoMsg) ForRoot()       {}

// Send wraps a message in a command.
func Send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// Status is a command showing text in the status line.
func Status(text string) tea.Cmd { return Send(StatusMsg{Text: text}) }

// Back is a command popping the current screen.
func Back() tea.Cmd { return Send(BackMsg{}) }

// Changed is a command broadcasting DataChangedMsg.
func Changed() tea.Cmd { return Send(DataChangedMsg{}) }

// Error is a command showing err, translated, in the status line.
func (c Common) Error(err error) tea.Cmd {
	return Send(StatusMsg{Text: c.ErrText(err), Err: true})
}

// ErrText turns a store error into a sentence for the status line.
func (c Common) ErrText(err error) string {
	var v *store.ValidationError
	var r *store.Refusal
	switch {
	case err == nil:
		return ""
	case errors.As(err, &r):
		return c.RefusalText(r)
	case errors.Is(err, store.ErrLocked):
		return c.T.T("err.locked")
	case errors.As(err, &v) && len(v.Fields) > 0:
		return c.T.T("err.invalid")
	case errors.Is(err, store.ErrNotFound):
		return c.T.T("err.not_found")
	case errors.Is(err, store.ErrConflict):
		return c.T.T("err.conflict")
	case errors.Is(err, store.ErrReadOnly):
		return c.T.T("err.read_only")
	}
	return c.T.T("err.generic", map[string]any{"Err": store.OneLine(err.Error())})
}

// RefusalText says why a step was refused, in the catalogs' words: the step's own message
// when it has one (meeting.refuse.status_submit_minutes), else its reason's.
func (c Common) RefusalText(r *store.Refusal) string {
	args := map[string]any{"Name": store.OneLine(r.Name), "Status": c.T.Label(r.Status)}
	for _, id := range []string{"meeting.refuse." + r.Code + "_" + string(r.Action), "meeting.refuse." + r.Code} {
		if s := c.T.T(id, args); s != id {
			return s
		}
	}
	return c.T.T("err.generic", map[string]any{"Err": store.OneLine(r.Error())})
}

// FieldText is the message to show beside a form field for a validation code
// ("required", "email", "date", ...); unknown codes get a generic message.
func (c Common) FieldText(code string) string {
	s := c.T.T("field." + code)
	if s == "field."+code {
		return c.T.T("field.invalid")
	}
	return s
}

// FieldErrors maps each field of a validation error to its message (a protocol number in
// use names the meeting that has it); nil when err is not one.
func (c Common) FieldErrors(err error) map[string]string {
	var v *store.ValidationError
	var taken *store.NumberTakenError
	if errors.As(err, &taken) {
		return map[string]string{"number": c.T.T("field.number_taken", map[string]any{"Number": taken.Number,
			"Date": FormatDate(taken.By.Date, c.Lang)})}
	}
	if !errors.As(err, &v) {
		return nil
	}
	out := make(map[string]string, len(v.Fields))
	for _, f := range v.Fields {
		out[f.Field] = c.FieldText(f.Code)
	}
	return out
}

// CouncilFoundedMsg says the council was founded or its settings saved: the root reads it
// again and then shows Status, a message id, in the language the council now sets.
type CouncilFoundedMsg struct{ Status string }

// OpenDemoMsg asks the root to open the demo council in its own file.
type OpenDemoMsg struct{}
