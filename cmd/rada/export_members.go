package main

import (
	"context"
	"io"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export"
	"github.com/khmelnytskyi-ogp/rada/store/files"
)

// runExportMembers writes the register of members, former members included.
func runExportMembers(ctx context.Context, c call) error {
	g, stdout, out := c.g, c.stdout, outputOf(c)
	format := strings.ToLower(c.str("format"))
	if format == "" {
		format = "csv"
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
	return writeOutput(out, files.Private, s.Path(), stdout, func(w io.Writer) error { return export.Members(w, members, format) })
}
