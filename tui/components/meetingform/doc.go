// Package meetingform is the form of a meeting's header — date, time, place or online link,
// presiding co-chair, secretary — shared by the new meeting (n) and the edit of one (e).
//
// Imports: store, tui/common and other components; never a screen.
package meetingform
