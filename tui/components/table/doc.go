// Package table is the list component of every list screen: columns with minimum and
// flexible widths, a cursor, a "/" filter line (case-insensitive, Cyrillic and Latin),
// sorting by a column, and a view that renders only the rows that fit.
//
// Imports: store, tui/common, store/i18n, tui/keys and tui/theme; never a screen.
package table
