package store

import (
	"context"
	"database/sql"
	"time"
)

// querier is satisfied by *sql.DB and *sql.Tx so unexported helpers compose.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// withTx runs fn in one immediate transaction; SQLite errors come back as sentinels.
func (s *Store) withTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.readOnly {
		return ErrReadOnly
	}
	if err := s.CheckIntact(ctx); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return mapErr(err)
	}
	if err := markWriting(ctx, tx); err != nil {
		tx.Rollback()
		return mapErr(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return mapErr(err)
	}
	if err := unmarkWriting(ctx, tx); err != nil {
		tx.Rollback()
		return mapErr(err)
	}
	return mapErr(tx.Commit())
}

// read runs fn in one read transaction, so that it sees the file in one state.
func (s *Store) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return mapErr(err)
	}
	defer tx.Rollback()
	return fn(tx)
}

// change runs fn in a transaction and journals what it did in the same transaction.
func (s *Store) change(ctx context.Context, fn func(tx *sql.Tx) (Entry, error)) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		e, err := fn(tx)
		if err != nil {
			return err
		}
		return s.appendJournal(ctx, tx, e)
	})
}

// stamp is the current instant as stored: UTC, second precision.
func (s *Store) stamp() string { return s.now().UTC().Format(time.RFC3339) }

// today is the local calendar date as stored.
func (s *Store) today() string { return s.now().Format(DateLayout) }

// Now is the store's clock (injected in tests and the demo).
func (s *Store) Now() time.Time { return s.now() }

// DateLayout is how dates are stored and typed: 2026-03-12.
const DateLayout = "2006-01-02"

// MonthLayout is how months are stored: 2026-03.
const MonthLayout = "2006-01"

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
