// Package formbox embeds a huh form in a screen with Rada's form keys: tab next field,
// ctrl+s save, esc cancel (asking first when something was typed); the values stay bound
// to the caller's variables, and messages about fields show beside them.
//
// Imports: tui/keys (every binding), huh and Bubble Tea; never a screen.
package formbox
