// Package plan is the Action Plan section: the summary of every plan (its first screen)
// and one plan's commitments table with what is due.
//
// Imports: store, tui/common, store/i18n, tui/keys and components; never another screen.
package plan
