package store

import (
	"context"
	"database/sql"
	"errors"
)

// Drafts keep what is being typed on the live screen, saved while typing, until it is
// stored in its record. They are scratch text, not part of the record: not journaled.
// Keys name the field, e.g. "m12/i3/point/new" or "m12/i3/heard".

// SaveDraft stores text under key; empty text removes the draft.
func (s *Store) SaveDraft(ctx context.Context, key, text string) error {
	if text == "" {
		return s.ClearDraft(ctx, key)
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO draft (key, value, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`, key, text, s.stamp())
		return err
	})
}

// SaveDrafts stores several drafts in one transaction; empty values remove theirs.
func (s *Store) SaveDrafts(ctx context.Context, drafts map[string]string) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		for k, v := range drafts {
			var err error
			if v == "" {
				_, err = tx.ExecContext(ctx, "DELETE FROM draft WHERE key = ?", k)
			} else {
				_, err = tx.ExecContext(ctx, `INSERT INTO draft (key, value, updated_at) VALUES (?, ?, ?)
					ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`, k, v, s.stamp())
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// LoadDraft returns the draft saved under key ("" when there is none).
func (s *Store) LoadDraft(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM draft WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, mapErr(err)
}

// ListDrafts returns every draft whose key starts with prefix.
func (s *Store) ListDrafts(ctx context.Context, prefix string) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT key, value FROM draft WHERE substr(key, 1, length(?1)) = ?1", prefix)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, rows.Err()
}

// ClearDrafts forgets every draft whose key starts with prefix.
func (s *Store) ClearDrafts(ctx context.Context, prefix string) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM draft WHERE substr(key, 1, length(?1)) = ?1", prefix)
		return err
	})
}

// ClearDraft forgets the draft saved under key.
func (s *Store) ClearDraft(ctx context.Context, key string) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM draft WHERE key = ?", key)
		return err
	})
}
