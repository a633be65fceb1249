package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// checkOutside fails when a safeguard was removed or a row was written outside Rada.
func checkOutside(ctx context.Context, s *store.Store) error {
	g, err := s.CheckGuards(ctx)
	if err != nil {
		return explainOpen(fmt.Errorf("%s: %w", s.Path(), err))
	}
	if len(g.Missing) > 0 {
		return fmt.Errorf("safeguards were removed outside Rada: %s", strings.Join(g.Missing, ", "))
	}
	if g.Changes > 0 {
		c := g.First[0]
		row := fmt.Sprintf("%s row %d", c.Table, c.RowID)
		if c.RowID == 0 {
			row = "a " + c.Table + " row"
		}
		return fmt.Errorf("%d row(s) changed outside Rada; the first: %s (%s at %s)", g.Changes, row, c.Op, c.At)
	}
	return nil
}
