package form

import (
	"maps"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
)

// SubmitMsg says the form with ID passed its checks: the screen saves the values it bound.
type SubmitMsg struct{ ID string }

// CancelMsg says the form with ID was closed without saving.
type CancelMsg struct{ ID string }

// Model is an open form: its fields on one or more pages, the messages beside them, and
// the keys every form shares — tab and shift+tab move, enter on the last field or ctrl+s
// saves, esc cancels, asking first when something was typed.
type Model struct {
	c      common.Common
	id     string
	title  string
	pages  [][]Field
	check  func() map[string]string
	hf     *huh.Form // the form laid out by huh, or else
	inl    *inline   // the form drawn inside a screen (NewInline)
	errs   map[string]string
	marked map[string]string // each marked field's value when it was marked
	intro  string            // a text under the title
	note   string            // a refusal that belongs to no field, over the form
	start  string
	ask    confirm.Model
	keys   Keys
	saving bool
	width  int
	height int
}

// New opens a form with id over pages of fields, sized to c's screen.
func New(c common.Common, id, title string, pages ...[]Field) Model {
	showDates(c, pages)
	m := Model{c: c, id: id, title: title, pages: pages, ask: confirm.New(c.Styles, c.T), keys: NewKeys(c.T)}
	m.start = m.values()
	m.width, m.height = c.Width, c.Height
	m.hf = m.build("")
	return m
}

// Checked adds a check of the whole form (fields that depend on each other): field key → message.
func (m Model) Checked(fn func() map[string]string) Model { m.check = fn; return m }

// Intro puts text under the title (what the form is for), wrapped to the width.
func (m Model) Intro(text string) Model {
	m.intro = text
	if m.hf != nil {
		m.hf = Fit(m.hf, m.formWidth(), m.formHeight())
	}
	return m
}

// Keys are the form's keys (a read-only view refuses Save).
func (m Model) Keys() Keys { return m.keys }

// ID names the form.
func (m Model) ID() string { return m.id }

// Init starts the focused field's cursor.
func (m Model) Init() tea.Cmd {
	if m.inl == nil {
		return nil
	}
	_, cmd := m.inl.inputs[m.inl.focus].focus()
	return cmd
}

// build makes the huh form, each field's message (or help) under its label, focus on k.
func (m Model) build(k string) *huh.Form {
	groups := make([]*huh.Group, 0, len(m.pages))
	for _, page := range m.pages {
		fields := make([]huh.Field, len(page))
		for i, f := range page {
			fields[i] = f.build(m.describe(f))
		}
		groups = append(groups, huh.NewGroup(fields...))
	}
	hf := newHuh(m.c.Styles, m.formWidth(), m.formHeight(), groups...)
	hf.Init()
	m.focus(hf, k)
	return hf
}

func (m Model) describe(f Field) string {
	if msg := m.errs[f.key]; msg != "" {
		return m.c.Styles.FieldError.Render("✗ " + msg)
	}
	return f.help
}

// focus moves the focus forward to the field with key k.
func (m Model) focus(hf *huh.Form, k string) {
	if k == "" {
		return
	}
	for _, f := range m.fields() {
		if cur := hf.GetFocusedField(); cur == nil || cur.GetKey() == k {
			return
		}
		m.next(hf, f.key)
	}
}

func (m Model) fields() []Field {
	var out []Field
	for _, p := range m.pages {
		out = append(out, p...)
	}
	return out
}

func (m Model) values() string {
	var b strings.Builder
	for _, f := range m.fields() {
		b.WriteString(f.value())
		b.WriteByte(0)
	}
	return b.String()
}

// Changed says whether anything differs from what the form opened with.
func (m Model) Changed() bool { return m.values() != m.start }

// Focused is the key of the field with the focus.
func (m Model) Focused() string {
	if m.inl != nil {
		return m.inl.inputs[m.inl.focus].key
	}
	if f := m.hf.GetFocusedField(); f != nil {
		return f.GetKey()
	}
	return ""
}

// Value is the text of the field k, trimmed ("" for a select).
func (m Model) Value(k string) string {
	if f, ok := m.field(k); ok && f.text != nil {
		return strings.TrimSpace(*f.text)
	}
	return ""
}

// Error is the message beside the field k ("" when none).
func (m Model) Error(k string) string { return m.errs[k] }

// Saving says whether a save is under way (keys wait until it ends).
func (m Model) Saving() bool { return m.saving }

// Asking says whether the discard question is open.
func (m Model) Asking() bool { return m.ask.Active() }

// SetErrors shows the store's messages beside their fields, the focus on the first; the
// form keeps its values and takes keys again.
func (m Model) SetErrors(errs map[string]string) Model {
	m.saving, m.errs, m.note = false, errs, ""
	m.marked = map[string]string{}
	for _, f := range m.fields() {
		m.marked[f.key] = f.value()
	}
	if m.inl == nil {
		m.hf = m.build(m.firstBad())
	}
	return m
}

// clearFixed takes the mark off every field changed since it was marked whose own checks
// now pass (30.02.2027 corrected to 28.02.2027 loses its ✗ at once); the huh form is
// laid out again only when a mark went.
func (m Model) clearFixed() Model {
	var errs map[string]string
	for _, f := range m.fields() {
		if m.errs[f.key] == "" || f.value() == m.marked[f.key] || f.message(m.c.FieldText) != "" {
			continue
		}
		if errs == nil {
			errs = maps.Clone(m.errs)
		}
		delete(errs, f.key)
	}
	if errs == nil {
		return m
	}
	m.errs = errs
	if m.inl == nil {
		m.hf = m.build(m.Focused())
	}
	return m
}

// SetError shows text over the form (a save refused for no field); the form keeps its values.
func (m Model) SetError(text string) Model {
	m.saving, m.note = false, store.OneLine(text)
	if m.hf != nil && m.hf.State != huh.StateNormal {
		m.hf = m.build(m.Focused())
	}
	return m
}

// Refused shows why a save failed: the store's messages beside their fields, or else the
// error over the form.
func (m Model) Refused(err error) Model {
	if errs := m.c.FieldErrors(err); len(errs) > 0 {
		return m.SetErrors(errs)
	}
	return m.SetError(m.c.ErrText(err))
}

func (m Model) firstBad() string {
	for _, f := range m.fields() {
		if m.errs[f.key] != "" {
			return f.key
		}
	}
	return ""
}

// MaxWidth is the widest a form is laid out: longer lines are hard to read.
const MaxWidth = 100

func (m Model) formWidth() int { return min(max(m.width, MinWidth), MaxWidth) }
func (m Model) formHeight() int {
	return max(m.height-1-lipgloss.Height(m.introView()), MinHeight)
}

func (m Model) introView() string {
	if m.intro == "" {
		return ""
	}
	return m.c.Styles.Muted.Render(ansi.Wordwrap(m.intro, max(m.width, 1), "")) + "\n"
}

// SetSize fits the form into w×h cells, keeping the focus and what was typed.
func (m Model) SetSize(w, h int) Model {
	m.width, m.height = w, h
	if m.inl != nil {
		for i := range m.inl.inputs {
			m.inl.inputs[i] = m.inl.inputs[i].setWidth(w)
		}
		return m
	}
	m.hf = Fit(m.hf, m.formWidth(), m.formHeight())
	return m
}

// Update takes one message: the discard question's answer, the form's keys, or a key or
// message for the focused field.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	km, isKey := msg.(tea.KeyMsg)
	switch {
	case isKey && m.ask.Active():
		return m.answer(km)
	case isKey && key.Matches(km, m.keys.Save):
		return m.submit()
	case isKey && key.Matches(km, m.keys.Cancel) && m.inl == nil:
		if !m.Changed() {
			return m, m.send(CancelMsg{ID: m.id})
		}
		m.ask = m.ask.Ask(m.id+".discard", m.c.T.T("form.discard"))
		return m, nil
	case m.inl != nil:
		return m.updateInline(msg)
	case m.saving:
		return m, nil
	case isKey:
		if handled, submit := m.step(km); submit {
			return m.submit()
		} else if handled {
			return m, nil
		}
	}
	f, cmd := m.hf.Update(msg)
	if hf, ok := f.(*huh.Form); ok {
		m.hf = hf
	}
	if m.hf.State == huh.StateCompleted {
		return m.submit()
	}
	if isKey && len(m.errs) > 0 {
		m = m.clearFixed()
	}
	return m, cmd
}

// answer takes a key while the discard question is open: yes closes the form.
func (m Model) answer(km tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(km, m.ask.Yes):
		m.ask, _ = m.ask.Update(km)
		return m, m.send(CancelMsg{ID: m.id})
	case key.Matches(km, m.ask.No):
		m.ask, _ = m.ask.Update(km)
	}
	return m, nil
}

// submit checks every field; a refusal shows beside its field, else the screen is asked to save.
func (m Model) submit() (Model, tea.Cmd) {
	if m.saving {
		return m, nil
	}
	if m.inl != nil {
		m.inl.inputs[m.inl.focus] = m.inl.inputs[m.inl.focus].takePick()
	}
	errs := map[string]string{}
	for _, f := range m.fields() {
		if msg := f.message(m.c.FieldText); msg != "" {
			errs[f.key] = msg
		}
	}
	if m.check != nil {
		for k, v := range m.check() {
			if errs[k] == "" {
				errs[k] = v
			}
		}
	}
	if len(errs) > 0 {
		return m.SetErrors(errs), nil
	}
	if m.inl != nil {
		return m, m.send(SubmitMsg{ID: m.id}) // the live meeting goes on: no key waits for the save
	}
	if len(m.errs) > 0 || m.hf.State != huh.StateNormal {
		m.errs = nil
		m.hf = m.build(m.Focused())
	}
	m.saving, m.note = true, ""
	return m, m.send(SubmitMsg{ID: m.id})
}

func (m Model) send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// View is the title, a refusal if any, then the form or the question about throwing the
// changes away.
func (m Model) View() string {
	w := max(m.width, 1)
	if m.inl != nil {
		if m.ask.Active() {
			return m.ask.View(w)
		}
		return m.inlineView()
	}
	head := m.c.Styles.Title.Render(ansi.Truncate(store.OneLine(m.title), w, "…"))
	if m.ask.Active() {
		return head + "\n\n" + m.ask.View(w)
	}
	note := ""
	if m.note != "" {
		note = m.c.Styles.StatusErr.Render(ansi.Truncate(m.note, w, "…"))
	}
	return head + "\n" + m.introView() + note + "\n" + strings.TrimRight(m.hf.View(), "\n")
}

// ShortHelp lists the keys that work now.
func (m Model) ShortHelp() []key.Binding {
	if m.ask.Active() {
		return m.ask.ShortHelp()
	}
	if m.inl != nil {
		return m.inlineHelp()
	}
	k := m.keys
	if f, ok := m.field(m.Focused()); ok && f.inline {
		return []key.Binding{k.Choose, k.Next, k.Save, k.Cancel}
	}
	return []key.Binding{k.Next, k.Prev, k.Save, k.Cancel}
}

// FullHelp lists the form's keys.
func (m Model) FullHelp() [][]key.Binding {
	if k := m.keys; m.inl != nil && !m.ask.Active() {
		return [][]key.Binding{{k.Save, k.Enter, k.Next, k.Prev, k.Pick, k.Cancel}}
	}
	return [][]key.Binding{m.ShortHelp()}
}

func (m Model) field(k string) (Field, bool) {
	for _, f := range m.fields() {
		if f.key == k {
			return f, true
		}
	}
	return Field{}, false
}
