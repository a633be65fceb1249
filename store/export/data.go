package export

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// Null is how open data writes a missing value (Cabinet resolution No 835).
const Null = "null"

// clean strips control characters and escape sequences from typed text (keeps \n and \t).
func clean(s string) string { return store.Clean(s) }

// ptr is a JSON string, or null when blank.
func ptr(s string) *string {
	s = clean(s)
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return &s
}

// nullable is a CSV value, or the literal null when blank.
func nullable(s string) string {
	if strings.TrimSpace(s) == "" {
		return Null
	}
	return s
}

// SafeCell defuses a CSV cell a spreadsheet would run as a formula: a leading = + - @
// (or tab or carriage return) gets a leading apostrophe. Control characters are stripped.
func SafeCell(s string) string {
	s = clean(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// writeCSV writes a UTF-8 CSV with a header, every cell made safe.
func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rows {
		safe := make([]string, len(r))
		for i, c := range r {
			safe[i] = SafeCell(c)
		}
		if err := cw.Write(safe); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}
