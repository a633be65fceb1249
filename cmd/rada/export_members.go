package main

import (
	"context"
	"io"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export"
)

func init() {
	exporters["members"] = command{usage: "members --format csv|json [-o FILE]", run: runExportMembers}
}

// runExportMembers writes the register of members, former members included.
func runExportMembers(ctx context.Context, g globals, args []string, stdout io.Writer) error {
	fs := newFlags("export members")
	format := fs.String("format", "csv", "csv or json")
	out := fs.String("o", "", "write to FILE instead of standard output")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"export members: unexpected " + fs.Arg(0)}
	}
	if *format != "csv" && *format != "json" {
		return usageError{"export members --format " + *format + ": use csv or json"}
	}
	s, err := openExisting(ctx, g, store.ReadOnly())
	if err != nil {
		return err
	}
	defer s.Close()
	members, err := s.ListMembers(ctx, store.MemberFilter{})
	if err != nil {
		return err
	}
	return writeOutput(*out, stdout, func(w io.Writer) error { return export.Members(w, members, *format) })
}
