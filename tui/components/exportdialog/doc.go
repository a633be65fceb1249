// Package exportdialog is the export dialog (x on a meeting): which document, format,
// language and file; it asks before overwriting a file, shows progress while it works, and
// says in the status line where the file was written. It is pushed as a screen of its own.
//
// Imports: store, store/export, store/files, tui/common, store/i18n and
// tui/keys; never a screen.
package exportdialog
