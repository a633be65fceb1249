package main

import (
	"fmt"
	"strings"
)

// The bash and zsh scripts find the command and kind typed so far (words that are neither
// flags nor a flag's value), then offer the words of that place, or a flag's values.

func writeBash(b *strings.Builder, sp spec) {
	b.WriteString(`# bash completion for rada. Load it with: source <(rada completion bash)
_rada() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="" at="" n=0 i w
    [ "$COMP_CWORD" -gt 0 ] && prev="${COMP_WORDS[COMP_CWORD-1]}"
    for ((i = 1; i < COMP_CWORD; i++)); do
        w="${COMP_WORDS[i]}"
        case "$w" in -*|=) continue ;; esac
        case "${COMP_WORDS[i-1]}" in ` + strings.Join(sp.valued, "|") + `|=) continue ;; esac
        if [ "$n" -lt 2 ]; then at="${at:+$at }$w"; n=$((n + 1)); fi
    done
    local words="" files=0
    case "$at/$prev" in
`)
	for _, c := range valueCases(sp) {
		fmt.Fprintf(b, "        %s) ", shQuote(c.pattern))
		switch {
		case c.files:
			b.WriteString("COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n")
		case len(c.values) > 0:
			fmt.Fprintf(b, "COMPREPLY=($(compgen -W %s -- \"$cur\")); return ;;\n", shQuote(strings.Join(c.values, " ")))
		default:
			b.WriteString("return ;;\n")
		}
	}
	b.WriteString("    esac\n    case \"$at\" in\n")
	for _, l := range sp.leaves {
		fmt.Fprintf(b, "        %s) words=%s", shQuote(l.at), shQuote(strings.Join(l.words, " ")))
		if l.files {
			b.WriteString("; files=1")
		}
		b.WriteString(" ;;\n")
	}
	fmt.Fprintf(b, `    esac
    COMPREPLY=($(compgen -W "$words %s" -- "$cur"))
    [ "$files" = 1 ] && COMPREPLY+=($(compgen -f -- "$cur"))
    return 0
}
complete -F _rada rada
`, strings.Join(globalWords(), " "))
}

func writeZsh(b *strings.Builder, sp spec) {
	b.WriteString(`#compdef rada
# zsh completion for rada. Load it with: source <(rada completion zsh)
# (after compinit), or save it as _rada in a folder of $fpath.
_rada() {
    local cur="${words[CURRENT]}" prev="${words[CURRENT-1]}" at="" n=0 i w
    for ((i = 2; i < CURRENT; i++)); do
        w="${words[i]}"
        case "$w" in -*) continue ;; esac
        case "${words[i-1]}" in ` + strings.Join(sp.valued, "|") + `) continue ;; esac
        if (( n < 2 )); then at="${at:+$at }$w"; n=$((n + 1)); fi
    done
    local -a offer
    local files=0
    case "$at/$prev" in
`)
	for _, c := range valueCases(sp) {
		fmt.Fprintf(b, "        %s) ", shQuote(c.pattern))
		switch {
		case c.files:
			b.WriteString("_files; return ;;\n")
		case len(c.values) > 0:
			fmt.Fprintf(b, "compadd -- %s; return ;;\n", strings.Join(c.values, " "))
		default:
			b.WriteString("return 1 ;;\n")
		}
	}
	b.WriteString("    esac\n    case \"$at\" in\n")
	for _, l := range sp.leaves {
		fmt.Fprintf(b, "        %s) offer=(%s)", shQuote(l.at), strings.Join(l.words, " "))
		if l.files {
			b.WriteString("; files=1")
		}
		b.WriteString(" ;;\n")
	}
	fmt.Fprintf(b, `    esac
    offer+=(%s)
    compadd -- "${offer[@]}"
    (( files )) && _files
    return 0
}
if [ "$funcstack[1]" = "_rada" ]; then
    _rada "$@"
else
    compdef _rada rada
fi
`, strings.Join(globalWords(), " "))
}

func writeFish(b *strings.Builder, sp spec) {
	b.WriteString(`# fish completion for rada. Load it with: rada completion fish | source
function __rada_at
    set -l words (commandline -opc)
    set -e words[1]
    set -l at
    set -l skip 0
    for w in $words
        if test $skip = 1
            set skip 0
            continue
        end
        if contains -- $w ` + strings.Join(sp.valued, " ") + `
            set skip 1
            continue
        end
        if string match -q -- '-*' $w
            continue
        end
        if test (count $at) -lt 2
            set -a at $w
        end
    end
    test "$at" = "$argv"
end
complete -c rada -f
`)
	for _, f := range globalFlags {
		fmt.Fprintf(b, "complete -c rada %s\n", fishFlag(f))
	}
	b.WriteString("complete -c rada -s h -d 'print the usage of the command and exit'\n")
	for _, l := range sp.leaves {
		cond := fmt.Sprintf(`-n "__rada_at '%s'"`, l.at)
		if len(l.words) > 0 {
			var plain []string
			for _, w := range l.words {
				if !strings.HasPrefix(w, "-") {
					plain = append(plain, w)
				}
			}
			if len(plain) > 0 {
				fmt.Fprintf(b, "complete -c rada %s -a %s\n", cond, shQuote(strings.Join(plain, " ")))
			}
		}
		if l.files {
			fmt.Fprintf(b, "complete -c rada %s -F\n", cond)
		}
		for _, f := range l.values {
			fmt.Fprintf(b, "complete -c rada %s %s\n", cond, fishFlag(f))
		}
	}
}

// fishFlag is a flag as fish's complete takes it: -l name (-o for one letter), its values or
// files, and its meaning.
func fishFlag(f flagDef) string {
	s := "-l " + f.name
	if len(f.name) == 1 {
		s = "-o " + f.name
	}
	switch {
	case len(f.values) > 0:
		s += " -x -a " + shQuote(strings.Join(f.values, " "))
	case fileArg(f):
		s += " -r -F"
	case f.arg != "":
		s += " -x"
	}
	return s + " -d " + shQuote(f.usage)
}

// valueCase is what follows a flag that takes a value, at one place of the line.
type valueCase struct {
	pattern string // "$at/$prev" as a shell pattern: "export minutes/--format", "*/--lang"
	values  []string
	files   bool
}

func valueCases(sp spec) []valueCase {
	var out []valueCase
	for _, l := range sp.leaves {
		for _, f := range l.values {
			if f.arg != "" {
				out = append(out, valueCase{pattern: l.at + "/" + dashed(f.name), values: f.values, files: fileArg(f)})
			}
		}
	}
	for _, f := range globalFlags {
		if f.arg != "" {
			out = append(out, valueCase{pattern: "*/" + dashed(f.name), values: f.values, files: fileArg(f)})
		}
	}
	return out
}

// shQuote quotes s for the shells (single quotes; a "*" pattern stays unquoted).
func shQuote(s string) string {
	if rest, ok := strings.CutPrefix(s, "*"); ok {
		return "*" + shQuote(rest)
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
