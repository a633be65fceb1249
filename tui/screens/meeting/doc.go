// Package meeting is one meeting's screen: its agenda with the co-chairs' approval, the roll
// call with the live quorum line, the invited guests, and a preview of the minutes so far.
//
// Imports: store, store/export and store/export/doc (the preview), tui/common, store/i18n,
// tui/keys and components; never another screen (it opens the live screen with
// common.OpenLiveMsg).
package meeting
