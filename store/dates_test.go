package store

import "testing"

// TestParseDate: the one reading of a typed date, and the store's code for one that is not.
func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, iso, code string }{
		{"12.03.2026", "2026-03-12", ""},
		{" 1.3.2026 ", "2026-03-01", ""},
		{"2026-03-12", "2026-03-12", ""},
		{"30.02.2027", "30.02.2027", "no_such_date"},
		{"2027-02-30", "2027-02-30", "no_such_date"},
		{"29.02.2028", "2028-02-29", ""},
		{"2027/02/28", "2027/02/28", "date"},
		{"12.03.26", "12.03.26", "date"},
		{"", "", "date"},
	} {
		iso, code := ParseDate(c.in)
		if iso != c.iso || code != c.code {
			t.Errorf("ParseDate(%q) = %q, %q; want %q, %q", c.in, iso, code, c.iso, c.code)
		}
	}
	if v := ValidateMeeting(Meeting{Date: "2027-02-30"}); v == nil || v.Fields[0].Code != "no_such_date" {
		t.Fatalf("a meeting on 2027-02-30: %v", v)
	}
	if v := ValidateMeeting(Meeting{Date: "12.03.2026"}); v == nil || v.Fields[0].Code != "date" {
		t.Fatalf("a meeting on 12.03.2026 as stored: %v", v)
	}
}

// TestDocDate: one date style per document language — the follow-up item's text (written
// in the documents' language) and every export go through DocDate.
func TestDocDate(t *testing.T) {
	if got := DocDate("uk", "2026-12-10"); got != "10.12.2026" {
		t.Errorf("uk: %q", got)
	}
	if got := DocDate("en", "2026-12-10"); got != "10 December 2026" {
		t.Errorf("en: %q", got)
	}
	if got := DocDate("en", "later"); got != "later" {
		t.Errorf("not a date: %q", got)
	}
}
