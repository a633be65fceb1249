package store

import (
	"strings"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store/clean"
)

func trimmed(s string) string { return strings.TrimSpace(s) }

// ValidDate says whether s is a real calendar date written YYYY-MM-DD.
func ValidDate(s string) bool {
	_, err := time.Parse(DateLayout, s)
	return err == nil
}

// ValidMonth says whether s is a month written YYYY-MM.
func ValidMonth(s string) bool {
	_, err := time.Parse(MonthLayout, s)
	return err == nil
}

// ValidTime says whether s is a time of day written HH:MM.
func ValidTime(s string) bool {
	_, err := time.Parse("15:04", s)
	return err == nil
}

// Clean strips what must never reach a terminal or a document from text a person typed:
// control characters (but newlines and tabs), escape sequences, bidirectional overrides
// and zero-width characters.
func Clean(s string) string { return clean.Text(s) }

// OneLine is Clean with line breaks and tabs turned into spaces, for list cells.
func OneLine(s string) string {
	s = Clean(s)
	if !strings.ContainsAny(s, "\n\t\r") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
