package clean

import (
	"strings"
	"unicode/utf8"
)

// Text makes typed text safe to put in any document: it keeps \n and \t, and removes other
// control characters, terminal escape sequences, bidi overrides and isolates, and zero-width
// characters; invalid UTF-8 becomes U+FFFD.
func Text(s string) string {
	if safe(s) {
		return s
	}
	rs := []rune(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		switch {
		case rs[i] == 0x1b || rs[i] == 0x9b || isStringStart(rs[i]):
			i = skipEscape(rs, i)
		case rs[i] == 0x2028 || rs[i] == 0x2029:
			b.WriteByte('\n')
		case !Unsafe(rs[i]):
			b.WriteRune(rs[i])
		}
	}
	return b.String()
}

// safe says whether s is valid UTF-8 with nothing Text would change, in one pass: ASCII and
// the Cyrillic block (two-byte sequences led by 0xD0–0xD3, none of them unsafe) are checked
// byte by byte, anything else rune by rune.
func safe(s string) bool {
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b < utf8.RuneSelf:
			if (b < 0x20 && b != '\n' && b != '\t') || b == 0x7f {
				return false
			}
			i++
		case b >= 0xd0 && b <= 0xd3 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if (r == utf8.RuneError && size == 1) || Unsafe(r) {
				return false
			}
			i += size
		}
	}
	return true
}

// Unsafe reports runes that Text drops.
func Unsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || (r >= 0x7f && r <= 0x9f):
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x061c:
		return true
	case r >= 0x200b && r <= 0x200f, r == 0xfeff:
		return true
	case r == 0x2028 || r == 0x2029 || r == 0xfffe || r == 0xffff:
		return true
	}
	return false
}

// isStringStart reports the C1 controls that open a string ended by ST (DCS, SOS, OSC, PM, APC).
func isStringStart(r rune) bool {
	return r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f
}

// skipEscape returns the index of the last rune of the escape sequence starting at rs[i].
func skipEscape(rs []rune, i int) int {
	switch {
	case rs[i] == 0x9b:
		return skipCSI(rs, i+1)
	case isStringStart(rs[i]):
		return skipString(rs, i+1)
	case i+1 >= len(rs):
		return i
	}
	switch next := rs[i+1]; {
	case next == '[':
		return skipCSI(rs, i+2)
	case next == ']' || next == 'P' || next == 'X' || next == '^' || next == '_':
		return skipString(rs, i+2)
	case next >= 0x20 && next <= 0x2f:
		j := i + 1
		for j < len(rs) && rs[j] >= 0x20 && rs[j] <= 0x2f {
			j++
		}
		return min(j, len(rs)-1)
	case next >= 0x30 && next <= 0x7e:
		return i + 1
	}
	return i
}

// skipCSI skips parameter and intermediate bytes and the final byte of a CSI sequence.
func skipCSI(rs []rune, j int) int {
	for j < len(rs) && rs[j] >= 0x20 && rs[j] <= 0x3f {
		j++
	}
	if j < len(rs) && rs[j] >= 0x40 && rs[j] <= 0x7e {
		return j
	}
	return j - 1
}

// skipString skips a control string up to and including BEL, ESC \ or ST.
func skipString(rs []rune, j int) int {
	for ; j < len(rs); j++ {
		switch {
		case rs[j] == 0x07 || rs[j] == 0x9c:
			return j
		case rs[j] == 0x1b && j+1 < len(rs) && rs[j+1] == '\\':
			return j + 1
		}
	}
	return len(rs) - 1
}
