package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Entry is one journal row: who changed what, with the record before and after.
type Entry struct {
	ID       int64
	At       string
	Actor    string
	Action   string // create, update, delete, approve, vote, ...
	Entity   string // member, meeting, agenda_item, ...
	EntityID int64
	Before   string // JSON, "" when nothing was there
	After    string // JSON, "" when nothing remains
	PrevHash string
	Hash     string
}

// genesis is the PrevHash of the first entry.
const genesis = "0000000000000000000000000000000000000000000000000000000000000000"

func entry(action, entity string, id int64, before, after any) Entry {
	return Entry{Action: action, Entity: entity, EntityID: id, Before: toJSON(before), After: toJSON(after)}
}

func toJSON(v any) string {
	if v == nil {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%q", fmt.Sprint(v))
	}
	return string(b)
}

func (e Entry) digest() string {
	h := sha256.New()
	for _, f := range []string{e.PrevHash, strconv.FormatInt(e.ID, 10), e.At, e.Actor, e.Action, e.Entity,
		strconv.FormatInt(e.EntityID, 10), e.Before, e.After} {
		h.Write([]byte(strconv.Itoa(len(f))))
		h.Write([]byte{':'})
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// appendJournal chains e onto the last entry, inside the caller's transaction.
func (s *Store) appendJournal(ctx context.Context, q querier, e Entry) error {
	var lastID int64
	prev := genesis
	err := q.QueryRowContext(ctx, "SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1").Scan(&lastID, &prev)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	e.ID, e.PrevHash = lastID+1, prev
	if e.At == "" {
		e.At = s.stamp()
	}
	if e.Actor == "" {
		e.Actor = s.actor
	}
	e.Hash = e.digest()
	_, err = q.ExecContext(ctx, `INSERT INTO journal (id, at, actor, action, entity, entity_id, before, after, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.ID, e.At, e.Actor, e.Action, e.Entity, e.EntityID, e.Before, e.After, e.PrevHash, e.Hash)
	return err
}

// ChainReport is what VerifyJournal found.
type ChainReport struct {
	Entries  int
	BadID    int64 // the first entry that does not match; 0 when the chain holds
	Problem  string
	LastHash string
}

// VerifyJournal recomputes the hash chain from the first entry.
func (s *Store) VerifyJournal(ctx context.Context) (ChainReport, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, at, actor, action, entity, entity_id, before, after, prev_hash, hash
		FROM journal ORDER BY id`)
	if err != nil {
		return ChainReport{}, mapErr(err)
	}
	defer rows.Close()
	r := ChainReport{LastHash: genesis}
	var want int64 = 1
	for rows.Next() {
		var e Entry
		if err := rows.Scan(&e.ID, &e.At, &e.Actor, &e.Action, &e.Entity, &e.EntityID, &e.Before, &e.After, &e.PrevHash, &e.Hash); err != nil {
			return r, err
		}
		r.Entries++
		if p := chainProblem(e, want, r.LastHash); p != "" && r.BadID == 0 {
			r.BadID, r.Problem = e.ID, p
		}
		r.LastHash, want = e.Hash, e.ID+1
	}
	return r, rows.Err()
}

func chainProblem(e Entry, wantID int64, prev string) string {
	switch {
	case e.ID != wantID:
		return fmt.Sprintf("entry %d is missing", wantID)
	case e.PrevHash != prev:
		return "does not follow the entry before it"
	case e.digest() != e.Hash:
		return "its content was changed after it was written"
	}
	return ""
}

// IntegrityCheck runs SQLite's own check and returns its problems (none: nil).
func (s *Store) IntegrityCheck(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, err
		}
		if strings.TrimSpace(line) != "ok" {
			out = append(out, line)
		}
	}
	return out, mapErr(rows.Err())
}

// ListJournal returns entries for one entity (entity "" for all), newest first.
func (s *Store) ListJournal(ctx context.Context, entity string, id int64, limit int) ([]Entry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, at, actor, action, entity, entity_id, before, after, prev_hash, hash
		FROM journal WHERE (?1 = '' OR (entity = ?1 AND entity_id = ?2)) ORDER BY id DESC LIMIT ?3`, entity, id, limit)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var e Entry
		if err := rows.Scan(&e.ID, &e.At, &e.Actor, &e.Action, &e.Entity, &e.EntityID, &e.Before, &e.After, &e.PrevHash, &e.Hash); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// LastChange is the id of the newest journal entry. It grows with every change made by any
// Rada on the file, so a screen can tell with one cheap query whether to reload.
func (s *Store) LastChange(ctx context.Context) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM journal").Scan(&id)
	return id, mapErr(err)
}
