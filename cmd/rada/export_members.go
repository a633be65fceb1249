package main

import (
	"context"
	"io"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export"
	"github.com/khmelnytskyi-ogp/rada/store/files"
)

func init() {
	exporters["members"] = command{usage: "members --format csv|json [-o FILE [--force]]", run: runExportMembers}
}

// runExportMembers writes the register of members, former members included.
func runExportMembers(ctx context.Context, g globals, args []string, stdout io.Writer) error {
	fs := newFlags("export members")
	format := fs.String("format", "csv", "csv or json")
	var out output
	out.register(fs, "write to FILE instead of standard output")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"export members: unexpected " + fs.Arg(0)}
	}
	if *format != "csv" && *format != "json" {
		return usageError{"export members --format " + *format + ": use csv or json"}
	}
	if err := out.check("export members", g); err != nil {
		return err
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
	// The register holds people's contacts: the file is private.
	return writeOutput(out, files.Private, s.Path(), stdout, func(w io.Writer) error { return export.Members(w, members, *format) })
}
