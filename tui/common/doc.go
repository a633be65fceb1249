// Package common is the contract between Rada's root model and its screens: the shared
// context every screen is built with, the Screen interface, and the messages screens
// send to navigate without importing each other.
//
// A screen is written with its own concrete type — Update and SetSize return the screen's
// type, not an interface — and the root wraps it:
//
//	type Model struct{ c common.Common; table table.Model }
//	func New(c common.Common) Model                         { ... }
//	func (m Model) Init() tea.Cmd                           { return loadThings(m.c.Store, 1) }
//	func (m Model) Update(msg tea.Msg) (Model, tea.Cmd)     { ... }
//	func (m Model) SetSize(w, h int) Model                  { m.c.Width, m.c.Height = w, h; return m }
//	func (m Model) View() string                            { ... }
//	func (m Model) ShortHelp() []key.Binding                { ... }
//	func (m Model) FullHelp() [][]key.Binding               { ... }
//	func (m Model) Capturing() bool                         { return m.table.Filtering() }
//	func (m Model) Title() string                           { return m.c.T.T("things.title") }
//
//	var s common.Screen = common.Wrap(things.New(c)) // a section's home: tui/sections.go
//
// To open another screen, send a message from this package (OpenMeetingMsg{ID}); the root,
// which imports every screen, builds it (screenFor in tui/screens.go) and pushes it. Every
// message for the root carries the ForRoot mark; a screen's own results do not.
//
// Imports: store, store/i18n and tui/theme; never a screen or a component.
package common
