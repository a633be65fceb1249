package demo

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// writer runs the demo's INSERTs inside the load transaction. Each statement is prepared
// once; the first error sticks and every later call does nothing, so the generators read
// as plain sequences of rows.
type writer struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	err   error
}

func newWriter(ctx context.Context, tx *sql.Tx) *writer {
	return &writer{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}}
}

// exec runs query with args and returns the new row's id (0 for tables without rowid).
func (w *writer) exec(query string, args ...any) int64 {
	if w.err != nil {
		return 0
	}
	st, ok := w.stmts[query]
	if !ok {
		var err error
		if st, err = w.tx.PrepareContext(w.ctx, query); err != nil {
			w.fail(query, err)
			return 0
		}
		w.stmts[query] = st
	}
	res, err := st.ExecContext(w.ctx, args...)
	if err != nil {
		w.fail(query, err)
		return 0
	}
	id, _ := res.LastInsertId()
	return id
}

func (w *writer) fail(query string, err error) {
	table := strings.Fields(query)
	if len(table) > 2 {
		err = fmt.Errorf("demo: %s %s: %w", strings.ToLower(table[0]), table[2], err)
	}
	w.err = err
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

// stamp is an instant as the schema stores it, from a date and a time of day (UTC).
func stamp(date, clock string) string { return date + "T" + clock + ":00Z" }

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
