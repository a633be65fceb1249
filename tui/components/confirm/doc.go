// Package confirm is the yes/no dialog: y or enter answers yes, n or esc answers no. A
// question asked with AskOrCancel tells n (no, go on) from esc (drop the whole action).
//
// Imports: store, store/i18n, tui/keys and tui/theme; never a screen.
package confirm
