// Package export turns the council's records into documents and data: the minutes, the
// agenda and the plan report (Markdown, HTML, DOCX, PDF through package doc), and the
// open-data sets (CSV with structure files, and JSON). One read model in, bytes out.
//
// It owns the documents' wording and layout (minutes.go, words.go) and the open-data
// formats; it reads through store's read models (store.Record for a meeting) and never
// queries SQLite itself.
//
// Imports: store, store/export/doc, store/files and store/i18n (every phrase); never tui — the interface and cmd/rada call it.
package export
