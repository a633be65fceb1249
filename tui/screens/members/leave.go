package members

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// Leave is the screen that records a member leaving the council: the date and the reason.
type Leave struct {
	c      common.Common
	member store.Member
	date   *string
	reason *string
	form   form.Model
}

// NewLeave opens the leaving form for m, the date set to today.
func NewLeave(c common.Common, m store.Member) Leave {
	date, reason := c.Today(), ""
	l := Leave{c: c, member: m, date: &date, reason: &reason}
	t := c.T
	l.form = form.New(c, "leave", l.Title(), []form.Field{
		form.Date("term_to", t.T("members.field.left_on"), l.date).Placeholder(t.T("members.date_hint")).Required(),
		form.Line("leave_reason", t.T("members.field.leave_reason"), l.reason).Limit(300).Placeholder(t.T("members.reason_hint")).Required(),
	}).Intro(t.T("members.leave_note"))
	return l
}

// Init does nothing: the form is ready.
func (l Leave) Init() tea.Cmd { return nil }

// Changed is true when a date other than today or a reason was typed.
func (l Leave) Changed() bool { return l.form.Changed() }

// Update saves when the form is submitted (ctrl+s or enter on the reason); esc goes back,
// asking first when something was typed.
func (l Leave) Update(msg tea.Msg) (Leave, tea.Cmd) {
	switch msg := msg.(type) {
	case memberLeftMsg:
		return l.onLeft(msg)
	case form.SubmitMsg:
		return l, leaveCouncil(l.c.Store, l.member, form.ISODate(*l.date), *l.reason)
	case form.CancelMsg:
		return l, common.Back()
	}
	var cmd tea.Cmd
	l.form, cmd = l.form.Update(msg)
	return l, cmd
}

func (l Leave) onLeft(msg memberLeftMsg) (Leave, tea.Cmd) {
	if msg.err == nil {
		text := l.c.T.T("members.left", map[string]any{"Name": store.OneLine(l.member.FullName)})
		return l, tea.Batch(common.Back(), common.Changed(), common.Status(text))
	}
	l.form = l.form.Refused(msg.err)
	return l, l.c.Error(msg.err)
}

// SetSize resizes the form.
func (l Leave) SetSize(w, h int) Leave {
	l.c.Width, l.c.Height = w, h
	l.form = l.form.SetSize(w, h)
	return l
}

// View says who leaves and that their records stay, then the form.
func (l Leave) View() string { return l.form.View() }

// ShortHelp shows the form's keys.
func (l Leave) ShortHelp() []key.Binding { return l.form.ShortHelp() }

// FullHelp lists the form's keys.
func (l Leave) FullHelp() [][]key.Binding { return l.form.FullHelp() }

// Capturing is always true: the form takes typed text.
func (l Leave) Capturing() bool { return true }

// Title names the member who leaves.
func (l Leave) Title() string {
	return l.c.T.T("members.leave_title", map[string]any{"Name": store.OneLine(l.member.FullName)})
}
