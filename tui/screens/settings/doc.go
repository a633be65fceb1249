// Package settings shows the council's settings (names, city, the rules of its meetings,
// numbering, signers, languages) and edits them with a form.
//
// Imports: store, tui/common, tui/keys and components; never another screen.
package settings
