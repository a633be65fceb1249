package main

import (
	"context"
	"io"
)

// importers are the kinds of `rada import KIND`, each registered by its own file.
var importers = map[string]command{}

func init() {
	commands["import"] = command{usage: "import KIND FILE [--dry-run]                read records from a file (KIND: rada import)", run: runImport}
}

func runImport(ctx context.Context, g globals, args []string, stdout io.Writer) error {
	return runKind(ctx, g, "import", importers, args, stdout)
}
