package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
)

func init() {
	commands["demo"] = command{usage: "demo --db PATH [--size small|large]        create PATH with the demo council", run: runDemo}
}

// runDemo writes the demo council into a new file; a file that holds a council is refused.
func runDemo(ctx context.Context, g globals, args []string, stdout io.Writer) error {
	fs := newFlags("demo")
	db := fs.String("db", "", "the new database file")
	size := fs.String("size", string(demo.Small), "small or large")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("demo: unexpected argument %q", fs.Arg(0))}
	}
	if *db != "" {
		g.db = *db
	}
	if g.db == "" {
		return usageError{"demo: give the new file with --db PATH"}
	}
	sz := demo.Size(*size)
	if sz != demo.Small && sz != demo.Large {
		return usageError{fmt.Sprintf("demo: --size %q: use small or large", *size)}
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
