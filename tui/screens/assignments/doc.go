// Package assignments is the Assignments section: every доручення with the meeting and
// decision that gave it, filtered by state and by who is responsible, marked done with a
// date and a note (also after the minutes are locked), corrected (text, responsible,
// deadline) while the meeting's record may change; overdue ones stand out.
//
// Imports: store, tui/common, store/i18n, tui/keys and components; never another screen.
package assignments
