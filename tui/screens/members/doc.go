// Package members is the Members section: the register of members, current and former
// (filter, sort, count and balance), the member form, leaving the council, and a member's page.
//
// Imports: store, tui/common, store/i18n, tui/keys and components; never another screen.
package members
