// Package store keeps one coordination council in one SQLite file: its schema and
// migrations, typed queries, the council's rules and the hash-chained journal.
//
// It owns everything the council records and every rule about it: the domain types
// (models.go, vocab.go), the schema and its migrations (migrations/, with the rules in
// migrations/README.md), one transaction per change with its journal row (tx.go,
// journal.go), the guards that refuse writes outside Rada and to a locked meeting
// (guard.go), the meeting's workflow (workflow.go: which step each status allows and to
// whom, checked on every write through refusal.go), the meeting's rules (rules.go: quorum,
// majority, tie) and the read model of a whole meeting that the minutes and every export
// read (record.go).
//
// Imports: store/clean, store/files (the backup), store/i18n (the default agenda's texts, the
// open data's Ukrainian words) and the SQLite driver; never tui or cmd. The interface and the
// documents depend on it, not the other way round.
package store
