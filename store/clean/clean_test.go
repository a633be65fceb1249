package clean

import "testing"

func TestText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ґ Є І Ї № « » ’ – —", "Ґ Є І Ї № « » ’ – —"},
		{"a\tb\nc\r\n", "a\tb\nc\n"},
		{"\x1b[31mчервоний\x1b[0m", "червоний"},
		{"\x1b[1;31;48;5;200mx", "x"},
		{"\x1b]0;title\x07після", "після"},
		{"\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"\x1bPq#0;2;0;0;0\x1b\\ok", "ok"},
		{"\x1b(Bok\x1bcok", "okok"},
		{"\u009b31mok", "ok"},
		{"a\u202eb\u202ac\u2066d\u2069e\u061c", "abcde"},
		{"zero\u200bwidth\u200d\u200e\ufeff", "zerowidth"},
		{"nul\x00bel\x07del\x7fc1\u0085", "nulbeldelc1"},
		{"line\u2028sep", "line\nsep"},
		{"bad\xffutf8", "bad\ufffdutf8"},
		{"trailing esc\x1b", "trailing esc"},
		{"\x1b[31", ""},
		{"=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"},
	} {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
