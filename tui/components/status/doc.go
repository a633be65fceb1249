// Package status is the status line: a confirmation or an error that clears itself.
//
// Imports: store, tui/common and tui/theme; never a screen.
package status
