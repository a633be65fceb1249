// Package theme holds Rada's semantic palette and every lipgloss style, built once.
// Colours adapt to light and dark terminals; with NO_COLOR the program sets lipgloss's
// colour profile to Ascii (cmd/rada), so the same styles render without colour.
//
// Imports: nothing of Rada.
package theme
