// Package screentest drives a screen in tests without a terminal: a command runs and its
// messages go back to the screen, batches at once and sequences in order, as Bubble Tea
// would; a command that waits (a cursor blink, a timer) is dropped. It also holds what the
// screens' tests share: a council file on a stopped clock, the Common a screen is built
// with, a check that a view fits its window, and a driver that keeps what a screen sends
// to the root.
//
// Imports: store, tui/common, store/i18n and tui/theme; only tests import it.
package screentest
