package theme

import "github.com/charmbracelet/lipgloss"

// Palette names colours by what they mean, not by how they look.
type Palette struct {
	Text, Muted, Accent, OK, Warn, Error, SelectedBg, SelectedFg, Border lipgloss.AdaptiveColor
}

// DefaultPalette works on light and dark backgrounds.
func DefaultPalette() Palette {
	return Palette{
		Text:       lipgloss.AdaptiveColor{Light: "235", Dark: "252"},
		Muted:      lipgloss.AdaptiveColor{Light: "243", Dark: "245"},
		Accent:     lipgloss.AdaptiveColor{Light: "25", Dark: "75"},
		OK:         lipgloss.AdaptiveColor{Light: "28", Dark: "78"},
		Warn:       lipgloss.AdaptiveColor{Light: "130", Dark: "214"},
		Error:      lipgloss.AdaptiveColor{Light: "160", Dark: "203"},
		SelectedBg: lipgloss.AdaptiveColor{Light: "153", Dark: "24"},
		SelectedFg: lipgloss.AdaptiveColor{Light: "16", Dark: "231"},
		Border:     lipgloss.AdaptiveColor{Light: "250", Dark: "240"},
	}
}

// Styles is every style the interface uses. Screens take them from common.Common and never
// call lipgloss.NewStyle inside View.
type Styles struct {
	Palette Palette

	App       lipgloss.Style // the whole window
	Header    lipgloss.Style // the council's name and file line
	HeaderDim lipgloss.Style
	Title     lipgloss.Style // a screen's title
	Subtitle  lipgloss.Style
	Text      lipgloss.Style
	Muted     lipgloss.Style
	Accent    lipgloss.Style

	TabActive   lipgloss.Style
	TabInactive lipgloss.Style
	TabGap      lipgloss.Style

	TableHeader   lipgloss.Style
	TableRow      lipgloss.Style
	TableSelected lipgloss.Style
	TableFilter   lipgloss.Style

	HelpKey  lipgloss.Style
	HelpDesc lipgloss.Style
	HelpSep  lipgloss.Style
	HelpBox  lipgloss.Style // the full help overlay

	StatusOK  lipgloss.Style
	StatusErr lipgloss.Style
	Warning   lipgloss.Style // a warning line ("the next meeting is overdue")
	Locked    lipgloss.Style // banner over a locked meeting
	OK        lipgloss.Style // a good mark (quorate)
	Bad       lipgloss.Style // a bad mark (no quorum)

	Label      lipgloss.Style // a form field's or a detail's label
	Field      lipgloss.Style // a value or a form field
	FieldError lipgloss.Style // a message beside a field
	Dialog     lipgloss.Style // a confirm dialog's box
	DialogText lipgloss.Style
}

// DefaultStyles builds the styles from DefaultPalette.
func DefaultStyles() *Styles { return NewStyles(DefaultPalette()) }

// NewStyles builds every style from a palette.
func NewStyles(p Palette) *Styles {
	s := &Styles{Palette: p}
	base := lipgloss.NewStyle().Foreground(p.Text)
	s.App = lipgloss.NewStyle()
	s.Header = base.Bold(true)
	s.HeaderDim = lipgloss.NewStyle().Foreground(p.Muted)
	s.Title = lipgloss.NewStyle().Foreground(p.Accent).Bold(true)
	s.Subtitle = lipgloss.NewStyle().Foreground(p.Muted).Italic(true)
	s.Text = base
	s.Muted = lipgloss.NewStyle().Foreground(p.Muted)
	s.Accent = lipgloss.NewStyle().Foreground(p.Accent)

	s.TabActive = lipgloss.NewStyle().Foreground(p.SelectedFg).Background(p.SelectedBg).Bold(true)
	s.TabInactive = lipgloss.NewStyle().Foreground(p.Muted).Padding(0, 1)
	s.TabGap = lipgloss.NewStyle()

	s.TableHeader = lipgloss.NewStyle().Foreground(p.Accent).Bold(true)
	s.TableRow = base
	s.TableSelected = lipgloss.NewStyle().Foreground(p.SelectedFg).Background(p.SelectedBg).Bold(true)
	s.TableFilter = lipgloss.NewStyle().Foreground(p.Warn)

	s.HelpKey = lipgloss.NewStyle().Foreground(p.Accent).Bold(true)
	s.HelpDesc = lipgloss.NewStyle().Foreground(p.Muted)
	s.HelpSep = lipgloss.NewStyle().Foreground(p.Border)
	s.HelpBox = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.Accent).Padding(0, 1)

	s.StatusOK = lipgloss.NewStyle().Foreground(p.OK)
	s.StatusErr = lipgloss.NewStyle().Foreground(p.Error).Bold(true)
	s.Warning = lipgloss.NewStyle().Foreground(p.Warn).Bold(true)
	s.Locked = lipgloss.NewStyle().Foreground(p.Warn).Bold(true).Reverse(true)
	s.OK = lipgloss.NewStyle().Foreground(p.OK)
	s.Bad = lipgloss.NewStyle().Foreground(p.Error)

	s.Label = lipgloss.NewStyle().Foreground(p.Muted)
	s.Field = base
	s.FieldError = lipgloss.NewStyle().Foreground(p.Error)
	s.Dialog = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.Warn).Padding(0, 2)
	s.DialogText = base.Bold(true)
	return s
}
