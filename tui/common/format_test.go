package common

import "testing"

func TestFormatDateAndMonth(t *testing.T) {
	cases := []struct{ got, want string }{
		{FormatDate("2026-03-12", "uk"), "12.03.2026"},
		{FormatDate("2026-03-12", "en"), "2026-03-12"},
		{FormatDate("", "uk"), ""},
		{FormatMonth("2026-03", "uk"), "03.2026"},
		{FormatMonth("2026-03", "en"), "2026-03"},
		{FormatMonth("", "uk"), ""},
		{FormatMonth("—", "uk"), "—"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}
