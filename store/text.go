package store

import (
	"regexp"
	"strings"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store/clean"
)

func trimmed(s string) string { return strings.TrimSpace(s) }

// The two ways a date is typed: 12.03.2026 (also 1.3.2026) and 2026-03-12.
var dateForms = []struct {
	re     *regexp.Regexp
	layout string
}{
	{regexp.MustCompile(`^\d{1,2}\.\d{1,2}\.\d{4}$`), "2.1.2006"},
	{regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`), DateLayout},
}

// ParseDate is the one reading of a typed date: 12.03.2026 (also 1.3.2026) or 2026-03-12,
// given back as the store keeps it (YYYY-MM-DD). code is "" for a date, "no_such_date"
// when it is written right but the day does not exist (30.02.2027), else "date"; iso is
// then the trimmed text as typed.
func ParseDate(s string) (iso, code string) {
	s = strings.TrimSpace(s)
	for _, f := range dateForms {
		if !f.re.MatchString(s) {
			continue
		}
		d, err := time.Parse(f.layout, s)
		if err != nil {
			return s, "no_such_date"
		}
		return d.Format(DateLayout), ""
	}
	return s, "date"
}

// dateCode is the field code for a stored date that is not one: "no_such_date" when it is
// written right but does not exist, else "date"; "" for a date written YYYY-MM-DD.
func dateCode(s string) string {
	if ValidDate(s) {
		return ""
	}
	if _, code := ParseDate(s); code == "no_such_date" {
		return code
	}
	return "date"
}

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
