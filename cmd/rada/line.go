package main

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// usageError makes main exit 2; at names the command whose help it points to.
type usageError struct {
	msg string
	at  string // "export minutes"; "" for Rada as a whole
}

func (e usageError) Error() string { return e.msg }

// parseLine reads a whole command line: global flags anywhere, the command, its kind, its
// own flags (--name value, --name=value, -name value), and its arguments. A flag is known
// by its name in the whole table, so it may come before the kind that takes it.
func parseLine(args []string) (call, bool, error) {
	c := call{set: map[string]string{}}
	help := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			c.args = append(c.args, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			if err := c.place(a); err != nil {
				return c, false, err
			}
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "h" || name == "help" {
			help = true
			continue
		}
		f, ok := c.leaf().flag(name)
		if !ok {
			f, ok = anyFlag(name)
		}
		if !ok {
			return c, false, usageError{fmt.Sprintf("unknown flag %s", a), c.at()}
		}
		if f.arg == "" {
			if !hasValue {
				value = "true"
			} else if _, err := strconv.ParseBool(value); err != nil {
				return c, false, usageError{fmt.Sprintf("%s takes no value", dashed(name)), c.at()}
			}
		} else if !hasValue {
			if i+1 == len(args) {
				return c, false, usageError{fmt.Sprintf("%s needs a value: %s %s", dashed(name), dashed(name), f.arg), c.at()}
			}
			i++
			value = args[i]
		}
		if len(f.values) > 0 {
			value = strings.ToLower(value) // --format PDF is --format pdf
		}
		c.set[name] = value
	}
	return c, help, nil
}

// place puts a word: the command, then its kind, then an argument.
func (c *call) place(word string) error {
	switch {
	case len(c.path) == 0:
		cmd := find(commands, word)
		if cmd == nil {
			return usageError{fmt.Sprintf("unknown command %q", word), ""}
		}
		c.path = append(c.path, cmd)
	case c.leaf().kinds != nil:
		kind := find(c.leaf().kinds, word)
		if kind == nil {
			return usageError{fmt.Sprintf("%s %q: unknown kind; use %s", c.at(), word, strings.Join(names(c.leaf().kinds), ", ")), c.at()}
		}
		c.path = append(c.path, kind)
	default:
		c.args = append(c.args, word)
	}
	return nil
}

// leaf is the command that runs: the kind if there is one (nil: the interface).
func (c call) leaf() *command {
	if len(c.path) == 0 {
		return nil
	}
	return c.path[len(c.path)-1]
}

// at is the command's name as the help names it ("export minutes").
func (c call) at() string {
	return strings.Join(pathNames(c.path), " ")
}

func pathNames(path []*command) []string {
	out := make([]string, len(path))
	for i, p := range path {
		out[i] = p.name
	}
	return out
}

// check refuses what the leaf does not take: another command's flag, a value not among a
// flag's values, a missing kind, a missing or extra argument.
func (c call) check() error {
	leaf := c.leaf()
	for name, v := range c.set {
		f, ok := leaf.flag(name)
		if !ok {
			return usageError{fmt.Sprintf("%s takes no %s", c.label(), dashed(name)), c.at()}
		}
		if len(f.values) > 0 && !slices.ContainsFunc(f.values, func(s string) bool { return strings.EqualFold(s, v) }) {
			return usageError{fmt.Sprintf("%s %q: use %s", dashed(name), v, orList(f.values)), c.at()}
		}
	}
	if leaf == nil {
		if len(c.args) > 0 {
			return usageError{fmt.Sprintf("unexpected %q", c.args[0]), ""}
		}
		return nil
	}
	if leaf.kinds != nil {
		return usageError{fmt.Sprintf("what to %s? use %s", leaf.name, strings.Join(names(leaf.kinds), ", ")), c.at()}
	}
	switch n := len(c.args); {
	case n > leaf.nargs[1] && leaf.nargs[1] == 0:
		return usageError{fmt.Sprintf("%s: unexpected %q", c.at(), c.args[0]), c.at()}
	case n > leaf.nargs[1]:
		return usageError{fmt.Sprintf("%s: too many arguments: %s", c.at(), strings.Join(c.args, " ")), c.at()}
	case n < leaf.nargs[0]:
		return usageError{fmt.Sprintf("%s: give %s", c.at(), leaf.args), c.at()}
	}
	for _, f := range leaf.flags {
		if _, ok := c.set[f.name]; f.required && !ok {
			return usageError{fmt.Sprintf("%s: give %s %s (%s)", c.at(), dashed(f.name), f.arg, f.usage), c.at()}
		}
	}
	return nil
}

func (c call) label() string {
	if len(c.path) == 0 {
		return "rada"
	}
	return c.at()
}

// anyFlag finds a flag by name anywhere in the table, to know whether it takes a value.
func anyFlag(name string) (flagDef, bool) {
	var walk func([]*command) (flagDef, bool)
	walk = func(list []*command) (flagDef, bool) {
		for _, cmd := range list {
			for _, f := range cmd.flags {
				if f.name == name {
					return f, true
				}
			}
			if f, ok := walk(cmd.kinds); ok {
				return f, true
			}
		}
		return flagDef{}, false
	}
	return walk(commands)
}

// str is a flag's value ("" when not given); has tells whether it was given.
func (c call) str(name string) string { return c.set[name] }
func (c call) has(name string) bool   { _, ok := c.set[name]; return ok }
func (c call) on(name string) bool    { b, _ := strconv.ParseBool(c.set[name]); return b }

// num is a whole-number flag (0 when not given).
func (c call) num(name string) (int, error) {
	v, ok := c.set[name]
	if !ok {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, usageError{fmt.Sprintf("%s %q: invalid value, give a whole number", dashed(name), v), c.at()}
	}
	return n, nil
}

// globalsOf takes the global flags from a parsed line; --db may also come from $RADA_DB.
func globalsOf(c call) (globals, error) {
	g := globals{db: c.str("db"), lang: i18n.Lang(c.str("lang")), actor: c.str("as")}
	if g.db == "" && !c.has("db") {
		g.db = os.Getenv("RADA_DB")
	}
	return g, nil
}

// dashed spells a flag as the usage does: -o, --meeting.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

func orList(vs []string) string {
	if len(vs) < 2 {
		return strings.Join(vs, "")
	}
	return strings.Join(vs[:len(vs)-1], ", ") + " or " + vs[len(vs)-1]
}
