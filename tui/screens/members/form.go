package members

import (
	"errors"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// formFields are the form's field keys in order; they are also the store's field names.
var formFields = []string{"full_name", "position", "organisation", "sector", "side", "role",
	"email", "phone", "term_from", "term_to", "notes"}

const discardID = "members.discard"

// Form is the screen that adds or edits a member: a huh form over the member's fields.
type Form struct {
	c       common.Common
	keys    FormKeys
	member  store.Member // as loaded (ID 0: a new member)
	vals    *store.Member
	start   store.Member
	form    *huh.Form
	errs    map[string]string
	confirm confirm.Model
	saving  bool
}

// NewForm opens the form on m; a zero Member adds a new one.
func NewForm(c common.Common, m store.Member) Form {
	if m.ID == 0 {
		m.Sector, m.Side, m.Role = store.SectorExecutive, store.SideGovernment, store.RoleMember
	}
	m = cleanMember(m)
	vals := m
	f := Form{c: c, keys: newFormKeys(c.T), member: m, vals: &vals, start: m, confirm: confirm.New(c.Styles, c.T)}
	f.form = f.build("")
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

// build makes the huh form over f.vals, each field's message beside it, focus on focusKey.
func (f Form) build(focusKey string) *huh.Form {
	t, v := f.c.T, f.vals
	input := func(k string, val *string, limit int) *huh.Input {
		return huh.NewInput().Key(k).Title(t.T("members.field." + k)).Description(f.errs[k]).Value(val).CharLimit(limit)
	}
	fields := []huh.Field{
		input("full_name", &v.FullName, 200),
		input("position", &v.Position, 300),
		input("organisation", &v.Organisation, 300),
		choice("sector", t.T("members.field.sector"), f.errs["sector"], &v.Sector, store.Sectors, f.c.Lang),
		choice("side", t.T("members.field.side"), f.errs["side"], &v.Side, store.Sides, f.c.Lang),
		choice("role", t.T("members.field.role"), f.errs["role"], &v.Role, store.Roles, f.c.Lang),
		input("email", &v.Email, 200).Placeholder(t.T("members.email_hint")),
		input("phone", &v.Phone, 30).Placeholder(t.T("members.phone_hint")),
		input("term_from", &v.TermFrom, 12).Placeholder(t.T("members.date_hint")),
		input("term_to", &v.TermTo, 12).Placeholder(t.T("members.date_hint")),
		huh.NewText().Key("notes").Title(t.T("members.field.notes")).Description(f.errs["notes"]).
			Value(&v.Notes).CharLimit(2000).Lines(3),
	}
	hf := form.New(f.c.Styles, f.formWidth(), f.formHeight(), huh.NewGroup(fields...))
	hf.Init()
	if focusKey != "" {
		form.Focus(hf, focusKey, len(fields))
	}
	return hf
}

// choice is a select over an enumeration, labelled in lang, shown on one line.
func choice[T interface {
	~string
	MsgID() string
}](k, title, msg string, val *T, values []T, lang i18n.Lang) *huh.Select[T] {
	return huh.NewSelect[T]().Key(k).Title(title).Description(msg).Options(form.Options(lang, values...)...).Value(val).Inline(true)
}

func (f Form) formWidth() int  { return min(max(f.c.Width, 20), 100) }
func (f Form) formHeight() int { return max(f.c.Height-2, 3) }

// Init focuses the first field.
func (f Form) Init() tea.Cmd { return nil }

// Update saves on ctrl+s (or enter on the last field), asks on esc when something changed,
// and otherwise lets the form take the key.
func (f Form) Update(msg tea.Msg) (Form, tea.Cmd) {
	if msg, ok := msg.(memberSavedMsg); ok {
		return f.onSaved(msg)
	}
	s := form.Screen{Save: f.keys.Save, Cancel: f.keys.Cancel, Changed: f.Changed, Discard: discardID, Last: formFields[len(formFields)-1], T: f.c.T}
	var out form.Outcome
	var cmd tea.Cmd
	if f.confirm, f.form, out, cmd = s.Update(msg, f.confirm, f.form, f.saving); out == form.Save {
		return f.save()
	}
	return f, cmd
}

// Member is the member as typed, dates in DD.MM.YYYY turned into YYYY-MM-DD.
func (f Form) Member() store.Member {
	m := *f.vals
	m.ID = f.member.ID
	m.TermFrom, m.TermTo = isoDate(m.TermFrom), isoDate(m.TermTo)
	return m
}

// Changed says whether anything differs from what the form opened with.
func (f Form) Changed() bool { return *f.vals != f.start }

func (f Form) save() (Form, tea.Cmd) {
	if f.saving {
		return f, nil
	}
	f.saving = true
	return f, saveMember(f.c.Store, f.Member())
}

func (f Form) onSaved(msg memberSavedMsg) (Form, tea.Cmd) {
	f.saving = false
	if msg.err == nil {
		text := f.c.T.T("members.saved", map[string]any{"Name": store.OneLine(msg.member.FullName)})
		return f, tea.Batch(common.Back(), common.Changed(), common.Status(text))
	}
	var v *store.ValidationError
	if !errors.As(msg.err, &v) {
		if f.form.State != huh.StateNormal {
			f.form = f.build(f.focused())
		}
		return f, f.c.Error(msg.err)
	}
	f.errs = f.c.FieldErrors(msg.err)
	f.form = f.build(firstBad(f.errs))
	return f, f.c.Error(msg.err)
}

func (f Form) focused() string {
	if ff := f.form.GetFocusedField(); ff != nil {
		return ff.GetKey()
	}
	return ""
}

func firstBad(errs map[string]string) string {
	for _, k := range formFields {
		if errs[k] != "" {
			return k
		}
	}
	return ""
}

// isoDate turns 12.03.2026 into 2026-03-12; anything else stays as typed for the store to judge.
func isoDate(s string) string {
	if d, err := time.Parse("02.01.2006", s); err == nil {
		return d.Format(store.DateLayout)
	}
	return s
}

// SetSize rebuilds the form for the new size, keeping the focus and what was typed.
func (f Form) SetSize(w, h int) Form {
	if w == f.c.Width && h == f.c.Height {
		return f
	}
	f.c.Width, f.c.Height = w, h
	f.form = form.Fit(f.form, f.formWidth(), f.formHeight())
	return f
}

// View is the title, then the form or the question about throwing changes away.
func (f Form) View() string { return form.View(f.c.Styles, f.Title(), f.c.Width, f.confirm, f.form) }

// ShortHelp shows the form's keys.
func (f Form) ShortHelp() []key.Binding {
	if f.confirm.Active() {
		return f.confirm.ShortHelp()
	}
	switch f.focused() {
	case "sector", "side", "role":
		return []key.Binding{f.keys.Choose, f.keys.Next, f.keys.Save, f.keys.Cancel}
	}
	return []key.Binding{f.keys.Next, f.keys.Prev, f.keys.Save, f.keys.Cancel}
}

// FullHelp lists the form's keys.
func (f Form) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }

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
func (f Form) FieldError(k string) string { return f.errs[k] }
