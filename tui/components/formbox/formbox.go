package formbox

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// Result says what the last update did to the form.
type Result int

// Results of Update.
const (
	Editing   Result = iota
	Submitted        // the values passed Check: save them
	Cancelled        // the person left the form
)

// Build makes the form's groups; errs (field key → message) go into the fields' titles
// (see Title), so a message stands beside its field. Fields bind the caller's variables,
// so a rebuilt form keeps what was typed.
type Build func(errs map[string]string) []*huh.Group

// Title is a field's title with its message, if any: "Дата ✗ дата у форматі РРРР-ММ-ДД".
func Title(label string, errs map[string]string, key string) string {
	if msg := errs[key]; msg != "" {
		return label + "  ✗ " + msg
	}
	return label
}

// Texts are the form's words in the interface language.
type Texts struct {
	Title        string
	Save, Cancel string // help for ctrl+s and esc
	Discard      string // "Discard the changes? y/n"
	Yes, No      string
}

// Styles are the form's looks.
type Styles struct {
	Title, Error, Muted lipgloss.Style
}

// Model is an embedded form.
type Model struct {
	form     *huh.Form
	build    Build
	check    func() map[string]string // field key → message; empty when the values are fine
	snapshot func() string            // the values as one string, to tell whether anything changed
	initial  string
	errs     map[string]string
	asking   bool
	texts    Texts
	styles   Styles
	width    int
	Save     key.Binding
	Cancel   key.Binding
}

// discardYes and discardNo answer "discard the changes?".
var (
	discardYes = keys.NewBinding(key.WithKeys("y", "Y", "enter"))
	discardNo  = keys.NewBinding(key.WithKeys("n", "N", "esc"))
)

// New builds the form; check validates the bound values, snapshot tells whether they changed.
func New(build Build, check func() map[string]string, snapshot func() string, t Texts, st Styles) Model {
	m := Model{
		build: build, check: check, snapshot: snapshot, initial: snapshot(), texts: t, styles: st, width: 60,
		Save:   keys.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", t.Save)),
		Cancel: keys.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.Cancel)),
	}
	m.form = m.newForm()
	return m
}

func (m Model) newForm() *huh.Form {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithDisabled())
	return huh.NewForm(m.build(m.errs)...).WithKeyMap(km).WithShowHelp(false).WithShowErrors(false).
		WithTheme(huh.ThemeBase()).WithWidth(m.width)
}

// Init focuses the first field.
func (m Model) Init() tea.Cmd { return m.form.Init() }

// SetErrors shows messages beside fields (from the store's validation) and keeps editing.
func (m Model) SetErrors(errs map[string]string) (Model, tea.Cmd) {
	m.errs = errs
	m.form = m.newForm()
	return m, m.form.Init()
}

// Errors are the messages shown beside fields.
func (m Model) Errors() map[string]string { return m.errs }

// SetWidth fits the form into width columns.
func (m Model) SetWidth(w int) Model {
	m.width = max(w, 10)
	m.form = m.form.WithWidth(m.width)
	return m
}

// Update handles one message.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd, Result) {
	if km, ok := msg.(tea.KeyMsg); ok {
		if m.asking {
			switch {
			case key.Matches(km, discardYes):
				return m, nil, Cancelled
			case key.Matches(km, discardNo):
				m.asking = false
			}
			return m, nil, Editing
		}
		switch {
		case key.Matches(km, m.Save):
			return m.submit()
		case key.Matches(km, m.Cancel):
			if m.snapshot() == m.initial {
				return m, nil, Cancelled
			}
			m.asking = true
			return m, nil, Editing
		}
	}
	f, cmd := m.form.Update(msg)
	m.form = f.(*huh.Form)
	if m.form.State == huh.StateCompleted {
		return m.submit()
	}
	return m, cmd, Editing
}

func (m Model) submit() (Model, tea.Cmd, Result) {
	if errs := m.check(); len(errs) > 0 {
		m, cmd := m.SetErrors(errs)
		return m, cmd, Editing
	}
	return m, nil, Submitted
}

// Dirty says whether anything was typed.
func (m Model) Dirty() bool { return m.snapshot() != m.initial }

// ShortHelp is the form's keys.
func (m Model) ShortHelp() []key.Binding {
	return []key.Binding{
		keys.NewBinding(key.WithKeys("tab"), key.WithHelp("tab/shift+tab", "↓↑")),
		m.Save, m.Cancel,
	}
}

// View draws the title, the form and the messages about its fields.
func (m Model) View() string {
	var b strings.Builder
	if m.texts.Title != "" {
		b.WriteString(m.styles.Title.Render(m.texts.Title) + "\n")
	}
	b.WriteString(strings.TrimRight(m.form.View(), "\n"))
	if m.asking {
		b.WriteString("\n" + m.styles.Error.Render(ansi.Truncate(m.texts.Discard, m.width, "…")))
	}
	return b.String()
}
