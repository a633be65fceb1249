package members

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// Form is the screen that adds or edits a member: a form over the member's fields.
type Form struct {
	c      common.Common
	member store.Member // as loaded (ID 0: a new member)
	vals   *store.Member
	form   form.Model
}

// NewForm opens the form on m; a zero Member adds a new one.
func NewForm(c common.Common, m store.Member) Form {
	if m.ID == 0 {
		m.Sector, m.Side, m.Role = store.SectorExecutive, store.SideGovernment, store.RoleMember
	}
	m = cleanMember(m)
	vals := m
	f := Form{c: c, member: m, vals: &vals}
	f.form = form.New(c, "member", f.Title(), f.fields())
	return f
}

// cleanMember is m with its typed texts as the form may show them: no control characters,
// escape sequences, bidi overrides or zero-width characters.
func cleanMember(m store.Member) store.Member {
	for _, p := range []*string{&m.FullName, &m.Position, &m.Organisation, &m.Email, &m.Phone, &m.TermFrom, &m.TermTo} {
		*p = store.OneLine(*p)
	}
	m.Notes = store.Clean(m.Notes)
	return m
}

// fields are the member's fields; their keys are the store's field names.
func (f Form) fields() []form.Field {
	t, v, lang := f.c.T, f.vals, f.c.Lang
	line := func(k string, val *string, limit int) form.Field {
		return form.Line(k, t.T("members.field."+k), val).Limit(limit)
	}
	return []form.Field{
		line("full_name", &v.FullName, 200),
		line("position", &v.Position, 300),
		line("organisation", &v.Organisation, 300),
		form.Select("sector", t.T("members.field.sector"), &v.Sector, form.Options(lang, store.Sectors...)...).Inline(),
		form.Select("side", t.T("members.field.side"), &v.Side, form.Options(lang, store.Sides...)...).Inline(),
		form.Select("role", t.T("members.field.role"), &v.Role, form.Options(lang, store.Roles...)...).Inline(),
		line("email", &v.Email, 200).Placeholder(t.T("members.email_hint")),
		line("phone", &v.Phone, 30).Placeholder(t.T("members.phone_hint")),
		form.Date("term_from", t.T("members.field.term_from"), &v.TermFrom).Placeholder(t.T("members.date_hint")),
		form.Date("term_to", t.T("members.field.term_to"), &v.TermTo).Placeholder(t.T("members.date_hint")),
		form.Text("notes", t.T("members.field.notes"), &v.Notes, 3).Limit(2000),
	}
}

// Init focuses the first field.
func (f Form) Init() tea.Cmd { return nil }

// Update saves when the form is submitted, goes back when it is cancelled, and otherwise
// lets the form take the message.
func (f Form) Update(msg tea.Msg) (Form, tea.Cmd) {
	switch msg := msg.(type) {
	case memberSavedMsg:
		return f.onSaved(msg)
	case form.SubmitMsg:
		return f, saveMember(f.c.Store, f.Member())
	case form.CancelMsg:
		return f, common.Back()
	}
	var cmd tea.Cmd
	f.form, cmd = f.form.Update(msg)
	return f, cmd
}

// Member is the member as typed, dates in DD.MM.YYYY turned into YYYY-MM-DD.
func (f Form) Member() store.Member {
	m := *f.vals
	m.ID = f.member.ID
	m.TermFrom, m.TermTo = form.ISODate(m.TermFrom), form.ISODate(m.TermTo)
	return m
}

// Changed says whether anything differs from what the form opened with.
func (f Form) Changed() bool { return f.form.Changed() }

func (f Form) onSaved(msg memberSavedMsg) (Form, tea.Cmd) {
	if msg.err == nil {
		text := f.c.T.T("members.saved", map[string]any{"Name": store.OneLine(msg.member.FullName)})
		return f, tea.Batch(common.Back(), common.Changed(), common.Status(text))
	}
	f.form = f.form.Refused(msg.err)
	return f, f.c.Error(msg.err)
}

// SetSize fits the form to the new size, keeping the focus and what was typed.
func (f Form) SetSize(w, h int) Form {
	f.c.Width, f.c.Height = w, h
	f.form = f.form.SetSize(w, h)
	return f
}

// View is the form.
func (f Form) View() string { return f.form.View() }

// ShortHelp shows the form's keys.
func (f Form) ShortHelp() []key.Binding { return f.form.ShortHelp() }

// FullHelp lists the form's keys.
func (f Form) FullHelp() [][]key.Binding { return f.form.FullHelp() }

// Capturing is always true: the form takes typed text.
func (f Form) Capturing() bool { return true }

// Title says whether a member is being added or edited.
func (f Form) Title() string {
	if f.member.ID == 0 {
		return f.c.T.T("members.new_title")
	}
	return f.c.T.T("members.edit_title", map[string]any{"Name": store.OneLine(f.member.FullName)})
}

// FieldError is the message shown beside a field ("" when none; tests).
func (f Form) FieldError(k string) string { return f.form.Error(k) }
