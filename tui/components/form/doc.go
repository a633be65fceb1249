// Package form holds what every embedded huh form shares: a theme drawn from Rada's palette,
// a keymap that leaves ctrl+c, esc and ctrl+s to the screen, and moving the focus to a field.
//
// Imports: tui/common, store/i18n, tui/theme and other components; never a screen.
package form
