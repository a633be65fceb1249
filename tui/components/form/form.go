package form

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

// Theme is huh's base theme in Rada's colours; a field's message shows in its description.
func Theme(st *theme.Styles) *huh.Theme {
	p := st.Palette
	t := huh.ThemeBase()
	t.FieldSeparator = lipgloss.NewStyle().SetString("\n")
	t.Focused.Base = t.Focused.Base.BorderForeground(p.Accent)
	t.Focused.Title = lipgloss.NewStyle().Foreground(p.Accent).Bold(true)
	t.Focused.Description = lipgloss.NewStyle().Foreground(p.Error)
	t.Focused.ErrorIndicator = lipgloss.NewStyle().Foreground(p.Error).SetString(" *")
	t.Focused.ErrorMessage = lipgloss.NewStyle().Foreground(p.Error)
	t.Focused.SelectSelector = lipgloss.NewStyle().Foreground(p.Accent).SetString("> ")
	t.Focused.NextIndicator = lipgloss.NewStyle().Foreground(p.Accent).MarginLeft(1).SetString("→")
	t.Focused.PrevIndicator = lipgloss.NewStyle().Foreground(p.Accent).MarginRight(1).SetString("←")
	t.Focused.Option = lipgloss.NewStyle().Foreground(p.Text)
	t.Focused.SelectedOption = lipgloss.NewStyle().Foreground(p.Accent)
	t.Focused.TextInput.Cursor = lipgloss.NewStyle().Foreground(p.Accent)
	t.Focused.TextInput.Placeholder = lipgloss.NewStyle().Foreground(p.Muted)
	t.Focused.TextInput.Prompt = lipgloss.NewStyle().Foreground(p.Accent)
	t.Focused.TextInput.Text = lipgloss.NewStyle().Foreground(p.Text)
	t.Blurred = t.Focused
	t.Blurred.Base = t.Focused.Base.BorderStyle(lipgloss.HiddenBorder())
	t.Blurred.Title = lipgloss.NewStyle().Foreground(p.Muted)
	t.Blurred.NextIndicator = lipgloss.NewStyle()
	t.Blurred.PrevIndicator = lipgloss.NewStyle()
	t.Blurred.SelectSelector = lipgloss.NewStyle().SetString("  ")
	return t
}

// KeyMap is huh's keymap without the keys Rada's screens own: ctrl+c quits the program,
// and ctrl+e would leave for an outside editor.
func KeyMap() *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	k.Quit = key.NewBinding(key.WithDisabled())
	k.Text.Editor = key.NewBinding(key.WithDisabled())
	return k
}

// MinWidth and MinHeight are the smallest size a form is laid out at: huh's viewports
// break below them, and the root shows "window too small" long before.
const (
	MinWidth  = 20
	MinHeight = 3
)

// Fit sizes f to w×h cells, never below the minimum.
func Fit(f *huh.Form, w, h int) *huh.Form {
	return f.WithWidth(max(w, MinWidth)).WithHeight(max(h, MinHeight))
}

// New builds an embedded form: Rada's theme and keys, no help of its own (the help bar
// shows the keys), the given size.
func New(st *theme.Styles, w, h int, groups ...*huh.Group) *huh.Form {
	return huh.NewForm(groups...).WithTheme(Theme(st)).WithKeyMap(KeyMap()).
		WithShowHelp(false).WithShowErrors(false).WithWidth(max(w, MinWidth)).WithHeight(max(h, MinHeight))
}

// Focus moves the focus forward to the field with key k (from the first field of a new form).
func Focus(f *huh.Form, k string, fields int) {
	for i := 0; i < fields && f.GetFocusedField() != nil && f.GetFocusedField().GetKey() != k; i++ {
		f.NextField()
	}
}

// Step moves the focus on tab, shift+tab and enter at once, rather than through huh's
// commands, so that text typed right after tab lands in the next field. last is the key of
// the form's last field: enter there submits, tab there stays. It reports whether it handled
// the key and whether the form is to be submitted.
func Step(f *huh.Form, msg tea.KeyMsg, last string) (handled, submit bool) {
	field := f.GetFocusedField()
	if field == nil || f.State != huh.StateNormal {
		return false, false
	}
	_, isText := field.(*huh.Text)
	onLast := field.GetKey() == last
	switch msg.String() {
	case "enter":
		if isText {
			return false, false // a text area's own keys decide
		}
		if onLast {
			return true, true
		}
		f.NextField()
		return true, false
	case "tab":
		if !onLast {
			f.NextField()
		}
		return true, false
	case "shift+tab":
		f.PrevField()
		return true, false
	}
	return false, false
}

// Drive passes msg to an embedded form: tab, shift+tab and enter move at once (see Step),
// everything else goes to huh. It reports whether the form is to be submitted.
func Drive(f *huh.Form, msg tea.Msg, last string) (*huh.Form, tea.Cmd, bool) {
	if km, ok := msg.(tea.KeyMsg); ok {
		if handled, submit := Step(f, km, last); submit || handled {
			return f, nil, submit
		}
	}
	m, cmd := f.Update(msg)
	if hf, ok := m.(*huh.Form); ok {
		f = hf
	}
	return f, cmd, f.State == huh.StateCompleted
}

// Options makes select options of enumeration values, labelled in lang.
func Options[T interface {
	~string
	MsgID() string
}](lang i18n.Lang, values ...T) []huh.Option[T] {
	opts := make([]huh.Option[T], len(values))
	for i, v := range values {
		opts[i] = huh.NewOption(i18n.New(lang).Label(v), v)
	}
	return opts
}
