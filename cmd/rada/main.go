package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// globals are the options every command shares.
type globals struct {
	db    string
	lang  i18n.Lang
	actor string
}

func main() {
	keepBrokenPipe()
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// run runs one command line: exit 0 done, 1 failed (one line), 2 wrong usage.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c, help, err := parseLine(args)
	c.stdout, c.stderr = stdout, stderr
	switch {
	case err == nil && help:
		err = printUsage(stdout, c.path)
	case err == nil:
		err = dispatch(ctx, c)
	}
	var ue usageError
	var found findings
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "rada: %s\n", oneLine(ue.msg))
		fmt.Fprintf(stderr, "Run '%s' for the usage.\n", strings.TrimSpace("rada help "+ue.at))
		return 2
	case errors.As(err, &found):
		for _, f := range found {
			fmt.Fprintf(stderr, "rada: %s\n", oneLine(f))
		}
		return 1
	default:
		fmt.Fprintf(stderr, "rada: %s\n", oneLine(err.Error()))
		return 1
	}
}

func dispatch(ctx context.Context, c call) error {
	if err := c.check(); err != nil {
		return err
	}
	g, err := globalsOf(c)
	if err != nil {
		return err
	}
	c.g = g
	switch {
	case c.leaf() != nil:
		return c.leaf().run(ctx, c)
	case c.on("version"):
		return runVersion(ctx, c)
	}
	return runTUI(ctx, g)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
