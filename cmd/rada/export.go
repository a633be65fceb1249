package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
)

// exporters are the kinds of `rada export KIND`, each registered by its own file.
var exporters = map[string]command{}

func init() {
	commands["export"] = command{usage: "export KIND ...                             write a document or data (KIND: rada export)", run: runExport}
}

func runExport(ctx context.Context, g globals, args []string, stdout io.Writer) error {
	return runKind(ctx, g, "export", exporters, args, stdout)
}

// runKind dispatches `rada VERB KIND ...` to the kind's command.
func runKind(ctx context.Context, g globals, verb string, kinds map[string]command, args []string, stdout io.Writer) error {
	if len(args) > 0 {
		if c, ok := kinds[args[0]]; ok {
			return c.run(ctx, g, args[1:], stdout)
		}
	}
	var lines []string
	for _, k := range sortedKeys(kinds) {
		lines = append(lines, "rada "+verb+" "+kinds[k].usage)
	}
	what := "what to " + verb
	if len(args) > 0 {
		what = fmt.Sprintf("%s %q: unknown kind", verb, args[0])
	}
	return usageError{fmt.Sprintf("%s; use one of:\n  %s", what, strings.Join(lines, "\n  "))}
}

func sortedKeys(m map[string]command) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
