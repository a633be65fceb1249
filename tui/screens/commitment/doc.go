// Package commitment is one commitment's detail: every field, its milestones, its status
// changes with their history, and the meetings and decisions that dealt with it.
//
// Imports: store, tui/common, store/i18n, tui/keys and components; never another screen (it
// opens a meeting with common.OpenMeetingMsg).
package commitment
