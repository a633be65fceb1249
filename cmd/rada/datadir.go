package main

import (
	"errors"
	"strings"
)

// errNoHome is returned when the platform's data folder is under a home folder that is unknown.
var errNoHome = errors.New("no home folder to keep the database in; give --db PATH")

// platformDB is the parts of the default database's path on goos, in the folder where that
// platform keeps an application's data (the caller joins them):
//
//	windows  %LOCALAPPDATA%\Rada\council.db (else home\AppData\Local\Rada\council.db)
//	darwin   ~/Library/Application Support/Rada/council.db
//	others   $XDG_DATA_HOME/rada/council.db (else ~/.local/share/rada/council.db)
//
// It depends only on its arguments, so each platform's rule is tested on any machine.
func platformDB(goos string, getenv func(string) string, home string) ([]string, error) {
	var base []string
	switch goos {
	case "windows":
		base = []string{getenv("LOCALAPPDATA"), "Rada"}
		if base[0] == "" {
			base = []string{home, "AppData", "Local", "Rada"}
		}
	case "darwin":
		base = []string{home, "Library", "Application Support", "Rada"}
	default:
		// The XDG spec: a relative path in the variable is invalid and ignored.
		base = []string{getenv("XDG_DATA_HOME"), "rada"}
		if !strings.HasPrefix(base[0], "/") {
			base = []string{home, ".local", "share", "rada"}
		}
	}
	if base[0] == "" {
		return nil, errNoHome
	}
	return append(base, "council.db"), nil
}

// platformDBHelp names the default database for goos as `rada --help` prints it.
func platformDBHelp(goos string) string {
	switch goos {
	case "windows":
		return `%LOCALAPPDATA%\Rada\council.db`
	case "darwin":
		return "~/Library/Application Support/Rada/council.db"
	}
	return "$XDG_DATA_HOME/rada/council.db (~/.local/share/rada/council.db)"
}
