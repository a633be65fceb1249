package form

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
)

// DraftDelay is the longest a typed text waits before it is saved as a draft.
const DraftDelay = time.Second

// DraftDueMsg fires DraftDelay after a key; only the latest (Seq) saves.
type DraftDueMsg struct {
	ID  string
	Seq int
}

// DraftSavedMsg says the drafts were written (or why not).
type DraftSavedMsg struct{ Err error }

// inline is the state of a form drawn inside a screen: its inputs, the focused one, and
// where its drafts are kept.
type inline struct {
	inputs []input
	focus  int
	prefix string // the drafts' key prefix, "m12/i3/point/new/"; "" keeps none
	seq    int    // the latest changing key's number, for the draft debounce
}

// NewInline opens a form drawn inside a screen, under what the screen shows, for texts
// typed while something else goes on (the live meeting): bubbles inputs rather than huh,
// so a key costs little, people offered as a name is typed, and drafts (see Drafts).
func NewInline(c common.Common, id, title string, fields ...Field) Model {
	showDates(c, [][]Field{fields})
	m := Model{c: c, id: id, title: title, pages: [][]Field{fields}, ask: confirm.New(c.Styles, c.T), keys: NewKeys(c.T),
		width: c.Width, height: c.Height}
	m.start = m.values()
	in := inline{inputs: make([]input, len(fields))}
	for i, f := range fields {
		in.inputs[i] = newInput(f, c.Width)
	}
	for i := range in.inputs {
		if !in.inputs[i].chooses() {
			in.focus = i
			break
		}
	}
	in.inputs[in.focus], _ = in.inputs[in.focus].focus()
	m.inl = &in
	return m
}

// Drafts keeps what is typed under prefix+key while typing (DraftDelay after the last key,
// and when the focus leaves a field), first filling the fields from saved; esc then closes
// the form without asking, since nothing typed is lost.
func (m Model) Drafts(prefix string, saved map[string]string) Model {
	in := *m.inl
	in.inputs = append([]input(nil), in.inputs...)
	in.prefix = prefix
	for i, fi := range in.inputs {
		if v, ok := saved[prefix+fi.key]; ok && !fi.chooses() {
			in.inputs[i] = fi.setValue(v)
		}
	}
	m.inl = &in
	m.keys.Cancel.SetHelp("esc", m.c.T.T("form.back"))
	return m
}

// Texts are the form's texts keyed for the draft table.
func (m Model) Texts() map[string]string {
	out := map[string]string{}
	if m.inl == nil {
		return out
	}
	for _, in := range m.inl.inputs {
		if !in.chooses() {
			out[m.inl.prefix+in.key] = in.value()
		}
	}
	return out
}

// Typed says whether any text field holds more than spaces.
func (m Model) Typed() bool {
	for _, v := range m.Texts() {
		if strings.TrimSpace(v) != "" {
			return true
		}
	}
	return false
}

// Chosen is the person the field k names, if its text is one of the people offered.
func (m Model) Chosen(k string) (Person, bool) {
	if m.inl == nil {
		return Person{}, false
	}
	for _, in := range m.inl.inputs {
		if in.key == k {
			if i := in.exactPick(); i >= 0 {
				return in.people[i], true
			}
		}
	}
	return Person{}, false
}

// saveDrafts writes the form's texts now.
func (m Model) saveDrafts() tea.Cmd {
	if m.inl == nil || m.inl.prefix == "" {
		return nil
	}
	st, d := m.c.Store, m.Texts()
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		return DraftSavedMsg{Err: st.SaveDrafts(ctx, d)}
	}
}

// updateInline takes a message for an inline form.
func (m Model) updateInline(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case DraftDueMsg:
		if msg.ID != m.id || msg.Seq != m.inl.seq {
			return m, nil
		}
		return m, m.saveDrafts()
	case tea.KeyMsg:
		m, cmd := m.inlineKey(msg)
		if len(m.errs) > 0 {
			m = m.clearFixed()
		}
		return m, cmd
	}
	return m.updateInput(msg)
}

func (m Model) inlineKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k, in := m.keys, m.inl.inputs[m.inl.focus]
	switch {
	case key.Matches(km, k.Cancel):
		if m.inl.prefix != "" || !m.Changed() {
			return m, m.send(CancelMsg{ID: m.id})
		}
		m.ask = m.ask.Ask(m.id+".discard", m.c.T.T("form.discard"))
		return m, nil
	case key.Matches(km, k.Save):
		return m.submit()
	case key.Matches(km, k.Enter):
		if m.inl.focus == len(m.inl.inputs)-1 {
			return m.submit()
		}
		return m.move(1)
	case key.Matches(km, k.Next):
		return m.move(1)
	case key.Matches(km, k.Prev):
		return m.move(-1)
	case in.chooses() && key.Matches(km, k.Choose):
		d := 1
		if km.String() == "left" {
			d = -1
		}
		m.inl.inputs[m.inl.focus] = in.choose(d)
		return m, nil
	case in.people != nil && (key.Matches(km, k.Pick) || km.String() == "up" || km.String() == "down"):
		d := 1
		if km.String() == "up" || km.String() == "ctrl+k" {
			d = -1
		}
		m.inl.inputs[m.inl.focus] = in.movePick(d)
		return m, nil
	}
	return m.updateInput(km)
}

// updateInput passes a message to the focused input; a changed text arms the draft save.
func (m Model) updateInput(msg tea.Msg) (Model, tea.Cmd) {
	in, cmd, changed := m.inl.inputs[m.inl.focus].update(msg)
	m.inl.inputs[m.inl.focus] = in
	if !changed || m.inl.prefix == "" {
		return m, cmd
	}
	m.inl.seq++
	id, seq := m.id, m.inl.seq
	return m, tea.Batch(cmd, tea.Tick(DraftDelay, func(time.Time) tea.Msg { return DraftDueMsg{ID: id, Seq: seq} }))
}

// move moves the focus round the fields and saves the drafts, since the focus left a field.
func (m Model) move(delta int) (Model, tea.Cmd) {
	in := m.inl
	in.inputs[in.focus] = in.inputs[in.focus].blur()
	in.focus = (in.focus + delta + len(in.inputs)) % len(in.inputs)
	var focus tea.Cmd
	in.inputs[in.focus], focus = in.inputs[in.focus].focus()
	return m, tea.Batch(focus, m.saveDrafts())
}

// inlineView is the title and each field under its label, with its message and, for a
// name being typed, the people it may be.
func (m Model) inlineView() string {
	st := m.c.Styles
	var out []string
	if m.title != "" {
		out = append(out, "", st.Accent.Render(m.title))
	}
	for i, in := range m.inl.inputs {
		label := st.Label.Render(in.label)
		if i == m.inl.focus {
			label = st.Accent.Render("▸ " + in.label)
		}
		if msg := m.errs[in.key]; msg != "" {
			label += "  " + st.FieldError.Render(msg)
		}
		out = append(out, label)
		switch {
		case in.chooses():
			out = append(out, "│ ‹ "+in.labels[in.opt]+" ›")
		case in.kind == KindText:
			out = append(out, strings.Split(in.area.View(), "\n")...)
		default:
			out = append(out, in.line.View())
		}
		if i == m.inl.focus && in.people != nil {
			out = append(out, m.suggestions(in)...)
		}
	}
	return strings.Join(out, "\n")
}

func (m Model) suggestions(in input) []string {
	var out []string
	for _, pi := range in.matches() {
		mark, style := "  ", m.c.Styles.Muted
		if pi == in.pick {
			mark, style = "▸ ", m.c.Styles.Accent
		}
		out = append(out, style.Render("  "+mark+in.people[pi].Name))
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// inlineHelp is the keys of an inline form: tab only when there is a field to move to.
func (m Model) inlineHelp() []key.Binding {
	if len(m.inl.inputs) == 1 {
		return []key.Binding{m.keys.Save, m.keys.Cancel}
	}
	return []key.Binding{m.keys.Save, m.keys.Next, m.keys.Cancel}
}
