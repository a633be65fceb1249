package main

import (
	"context"
	"fmt"
	"io"
)

func init() {
	commands["version"] = command{usage: "version                                     print the version (also --version)", run: runVersion}
}

func runVersion(_ context.Context, _ globals, _ []string, w io.Writer) error {
	_, err := fmt.Fprintf(w, "rada %s\n", version)
	return err
}
