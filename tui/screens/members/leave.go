package members

import (
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// Leave is the screen that records a member leaving the council: the date and the reason.
type Leave struct {
	c      common.Common
	keys   FormKeys
	member store.Member
	date   *string
	reason *string
	today  string
	form   *huh.Form
	errs   map[string]string
	saving bool
	ask    confirm.Model
}

// NewLeave opens the leaving form for m, the date set to today.
func NewLeave(c common.Common, m store.Member) Leave {
	date, reason := c.Today(), ""
	l := Leave{c: c, keys: newFormKeys(c.T), member: m, date: &date, reason: &reason, today: date, ask: confirm.New(c.Styles, c.T)}
	l.form = l.build("")
	return l
}

func (l Leave) build(focusKey string) *huh.Form {
	t := l.c.T
	fields := []huh.Field{
		huh.NewInput().Key("term_to").Title(t.T("members.field.left_on")).Description(l.errs["term_to"]).
			Value(l.date).CharLimit(12).Placeholder(t.T("members.date_hint")),
		huh.NewInput().Key("leave_reason").Title(t.T("members.field.leave_reason")).Description(l.errs["leave_reason"]).
			Value(l.reason).CharLimit(300).Placeholder(t.T("members.reason_hint")),
	}
	hf := form.New(l.c.Styles, min(max(l.c.Width, 20), 100), l.formHeight(), huh.NewGroup(fields...))
	hf.Init()
	if focusKey != "" {
		form.Focus(hf, focusKey, len(fields))
	}
	return hf
}

// Init does nothing: the form is ready.
func (l Leave) Init() tea.Cmd { return nil }

// Changed is true when a date other than today or a reason was typed.
func (l Leave) Changed() bool { return *l.date != l.today || strings.TrimSpace(*l.reason) != "" }

// Update saves on ctrl+s or enter on the reason; esc goes back, asking first when
// something was typed.
func (l Leave) Update(msg tea.Msg) (Leave, tea.Cmd) {
	if msg, ok := msg.(memberLeftMsg); ok {
		return l.onLeft(msg)
	}
	s := form.Screen{Save: l.keys.Save, Cancel: l.keys.Cancel, Changed: l.Changed, Discard: discardID, Last: "leave_reason", T: l.c.T}
	var out form.Outcome
	var cmd tea.Cmd
	if l.ask, l.form, out, cmd = s.Update(msg, l.ask, l.form, l.saving); out == form.Save {
		return l.save()
	}
	return l, cmd
}

func (l Leave) save() (Leave, tea.Cmd) {
	if l.saving {
		return l, nil
	}
	l.saving = true
	return l, leaveCouncil(l.c.Store, l.member, isoDate(*l.date), *l.reason)
}

func (l Leave) onLeft(msg memberLeftMsg) (Leave, tea.Cmd) {
	l.saving = false
	if msg.err == nil {
		text := l.c.T.T("members.left", map[string]any{"Name": store.OneLine(l.member.FullName)})
		return l, tea.Batch(common.Back(), common.Changed(), common.Status(text))
	}
	var v *store.ValidationError
	focus := ""
	if errors.As(msg.err, &v) {
		l.errs = l.c.FieldErrors(msg.err)
		focus = "term_to"
		if l.errs["term_to"] == "" {
			focus = "leave_reason"
		}
	}
	l.form = l.build(focus)
	return l, l.c.Error(msg.err)
}

// SetSize resizes the form.
func (l Leave) SetSize(w, h int) Leave {
	l.c.Width, l.c.Height = w, h
	l.form = form.Fit(l.form, min(w, 100), l.formHeight())
	return l
}

// note is the reminder that past records stay, wrapped to the width.
func (l Leave) note() string {
	return ansi.Wordwrap(l.c.T.T("members.leave_note"), max(l.c.Width, 1), "")
}

// formHeight is what the title, the note and a blank line leave.
func (l Leave) formHeight() int { return max(l.c.Height-3-strings.Count(l.note(), "\n"), 3) }

// View says who leaves and that their records stay, then the form.
func (l Leave) View() string {
	st := l.c.Styles
	title := ansi.Truncate(l.Title(), max(l.c.Width, 1), "…")
	if l.ask.Active() {
		return st.Title.Render(title) + "\n\n" + l.ask.View(l.c.Width)
	}
	return st.Title.Render(title) + "\n" + st.Muted.Render(l.note()) + "\n\n" + l.form.View()
}

// ShortHelp shows the form's keys.
func (l Leave) ShortHelp() []key.Binding {
	if l.ask.Active() {
		return l.ask.ShortHelp()
	}
	return []key.Binding{l.keys.Next, l.keys.Prev, l.keys.Save, l.keys.Cancel}
}

// FullHelp lists the form's keys.
func (l Leave) FullHelp() [][]key.Binding { return [][]key.Binding{l.ShortHelp()} }

// Capturing is always true: the form takes typed text.
func (l Leave) Capturing() bool { return true }

// Title names the member who leaves.
func (l Leave) Title() string {
	return l.c.T.T("members.leave_title", map[string]any{"Name": store.OneLine(l.member.FullName)})
}
