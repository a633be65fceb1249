package main

import (
	"fmt"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui"
)

// firstFrameEnv, set to a size such as 120x40, makes rada draw its first frame with data
// at that size without a terminal and exit: .ci/measure times it from process start.
const firstFrameEnv = "RADA_FIRST_FRAME"

// program wraps the interface for a normal run, or for timing its first frame.
func program(m tui.Model) (tea.Model, []tea.ProgramOption) {
	size := os.Getenv(firstFrameEnv)
	if size == "" {
		return m, []tea.ProgramOption{tea.WithAltScreen()}
	}
	w, h := 120, 40
	fmt.Sscanf(size, "%dx%d", &w, &h)
	return tui.FirstFrame(m, w, h), []tea.ProgramOption{tea.WithInput(nil)}
}
