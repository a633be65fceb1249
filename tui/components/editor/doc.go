// Package editor embeds a huh form in a screen with Rada's form keys: tab moves between
// fields, ctrl+s saves, esc cancels (asking first when something was typed). The screen
// owns the values the form is bound to and saves them when SubmitMsg arrives.
//
// Imports: store, store/i18n, tui/keys, tui/theme and other components; never a screen.
package editor
