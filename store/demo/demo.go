package demo

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// Size picks which demo council Load writes.
type Size string

// Sizes of the demo council.
const (
	Small Size = "small" // the Khmelnytskyi-like council: 15 members, 5 meetings, 2 plans
	Large Size = "large" // 30 years of monthly meetings, about 300,000 votes
)

// Load fills an empty council file with the demo council; it refuses a file that holds data (store.ErrNotEmpty).
func Load(ctx context.Context, s *store.Store, size Size) error {
	var fill func(w *writer)
	switch size {
	case Small:
		fill = writeSmall
	case Large:
		fill = writeLarge
	default:
		return fmt.Errorf("demo size %q: %w", size, store.ErrInvalid)
	}
	return s.Bulk(ctx, "demo "+string(size), func(ctx context.Context, tx *sql.Tx) error {
		w := newWriter(ctx, tx)
		defer w.close()
		fill(w)
		return w.err
	})
}
