package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// findings are what verify found wrong, each said on its own line.
type findings []string

func (f findings) Error() string { return strings.Join(f, "\n") }

// checkOutside fails when the safety net was changed or a row was written outside Rada,
// naming every finding.
func checkOutside(ctx context.Context, s *store.Store) error {
	g, err := s.CheckGuards(ctx)
	if err != nil {
		return explainOpen(fmt.Errorf("%s: %w", s.Path(), err))
	}
	var f findings
	if len(g.Missing) > 0 {
		f = append(f, "safeguards were removed outside Rada: "+strings.Join(g.Missing, ", "))
	}
	if len(g.Altered) > 0 {
		f = append(f, "safeguards were rewritten outside Rada (their SQL is not Rada's): "+strings.Join(g.Altered, ", "))
	}
	if len(g.Unexpected) > 0 {
		f = append(f, "objects Rada did not make were added outside Rada: "+strings.Join(g.Unexpected, ", "))
	}
	if g.Marked {
		f = append(f, "the write marker (table rada_writing) holds a row while nobody writes: something wrote past the guards")
	}
	if g.Changes > 0 {
		c := g.First[0]
		row := fmt.Sprintf("%s row %d", c.Table, c.RowID)
		if c.RowID == 0 {
			row = "a " + c.Table + " row"
		}
		f = append(f, fmt.Sprintf("%d row(s) changed outside Rada; the first: %s (%s at %s)", g.Changes, row, c.Op, c.At))
	}
	if len(f) > 0 {
		return f
	}
	return nil
}
