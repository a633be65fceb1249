package main

import (
	"context"
	"fmt"
	"io"
	"strings"
)

// shells are the shells `rada completion` writes a script for.
var shells = []string{"bash", "zsh", "fish"}

// runCompletion prints the completion script for a shell, made from the command table.
func runCompletion(_ context.Context, c call) error {
	sp := newSpec()
	var b strings.Builder
	switch c.args[0] {
	case "bash":
		writeBash(&b, sp)
	case "zsh":
		writeZsh(&b, sp)
	case "fish":
		writeFish(&b, sp)
	default:
		return usageError{fmt.Sprintf("completion %q: use %s", c.args[0], orList(shells)), "completion"}
	}
	_, err := io.WriteString(c.stdout, b.String())
	return err
}

// spec is what a completion script needs to know, taken from the command table once.
type spec struct {
	valued []string // flags that take a value (their value is not a command word)
	leaves []leaf   // every place on the line: "", "export", "export minutes", "help export" …
}

// leaf is one place on the line: the words offered there, and each flag's values.
type leaf struct {
	at     string
	words  []string
	files  bool
	values []flagDef // the flags of this place, with their values or a file or nothing
}

func newSpec() spec {
	var sp spec
	seen := map[string]bool{}
	add := func(fs []flagDef) {
		for _, f := range fs {
			if f.arg != "" && !seen[f.name] {
				seen[f.name] = true
				sp.valued = append(sp.valued, dashed(f.name))
			}
		}
	}
	add(globalFlags)
	sp.leaves = append(sp.leaves, leaf{at: "", words: names(commands)})
	var walk func(path []*command)
	walk = func(path []*command) {
		c := path[len(path)-1]
		at := strings.Join(pathNames(path), " ")
		add(c.flags)
		l := leaf{at: at, values: c.flags, files: c.args != "" && c.values == nil && c.name != "help"}
		switch {
		case c.kinds != nil:
			l.words = names(c.kinds)
		case c.values != nil:
			l.words = c.values
		case c.name == "help":
			l.words = names(commands)
		}
		for _, f := range c.flags {
			l.words = append(l.words, dashed(f.name))
		}
		sp.leaves = append(sp.leaves, l)
		for _, k := range c.kinds {
			walk(append(path, k))
		}
		if c.kinds != nil {
			sp.leaves = append(sp.leaves, leaf{at: "help " + c.name, words: names(c.kinds)})
		}
	}
	for _, c := range commands {
		walk([]*command{c})
	}
	return sp
}

// globalWords are the global flags completion offers everywhere.
func globalWords() []string {
	var out []string
	for _, f := range globalFlags {
		out = append(out, dashed(f.name))
	}
	return out
}

// fileArg tells whether a flag's value is a file or a folder.
func fileArg(f flagDef) bool { return f.arg == "PATH" || f.arg == "FILE" || f.arg == "DIR" }
