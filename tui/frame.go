package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// firstFrame is the root model drawn at a fixed size that quits as soon as the first
// screen has something to show: the meetings list with its data (or an error), or the
// welcome screen of a file with no council. It times the first frame from process start.
type firstFrame struct{ Model }

// FirstFrame wraps m for timing: it is w×h from the start and ends the program after the
// first frame that shows the home screen's data.
func FirstFrame(m Model, w, h int) tea.Model { return firstFrame{m.resize(w, h)} }

func (f firstFrame) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := f.Model.Update(msg)
	f.Model = next.(Model)
	if f.shown(msg) {
		return f, tea.Quit
	}
	return f, cmd
}

// shown says whether msg gave the home screen what its first frame shows.
func (f firstFrame) shown(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case councilLoadedMsg:
		return msg.err != nil || !msg.found
	case routed:
		home := f.stacks[common.SectionMeetings]
		return f.welcome == nil && len(home) > 0 && msg.to == home[0].id
	}
	return false
}
