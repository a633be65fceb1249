package form

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

// Theme is huh's base theme in Rada's colours; a field's help or message shows in its
// description (a message comes styled as an error).
func Theme(st *theme.Styles) *huh.Theme {
	p := st.Palette
	t := huh.ThemeBase()
	t.FieldSeparator = lipgloss.NewStyle().SetString("\n")
	t.Focused.Base = t.Focused.Base.BorderForeground(p.Accent)
	t.Focused.Title = lipgloss.NewStyle().Foreground(p.Accent).Bold(true)
	t.Focused.Description = lipgloss.NewStyle().Foreground(p.Muted)
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

// newHuh builds an embedded huh form: Rada's theme and keys, no help of its own (the help bar
// shows the keys), the given size.
func newHuh(st *theme.Styles, w, h int, groups ...*huh.Group) *huh.Form {
	return huh.NewForm(groups...).WithTheme(Theme(st)).WithKeyMap(KeyMap()).
		WithShowHelp(false).WithShowErrors(false).WithWidth(max(w, MinWidth)).WithHeight(max(h, MinHeight))
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
