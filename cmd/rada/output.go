package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/khmelnytskyi-ogp/rada/store/files"
)

// output is -o FILE and --force, which every export takes: without -o the document goes to
// standard output; -o never replaces an existing file without --force, never a symbolic
// link, a device or a folder, and never the live database.
type output struct {
	path  string
	force bool
	set   bool // -o was given, even empty
}

// outputOf takes -o and --force from the command line.
func outputOf(c call) output {
	return output{path: c.str("o"), force: c.on("force"), set: c.has("o")}
}

// check refuses, before anything is read, an empty -o and a file that may not be written.
func (o output) check(name string, g globals) error {
	switch {
	case o.set && o.path == "":
		return usageError{name + ": -o needs a file name", name}
	case !o.set && o.force:
		return usageError{name + ": --force only goes with -o FILE", name}
	case !o.set:
		return nil
	}
	live, err := dbPath(g)
	if err != nil {
		return err
	}
	return explainWrite(files.Check(o.path, files.Options{Force: o.force, Live: live}))
}

// writeOutput writes to standard output, or to -o's file through files.Write (mode private
// or shared), so that a failed export never leaves half a file and a failed write to
// standard output (a full disk, a closed pipe) is an error too.
func writeOutput(o output, mode os.FileMode, live string, stdout io.Writer, write func(io.Writer) error) error {
	if !o.set {
		w := &files.Watched{W: stdout}
		err := write(w)
		if w.Err != nil {
			return fmt.Errorf("cannot write to standard output: %w", w.Err)
		}
		return err
	}
	return explainWrite(files.Write(o.path, files.Options{Force: o.force, Mode: mode, Live: live}, write))
}

// explainWrite tells how to replace a file that exists.
func explainWrite(err error) error {
	if errors.Is(err, files.ErrExists) {
		return fmt.Errorf("%w; use --force to replace it", err)
	}
	return err
}
