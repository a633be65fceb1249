package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
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

// command is one subcommand: it parses its own flags from args.
type command struct {
	usage string
	run   func(ctx context.Context, g globals, args []string, stdout io.Writer) error
}

// commands is filled by each command's file.
var commands = map[string]command{}

// usageError makes main exit 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	keepBrokenPipe()
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	g, rest, err := parseGlobals(args, stderr)
	if err == nil {
		err = dispatch(ctx, g, rest, stdout)
	}
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "rada: %s\n", ue.msg)
		fmt.Fprintln(stderr, "Run 'rada help' for the commands.")
		return 2
	default:
		fmt.Fprintf(stderr, "rada: %s\n", oneLine(err.Error()))
		return 1
	}
}

func parseGlobals(args []string, stderr io.Writer) (globals, []string, error) {
	fs := flag.NewFlagSet("rada", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var g globals
	var showVersion bool
	fs.StringVar(&g.db, "db", "", "council database file")
	fs.StringVar((*string)(&g.lang), "lang", "", "interface and document language: "+i18n.Codes(" or "))
	fs.StringVar(&g.actor, "as", "", "who makes the changes (the journal names them)")
	fs.BoolVar(&showVersion, "version", false, "print the version")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printHelp(stderr)
			return g, nil, err
		}
		return g, nil, usageError{err.Error()}
	}
	if showVersion {
		return g, []string{"version"}, nil
	}
	if _, err := i18n.ParseLang(string(g.lang)); g.lang != "" && err != nil {
		return g, nil, usageError{fmt.Sprintf("--lang %q: use %s", g.lang, i18n.Codes(" or "))}
	}
	if g.db == "" {
		g.db = os.Getenv("RADA_DB")
	}
	return g, fs.Args(), nil
}

func dispatch(ctx context.Context, g globals, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return runTUI(ctx, g)
	}
	name := args[0]
	if name == "help" {
		printHelp(stdout)
		return nil
	}
	c, ok := commands[name]
	if !ok {
		return usageError{fmt.Sprintf("unknown command %q", name)}
	}
	return c.run(ctx, g, args[1:], stdout)
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "Rada — the coordination council's secretariat.")
	fmt.Fprintln(w, "\nUsage:\n  rada [--db PATH] [--lang "+i18n.Codes("|")+"] [--as NAME]        open the interface")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  rada %s\n", commands[n].usage)
	}
	fmt.Fprintf(w, "\nThe database is --db, else $RADA_DB, else %s;\n", platformDBHelp(runtime.GOOS))
	fmt.Fprintln(w, "the demo council the interface offers is kept in demo.db beside it.")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// newFlags is a subcommand's flag set that reports errors as usage errors.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses and wraps flag errors so that they exit 2.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return usageError{fmt.Sprintf("%s: %v", fs.Name(), err)}
	}
	return nil
}

// parseFileArgs parses the flags and the one FILE argument, which may come before or after
// them; anything else is the usage error given.
func parseFileArgs(fs *flag.FlagSet, args []string, usage string) (string, error) {
	file := ""
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	if err := parseFlags(fs, args); err != nil {
		return "", err
	}
	if file == "" && fs.NArg() == 1 {
		return fs.Arg(0), nil
	}
	if file == "" || fs.NArg() > 0 {
		return "", usageError{usage}
	}
	return file, nil
}
