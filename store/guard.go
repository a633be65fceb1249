package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Guards make a change made outside Rada (the sqlite3 command line, another program) show:
// every write transaction of Rada holds a row in rada_writing while it runs, and a trigger on
// every table records into tampered each row written while that row is absent.
const guardTables = `CREATE TABLE IF NOT EXISTS rada_writing (id INTEGER PRIMARY KEY CHECK (id = 1));
CREATE TABLE IF NOT EXISTS tampered (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    tbl    TEXT NOT NULL,
    row_id INTEGER,
    op     TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS tampered_no_update BEFORE UPDATE ON tampered
BEGIN SELECT RAISE(ABORT, 'rada: the record of outside changes is append-only'); END;
CREATE TRIGGER IF NOT EXISTS tampered_no_delete BEFORE DELETE ON tampered
BEGIN SELECT RAISE(ABORT, 'rada: the record of outside changes is append-only'); END;`

var guardOps = []struct{ op, row string }{{"insert", "NEW"}, {"update", "NEW"}, {"delete", "OLD"}}

func guardName(table, op string) string { return "guard_" + table + "_" + op }

func guardSQL(t guardedTable, op, row string) string {
	if t.rowids {
		row += ".rowid"
	} else {
		row = "NULL"
	}
	return fmt.Sprintf(`CREATE TRIGGER IF NOT EXISTS %s AFTER %s ON %s WHEN NOT EXISTS (SELECT 1 FROM rada_writing)
BEGIN INSERT INTO tampered (at, tbl, row_id, op) VALUES (strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now'), '%s', %s, '%s'); END;`,
		guardName(t.name, op), strings.ToUpper(op), t.name, t.name, row, op)
}

// guardedTable is a table that gets guards; a table WITHOUT ROWID has no row id to record.
type guardedTable struct {
	name   string
	rowids bool
}

// guardedTables are all tables but SQLite's and the guards' own.
func guardedTables(ctx context.Context, q querier) ([]guardedTable, error) {
	rows, err := q.QueryContext(ctx, `SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
		AND name NOT LIKE 'sqlite_%' AND name NOT IN ('rada_writing', 'tampered') ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []guardedTable
	for rows.Next() {
		var t guardedTable
		var withoutRowid bool
		if err := rows.Scan(&t.name, &withoutRowid); err != nil {
			return nil, err
		}
		t.rowids = !withoutRowid
		out = append(out, t)
	}
	return out, rows.Err()
}

// ensureGuards creates the guard tables and a guard on every table; migrations call it.
func ensureGuards(ctx context.Context, q querier) error {
	if _, err := q.ExecContext(ctx, guardTables); err != nil {
		return err
	}
	tables, err := guardedTables(ctx, q)
	if err != nil {
		return err
	}
	for _, t := range tables {
		for _, g := range guardOps {
			if _, err := q.ExecContext(ctx, guardSQL(t, g.op, g.row)); err != nil {
				return err
			}
		}
	}
	return nil
}

// markWriting tells the guards that Rada itself is writing in tx; before the first
// migration there are no guards yet and nothing to tell.
func markWriting(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO rada_writing (id) VALUES (1)")
	if err != nil && strings.Contains(err.Error(), "no such table") {
		return nil
	}
	return err
}

// unmarkWriting ends Rada's write, last thing before commit.
func unmarkWriting(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "DELETE FROM rada_writing")
	return err
}

// OutsideChange is one row written by something other than Rada.
type OutsideChange struct {
	At, Table, Op string
	RowID         int64
}

// GuardReport is what CheckGuards found: the safety net changed and rows changed outside Rada.
type GuardReport struct {
	Missing    []string        // tables, indexes and triggers Rada made that are gone
	Altered    []string        // those whose SQL is no longer the one Rada installs
	Unexpected []string        // tables, views, indexes and triggers Rada did not make ("view x")
	Marked     bool            // the write marker holds a row while nobody writes
	Changes    int             // rows written outside Rada
	First      []OutsideChange // the first few of them
}

// Clean says whether nothing was changed outside Rada.
func (r GuardReport) Clean() bool {
	return len(r.Missing) == 0 && len(r.Altered) == 0 && len(r.Unexpected) == 0 && !r.Marked && r.Changes == 0
}

// schemaObject is one row of sqlite_schema: a table, view, index or trigger.
type schemaObject struct{ kind, name, sql string }

// installed is the schema Rada makes: every migration and the guards, applied to an empty
// database in memory. A file's schema must be this, SQL text for SQL text.
var installed = sync.OnceValues(func() (map[string]schemaObject, error) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:rada-installed?mode=memory")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, m := range mustMigrations() {
		body, err := migrationFiles.ReadFile("migrations/" + m.name)
		if err != nil {
			return nil, err
		}
		if _, err := db.ExecContext(ctx, string(body)); err != nil {
			return nil, err
		}
		if err := ensureGuards(ctx, db); err != nil {
			return nil, err
		}
	}
	return readSchema(ctx, db)
})

// readSchema reads sqlite_schema, leaving out SQLite's own objects.
func readSchema(ctx context.Context, q querier) (map[string]schemaObject, error) {
	rows, err := q.QueryContext(ctx, "SELECT type, name, coalesce(sql, '') FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]schemaObject{}
	for rows.Next() {
		var o schemaObject
		if err := rows.Scan(&o.kind, &o.name, &o.sql); err != nil {
			return nil, err
		}
		out[o.name] = o
	}
	return out, rows.Err()
}

// CheckGuards compares the file's schema with the one Rada installs — every trigger's full
// SQL, no object missing and none added —, checks that the write marker is empty at rest,
// and lists the rows written outside Rada.
func (s *Store) CheckGuards(ctx context.Context) (GuardReport, error) {
	var r GuardReport
	want, err := installed()
	if err != nil {
		return r, err
	}
	have, err := readSchema(ctx, s.db)
	if err != nil {
		return r, mapErr(err)
	}
	for name, w := range want {
		h, ok := have[name]
		switch {
		case !ok:
			r.Missing = append(r.Missing, name)
		case h.kind != w.kind || h.sql != w.sql:
			r.Altered = append(r.Altered, name)
		}
	}
	for name, h := range have {
		if _, ok := want[name]; !ok {
			r.Unexpected = append(r.Unexpected, h.kind+" "+name)
		}
	}
	sort.Strings(r.Missing)
	sort.Strings(r.Altered)
	sort.Strings(r.Unexpected)
	if have["rada_writing"].kind == "table" {
		err := s.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM rada_writing)").Scan(&r.Marked)
		if err != nil {
			return r, mapErr(err)
		}
	}
	if have["tampered"].kind != "table" {
		return r, nil
	}
	err = s.db.QueryRowContext(ctx, "SELECT count(*) FROM tampered").Scan(&r.Changes)
	if err != nil {
		return r, mapErr(err)
	}
	rows, err := s.db.QueryContext(ctx, "SELECT at, tbl, op, coalesce(row_id, 0) FROM tampered ORDER BY id LIMIT 5")
	if err != nil {
		return r, mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var c OutsideChange
		if err := rows.Scan(&c.At, &c.Table, &c.Op, &c.RowID); err != nil {
			return r, err
		}
		r.First = append(r.First, c)
	}
	return r, mapErr(rows.Err())
}
