// Package welcome is the first screen on a file with no council: found a new council
// (name, city, rules) or explore the demo council in its own file.
//
// Imports: store, tui/common, store/i18n, tui/keys and components; never another screen.
package welcome
