package store

import (
	"strings"
	"time"
	"unicode"
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
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == 0x1b {
			i = skipEscape(rs, i)
			continue
		}
		if keepRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isClean(s string) bool {
	for _, r := range s {
		if !keepRune(r) || r == 0x1b {
			return false
		}
	}
	return true
}

func keepRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return true
	case r == unicode.ReplacementChar:
		return true
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return false
	case r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0xfeff, r == 0x2028, r == 0x2029:
		return false
	}
	return true
}

// skipEscape returns the index of the last rune of the escape sequence starting at i.
func skipEscape(rs []rune, i int) int {
	if i+1 >= len(rs) {
		return i
	}
	switch rs[i+1] {
	case '[': // CSI: parameters, then a final byte in @–~
		j := i + 2
		for j < len(rs) && !(rs[j] >= 0x40 && rs[j] <= 0x7e) {
			j++
		}
		return j
	case ']', 'P', '_', '^': // OSC, DCS...: up to BEL or ST
		j := i + 2
		for j < len(rs) {
			if rs[j] == 0x07 {
				return j
			}
			if rs[j] == 0x1b && j+1 < len(rs) && rs[j+1] == '\\' {
				return j + 1
			}
			j++
		}
		return j
	}
	return i + 1
}

// OneLine is Clean with line breaks and tabs turned into spaces, for list cells.
func OneLine(s string) string {
	s = Clean(s)
	if !strings.ContainsAny(s, "\n\t\r") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
