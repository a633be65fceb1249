// Package form is Rada's one form system. Fields are described once — Line, Text, Date,
// Select, Multi, and Name (a person's name, the people offered as it is typed) — with their
// label, help, limit and check. A Model lays them out and shares what every form does: tab
// and shift+tab move, enter on the last field or ctrl+s checks every field and asks the
// screen to save (SubmitMsg), a refusal shows beside its field, esc closes (CancelMsg) and
// asks "discard what you typed?" first when something would be lost. New lays a form over
// the screen with huh; NewInline draws it inside a screen with bubbles inputs, for the live
// meeting's texts, whose Drafts are saved within a second of typing and restored after a crash.
//
// Imports: store, store/i18n, tui/common, tui/keys, tui/theme and other components; never a screen.
package form
