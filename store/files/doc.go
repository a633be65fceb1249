// Package files writes the files Rada makes — backups, documents, data — so that none of
// them can land on the council's live database, replace a file nobody agreed to replace, or
// be left half written. Every command and the interface write files through Write or Replace.
// Remote tells a network file system, where SQLite cannot keep the database safe.
//
// Imports: the standard library only; store, store/export, the interface and cmd/rada use it.
package files
