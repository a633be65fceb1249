// Package helpbar renders key bindings as the one-line help bar and the full-help overlay.
//
// Imports: tui/common, store/i18n and tui/theme; never a screen.
package helpbar
