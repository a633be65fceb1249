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
		// 120 frames a second (Bubble Tea's most): a key's new frame is on screen within
		// 8 ms instead of 17; a frame is written only when the view changed.
		return m, []tea.ProgramOption{tea.WithAltScreen(), tea.WithFPS(120)}
	}
	w, h := 120, 40
	fmt.Sscanf(size, "%dx%d", &w, &h)
	return tui.FirstFrame(m, w, h), []tea.ProgramOption{tea.WithInput(nil)}
}
