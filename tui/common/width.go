package common

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width is ansi.StringWidth, fast for the text this interface shows: Latin, Greek and
// Cyrillic letters, digits, punctuation, arrows, box drawing and blocks, with or without
// colour (CSI and OSC sequences). Anything else is measured by ansi.StringWidth.
func Width(s string) int {
	if n, ok := narrowWidth(s); ok {
		return n
	}
	return ansi.StringWidth(s)
}

// Truncate is ansi.Truncate: s cut to w cells ending with tail. It returns s at once when
// it fits, and cuts plain narrow text without segmenting it into graphemes.
func Truncate(s string, w int, tail string) string {
	n, ok := narrowWidth(s)
	if ok && n <= w {
		return s
	}
	tw, tailOK := narrowWidth(tail)
	if !ok || !tailOK || strings.IndexByte(s, ansi.ESC) >= 0 || strings.IndexByte(tail, ansi.ESC) >= 0 {
		return ansi.Truncate(s, w, tail)
	}
	keep := w - tw
	if keep < 0 {
		return ""
	}
	i := 0
	for range keep {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + tail
}

// narrowWidth counts the cells of s when every character is one cell wide and no two join
// into one grapheme; ok is false for anything else (then ansi measures it).
func narrowWidth(s string) (n int, ok bool) {
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b == ansi.ESC:
			end := escapeEnd(s, i)
			if end < 0 {
				return 0, false
			}
			i = end
		case b < 0x20 || b == 0x7f:
			return 0, false
		case b < utf8.RuneSelf:
			n++
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !narrow(r) {
				return 0, false
			}
			n++
			i += size
		}
	}
	return n, true
}

// escapeEnd returns the index after the CSI (ESC [ … final) or OSC (ESC ] … BEL or ESC \)
// sequence at s[i], or -1 for any other sequence.
func escapeEnd(s string, i int) int {
	if i+1 >= len(s) {
		return -1
	}
	switch s[i+1] {
	case '[':
		for j := i + 2; j < len(s); j++ {
			c := s[j]
			if c >= 0x40 && c <= 0x7e {
				return j + 1
			}
			if c < 0x20 || c > 0x3f {
				return -1
			}
		}
	case ']':
		for j := i + 2; j < len(s); j++ {
			switch {
			case s[j] == 0x07:
				return j + 1
			case s[j] == ansi.ESC && j+1 < len(s) && s[j+1] == '\\':
				return j + 2
			}
		}
	}
	return -1
}

// narrow are the one-cell characters that never combine with their neighbours.
func narrow(r rune) bool {
	switch {
	case r >= 0xa0 && r < 0x300: // Latin-1 and Latin Extended, spacing modifiers
		return r != 0xad // a soft hyphen is invisible
	case r >= 0x370 && r <= 0x482: // Greek, Cyrillic
		return r != 0x378 && r != 0x379 && (r < 0x380 || r > 0x383) && r != 0x38b && r != 0x38d && r != 0x3a2
	case r >= 0x48a && r <= 0x52f: // Cyrillic, its supplement
		return true
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205e: // dashes, quotes, bullets, ellipsis, ‹›
		return true
	case r >= 0x2100 && r <= 0x214f: // letterlike: №
		return true
	case r >= 0x2190 && r <= 0x21ff, r >= 0x2500 && r <= 0x25ff: // arrows, box drawing, blocks, shapes
		return r != 0x25fd && r != 0x25fe // ◽◾ are emoji
	case r == 0x2713 || r == 0x2717: // ✓ ✗
		return true
	}
	return false
}
