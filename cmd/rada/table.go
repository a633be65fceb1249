package main

import (
	"context"
	"io"
	"runtime"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// command is one entry of the command table: a command, or a kind of one (`export minutes`).
// The table is the one source of the parser, the help, the usage errors and completion.
type command struct {
	name    string
	summary string     // what it does, in one line
	args    string     // the words it takes besides flags, as the usage shows them ("FILE")
	nargs   [2]int     // how many of them: at least, at most
	values  []string   // what completion offers for them; none: file names when args is set
	flags   []flagDef  // its own flags; the global ones go anywhere
	kinds   []*command // `rada export KIND`: the kinds, each a command of its own
	run     func(ctx context.Context, c call) error
}

// flagDef is one flag: --name ARG (no ARG: a switch), its default as help says it, and
// the values completion offers.
type flagDef struct {
	name, arg, def, usage string
	values                []string
	required              bool
}

// call is a parsed command line, handed to the command that runs it.
type call struct {
	g      globals
	path   []*command // the command, then its kind
	set    map[string]string
	args   []string
	stdout io.Writer
	stderr io.Writer
}

// globalFlags may stand anywhere on the line, before or after the command and its kind.
var globalFlags = []flagDef{
	{name: "db", arg: "PATH", def: "$RADA_DB, else " + platformDBHelp(runtime.GOOS), usage: "the council's database file"},
	{name: "lang", arg: "LANG", values: strings.Split(i18n.Codes(" "), " "), def: "the council's setting, else the environment", usage: "the language of the interface and of documents"},
	{name: "as", arg: "NAME", def: "the operating-system user", usage: "who makes the changes, as the journal records them"},
	{name: "help", usage: "print the usage of the command and exit (also -h)"},
	{name: "version", usage: "print the version and exit"},
}

// Flags that several commands share.
var (
	flagMeeting = flagDef{name: "meeting", arg: "N", usage: "the meeting's number as the minutes print it", required: true}
	flagYear    = flagDef{name: "year", arg: "Y", def: "the latest one held", usage: "the year, among meetings with that number"}
	flagOut     = flagDef{name: "o", arg: "FILE", def: "standard output", usage: "write to FILE"}
	flagForce   = flagDef{name: "force", usage: "replace FILE if it is an existing regular file"}
	docFormats  = []string{"md", "html", "docx", "pdf"}
)

func formatFlag(values []string, def string) flagDef {
	return flagDef{name: "format", arg: "FORMAT", values: values, def: def, usage: "the format of the output"}
}

// commands is the command table, in the order help lists it.
var commands []*command

func init() {
	commands = []*command{
		{name: "demo", summary: "create the --db file with the demo council; refuses a non-empty database", run: runDemo,
			flags: []flagDef{{name: "size", arg: "SIZE", values: []string{"small", "large"}, def: "small", usage: "small (14 members) or large (for measuring speed)"}}},
		{name: "export", summary: "write a document or data", kinds: exportKinds()},
		{name: "import", summary: "read records from a file", kinds: []*command{
			{name: "members", summary: "add the members of a CSV (or JSON) file: all of them, or none when a row is bad",
				args: "FILE", nargs: [2]int{1, 1}, run: runImportMembers,
				flags: []flagDef{{name: "dry-run", usage: "check the file and report, without importing"}}},
		}},
		{name: "due", summary: "what awaits whom: agendas, approvals, minutes, assignments, the next meeting, OGP assessments", run: runDue},
		{name: "backup", summary: "a consistent copy (0600), also while another Rada writes; never onto the live file",
			args: "FILE", nargs: [2]int{1, 1}, run: runBackup, flags: []flagDef{flagForce}},
		{name: "verify", summary: "SQLite's integrity check, the journal's hash chain, changes made outside Rada, the newest daily backup", run: runVerify},
		{name: "completion", summary: "print a completion script for bash, zsh or fish",
			args: "SHELL", nargs: [2]int{1, 1}, values: shells, run: runCompletion},
		{name: "help", summary: "print the usage of Rada, of a command or of a kind", args: "[COMMAND [KIND]]", nargs: [2]int{0, 2}, run: runHelp},
		{name: "version", summary: "print the version (also --version)", run: runVersion},
	}
}

func exportKinds() []*command {
	return []*command{
		{name: "minutes", summary: "the minutes of a meeting", run: runExportMinutes,
			flags: []flagDef{flagMeeting, flagYear, formatFlag(docFormats, "from -o's extension"),
				{name: "item", arg: "K", def: "the whole meeting", usage: "an extract: agenda item K only"}, flagOut, flagForce}},
		{name: "agenda", summary: "the agenda of a meeting", run: runExportAgenda,
			flags: []flagDef{flagMeeting, flagYear, formatFlag(docFormats, "from -o's extension"), flagOut, flagForce}},
		{name: "plan", summary: "the Action Plan's progress report", run: runExportPlan,
			flags: []flagDef{{name: "plan", arg: "ID", def: "the plan in progress", usage: "the plan's id"},
				formatFlag([]string{"md", "html", "csv", "json"}, "from -o's extension"), flagOut, flagForce}},
		{name: "members", summary: "the register of members, former members included", run: runExportMembers,
			flags: []flagDef{formatFlag([]string{"csv", "json"}, "csv"), flagOut, flagForce}},
		{name: "opendata", summary: "motions, votings, commitments, milestones (+ structure, json) into a folder", run: runExportOpenData,
			flags: []flagDef{{name: "o", arg: "DIR", usage: "the folder to write the datasets into", required: true},
				{name: "force", usage: "replace the datasets' files if they exist"}}},
	}
}

// find is the command or kind called name.
func find(list []*command, name string) *command {
	for _, c := range list {
		if c.name == name {
			return c
		}
	}
	return nil
}

// flag is the command's own flag called name, or a global one.
func (c *command) flag(name string) (flagDef, bool) {
	if c != nil {
		for _, f := range c.flags {
			if f.name == name {
				return f, true
			}
		}
	}
	for _, f := range globalFlags {
		if f.name == name {
			return f, true
		}
	}
	return flagDef{}, false
}

// names lists the commands' names.
func names(list []*command) []string {
	out := make([]string, len(list))
	for i, c := range list {
		out[i] = c.name
	}
	return out
}
