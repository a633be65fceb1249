// Package meetings is the Meetings section's home: every meeting, newest first, with its
// status, attendance and quorum.
//
// Imports: store, tui/common, store/i18n, tui/keys and components; never another screen.
package meetings
