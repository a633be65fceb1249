package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// completionScript writes `rada completion SHELL` to a file and checks the shell reads it.
func completionScript(t *testing.T, shell string) string {
	t.Helper()
	code, out, errs := rada(t, "completion", shell)
	if code != 0 || errs != "" {
		t.Fatalf("completion %s = %d %q", shell, code, errs)
	}
	for _, w := range tableWords() {
		if shell == "fish" && strings.HasPrefix(w, "-") { // fish's complete names a flag -l name, or -o o
			w = map[bool]string{true: "-l ", false: "-o "}[strings.HasPrefix(w, "--")] + strings.TrimLeft(w, "-")
		}
		if !strings.Contains(out, w) {
			t.Errorf("the %s script lacks %q", shell, w)
		}
	}
	path := filepath.Join(t.TempDir(), "rada."+shell)
	if err := os.WriteFile(path, []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath(shell); err != nil {
		t.Skipf("%s is not installed: the script's syntax is not checked", shell)
	}
	if b, err := exec.Command(shell, "-n", path).CombinedOutput(); err != nil {
		t.Fatalf("%s -n: %v\n%s", shell, err, b)
	}
	return path
}

// tableWords are every command, kind, flag and flag value of the command table.
func tableWords() []string {
	var out []string
	var walk func([]*command)
	walk = func(list []*command) {
		for _, c := range list {
			out = append(out, c.name)
			for _, f := range c.flags {
				out = append(out, dashed(f.name))
				out = append(out, f.values...)
			}
			walk(c.kinds)
		}
	}
	walk(commands)
	for _, f := range globalFlags {
		out = append(out, dashed(f.name))
		out = append(out, f.values...)
	}
	return append(out, shells...)
}

// offered runs a shell snippet that completes words and returns what it offered.
func offered(t *testing.T, shell string, script string) string {
	t.Helper()
	b, err := exec.Command(shell, "-c", script).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", shell, err, b)
	}
	return string(b)
}

var completionCases = []struct {
	words []string // the words typed; the last is the one being completed
	want  []string
	not   []string
}{
	{[]string{"rada", ""}, []string{"demo", "export", "completion", "--db"}, []string{"minutes"}},
	{[]string{"rada", "--db", "x.db", "export", ""}, []string{"minutes", "agenda", "opendata"}, []string{"demo"}},
	{[]string{"rada", "export", "minutes", "--format", ""}, []string{"md", "docx", "pdf"}, []string{"csv"}},
	{[]string{"rada", "export", "plan", "--format", ""}, []string{"csv", "json", "md"}, []string{"docx"}},
	{[]string{"rada", "export", "minutes", "--meeting", "1", "--"}, []string{"--year", "--item", "--force", "--lang"}, []string{"--plan", "--size"}},
	{[]string{"rada", "demo", "--size", ""}, []string{"small", "large"}, nil},
	{[]string{"rada", "--lang", ""}, []string{"uk", "en"}, []string{"demo"}},
	{[]string{"rada", "completion", ""}, []string{"bash", "zsh", "fish"}, nil},
	{[]string{"rada", "help", "export", ""}, []string{"minutes", "members"}, nil},
}

func checkOffered(t *testing.T, shell string, words []string, got string, want, not []string) {
	t.Helper()
	fields := strings.Fields(got)
	has := func(w string) bool {
		for _, f := range fields {
			if f == w {
				return true
			}
		}
		return false
	}
	for _, w := range want {
		if !has(w) {
			t.Errorf("%s %q offers %q, lacks %q", shell, words, got, w)
		}
	}
	for _, w := range not {
		if has(w) {
			t.Errorf("%s %q offers %q, must not offer %q", shell, words, got, w)
		}
	}
}

func TestCompletionBash(t *testing.T) {
	path := completionScript(t, "bash")
	for _, c := range completionCases {
		quoted := make([]string, len(c.words))
		for i, w := range c.words {
			quoted[i] = shQuote(w)
		}
		got := offered(t, "bash", "source "+shQuote(path)+"; COMP_WORDS=("+strings.Join(quoted, " ")+
			"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _rada; printf '%s\\n' \"${COMPREPLY[@]}\"")
		checkOffered(t, "bash", c.words, got, c.want, c.not)
	}
}

func TestCompletionZsh(t *testing.T) {
	path := completionScript(t, "zsh")
	for _, c := range completionCases {
		quoted := make([]string, len(c.words))
		for i, w := range c.words {
			quoted[i] = shQuote(w)
		}
		// compadd and _files stand in for the completion system's: they print what is offered.
		got := offered(t, "zsh", "compdef() { :; }; source "+shQuote(path)+"; compadd() { shift; print -l -- \"$@\"; };"+
			" _files() { :; }; words=("+strings.Join(quoted, " ")+"); CURRENT=${#words}; _rada; true")
		checkOffered(t, "zsh", c.words, got, c.want, c.not)
	}
}

func TestCompletionFish(t *testing.T) {
	path := completionScript(t, "fish")
	for _, c := range completionCases {
		line := strings.Join(c.words, " ")
		got := offered(t, "fish", "source "+shQuote(path)+"; complete -C "+shQuote(line)+" | string replace -r '\\t.*' ''; true")
		want := c.want
		if !strings.HasPrefix(c.words[len(c.words)-1], "-") { // fish offers flags once a dash is typed
			want = nil
			for _, w := range c.want {
				if !strings.HasPrefix(w, "-") {
					want = append(want, w)
				}
			}
		}
		checkOffered(t, "fish", c.words, got, want, c.not)
	}
}
