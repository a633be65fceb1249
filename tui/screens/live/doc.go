// Package live is the live meeting screen: the current item and what is recorded for it,
// attendance with a live quorum line, the roll-call vote with one key per member, and
// editors whose every keystroke is kept as a draft so nothing typed is lost.
//
// Imports: store, tui/common, store/i18n, tui/keys and components; never another screen.
package live
