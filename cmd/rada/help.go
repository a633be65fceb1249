package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// runHelp prints the usage of Rada, of a command or of one of its kinds.
func runHelp(_ context.Context, c call) error {
	var path []*command
	list := commands
	for _, word := range c.args {
		cmd := find(list, word)
		if cmd == nil {
			return usageError{fmt.Sprintf("help: no command %q", strings.Join(c.args, " ")), ""}
		}
		path, list = append(path, cmd), cmd.kinds
	}
	return printUsage(c.stdout, path)
}

// printUsage writes the help of the command at path (none: Rada as a whole).
func printUsage(w io.Writer, path []*command) error {
	ew := &errWriter{w: w}
	switch {
	case len(path) == 0:
		printTop(ew)
	case path[len(path)-1].kinds != nil:
		printKinds(ew, path)
	default:
		printCommand(ew, path)
	}
	return ew.err
}

func printTop(w *errWriter) {
	w.line("Rada — the coordination council's secretariat.")
	w.line("\nUsage:")
	w.line("  rada [--db PATH] [--lang " + i18n.Codes("|") + "] [--as NAME]    open the interface")
	w.line("  rada COMMAND [KIND] [FLAGS] [ARGUMENTS]")
	w.line("\nCommands:")
	for _, c := range commands {
		summary := c.summary
		if c.kinds != nil {
			summary += ": " + strings.Join(names(c.kinds), ", ")
		}
		w.line(fmt.Sprintf("  %-11s %s", c.name, summary))
	}
	printFlags(w, "Global flags (anywhere on the line):", globalFlags)
	w.line(fmt.Sprintf("\nThe database is --db, else $RADA_DB, else %s;", platformDBHelp(runtime.GOOS)))
	w.line("the demo council the interface offers is kept in demo.db beside it.")
	w.line("\nExit status: 0 done, 1 failed (one line on standard error), 2 wrong usage.")
	w.line("Run 'rada help COMMAND' for a command's flags.")
}

func printKinds(w *errWriter, path []*command) {
	c := path[len(path)-1]
	at := strings.Join(pathNames(path), " ")
	w.line(fmt.Sprintf("rada %s — %s.", at, c.summary))
	w.line("\nUsage:")
	for _, k := range c.kinds {
		w.line("  " + usageLine(append(path, k)))
	}
	w.line("\nKinds:")
	for _, k := range c.kinds {
		w.line(fmt.Sprintf("  %-9s %s", k.name, k.summary))
	}
	printFlags(w, "Global flags (anywhere on the line):", globalFlags)
	w.line(fmt.Sprintf("\nRun 'rada help %s KIND' for a kind's flags.", at))
}

func printCommand(w *errWriter, path []*command) {
	c := path[len(path)-1]
	w.line(fmt.Sprintf("rada %s — %s.", strings.Join(pathNames(path), " "), c.summary))
	w.line("\nUsage:\n  " + usageLine(path))
	if len(c.flags) > 0 {
		printFlags(w, "Flags:", c.flags)
	}
	printFlags(w, "Global flags (anywhere on the line):", globalFlags)
}

// usageLine is the command's synopsis, made from its table entry.
func usageLine(path []*command) string {
	c := path[len(path)-1]
	parts := append([]string{"rada"}, pathNames(path)...)
	for _, f := range c.flags {
		s := flagWords(f)
		if !f.required {
			s = "[" + s + "]"
		}
		parts = append(parts, s)
	}
	if c.args != "" {
		parts = append(parts, c.args)
	}
	return strings.Join(parts, " ")
}

// flagWords is "--format md|html" or "--meeting N" or "--force".
func flagWords(f flagDef) string {
	s := dashed(f.name)
	switch {
	case len(f.values) > 0:
		s += " " + strings.Join(f.values, "|")
	case f.arg != "":
		s += " " + f.arg
	}
	return s
}

func printFlags(w *errWriter, title string, flags []flagDef) {
	width := 0
	for _, f := range flags {
		width = max(width, len(flagWords(f)))
	}
	w.line("\n" + title)
	for _, f := range flags {
		meaning := f.usage
		if f.def != "" {
			meaning += " (default: " + f.def + ")"
		}
		w.line(fmt.Sprintf("  %-*s  %s", width, flagWords(f), meaning))
	}
}

// errWriter keeps the first write error, so that help to a closed pipe fails once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) line(s string) {
	if e.err == nil {
		_, e.err = fmt.Fprintln(e.w, s)
	}
}
