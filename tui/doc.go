// Package tui is Rada's terminal interface: the root model routes keys and messages to
// the screens of the sections (sections.go), each with its own stack, and draws the header,
// tabs, status line and help bar around the active screen.
//
// It owns the root: the list of sections, the stacks of screens, the global keys
// (update.go), routing a screen's messages (route.go: a message marked common.ForRoot goes
// to the root, any other back to the screen that produced it) and the frame (view.go).
//
// Imports: store, every package of tui; it is the only package that imports the screens
// (sections.go, screens.go). Only cmd/rada imports it.
package tui
