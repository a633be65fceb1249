package main

import (
	"errors"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

func TestPlatformDB(t *testing.T) {
	for _, c := range []struct {
		goos string
		env  map[string]string
		home string
		want []string
	}{
		{"windows", map[string]string{"LOCALAPPDATA": `C:\Users\olena\AppData\Local`}, `C:\Users\olena`,
			[]string{`C:\Users\olena\AppData\Local`, "Rada", "council.db"}},
		{"windows", nil, `C:\Users\olena`, []string{`C:\Users\olena`, "AppData", "Local", "Rada", "council.db"}},
		{"windows", map[string]string{"XDG_DATA_HOME": "/x"}, `C:\Users\olena`,
			[]string{`C:\Users\olena`, "AppData", "Local", "Rada", "council.db"}},
		{"darwin", nil, "/Users/olena", []string{"/Users/olena", "Library", "Application Support", "Rada", "council.db"}},
		{"darwin", map[string]string{"XDG_DATA_HOME": "/x", "LOCALAPPDATA": "/y"}, "/Users/olena",
			[]string{"/Users/olena", "Library", "Application Support", "Rada", "council.db"}},
		{"linux", nil, "/home/olena", []string{"/home/olena", ".local", "share", "rada", "council.db"}},
		{"linux", map[string]string{"XDG_DATA_HOME": "/data/olena"}, "/home/olena", []string{"/data/olena", "rada", "council.db"}},
		{"linux", map[string]string{"XDG_DATA_HOME": "relative/dir"}, "/home/olena",
			[]string{"/home/olena", ".local", "share", "rada", "council.db"}},
		{"linux", map[string]string{"XDG_DATA_HOME": "/data/olena"}, "", []string{"/data/olena", "rada", "council.db"}},
		{"freebsd", nil, "/home/olena", []string{"/home/olena", ".local", "share", "rada", "council.db"}},
	} {
		got, err := platformDB(c.goos, func(k string) string { return c.env[k] }, c.home)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("%s %v home %q: %q, %v; want %q", c.goos, c.env, c.home, got, err, c.want)
		}
	}
}

func TestPlatformDBWithoutHome(t *testing.T) {
	for _, goos := range []string{"windows", "darwin", "linux"} {
		got, err := platformDB(goos, func(string) string { return "" }, "")
		if !errors.Is(err, errNoHome) {
			t.Errorf("%s with no home and no variable: %q, %v; want %v", goos, got, err, errNoHome)
		}
	}
}

// TestDefaultDBHere checks the wiring on the machine the tests run on, and that the help
// names the same rule.
func TestDefaultDBHere(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("the wiring is checked through XDG_DATA_HOME, which this platform does not use")
	}
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	got, err := defaultDB()
	if want := filepath.Join(dir, "rada", "council.db"); got != want || err != nil {
		t.Errorf("defaultDB() = %q, %v; want %q", got, err, want)
	}
	code, out, _ := rada(t, "help")
	if code != 0 || !strings.Contains(out, "else $XDG_DATA_HOME/rada/council.db") || !strings.Contains(out, "demo.db beside it") {
		t.Errorf("help (exit %d) does not name the default database:\n%s", code, out)
	}
}
