package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
)

// runDemo writes the demo council into a new file; a file that holds a council is refused.
func runDemo(ctx context.Context, c call) error {
	g, stdout := c.g, c.stdout
	if g.db == "" {
		return usageError{"demo: give the new file with --db PATH", "demo"}
	}
	sz := demo.Small
	if c.has("size") {
		sz = demo.Size(c.str("size"))
	}
	s, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := demo.Load(ctx, s, sz); err != nil {
		if errors.Is(err, store.ErrNotEmpty) {
			return fmt.Errorf("%s already holds a council; demo needs a new file", g.db)
		}
		return fmt.Errorf("demo: %w", err)
	}
	var members, meetings, plans int
	err = s.DB().QueryRowContext(ctx, `SELECT (SELECT count(*) FROM member), (SELECT count(*) FROM meeting),
		(SELECT count(*) FROM action_plan)`).Scan(&members, &meetings, &plans)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "Demo council written to %s: %d members, %d meetings, %d plans\n", g.db, members, meetings, plans)
	return err
}
