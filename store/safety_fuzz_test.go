package store

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/khmelnytskyi-ogp/rada/store/clean"
)

// fuzzSeeds are texts that have broken terminals and documents elsewhere.
var fuzzSeeds = []string{"", "Петренко Олена", "\x1b[2J\x1b[31mred\x1b[0m", "\x1b]0;title\x07", "\x1bP1;2|x\x1b\\",
	"a\u202eb\u2066c\u200bd\ufeffe", "\x00\x07\x08\x7f\u0085\u009b2J", "\xff\xfe\xc3", "tab\there\nline\r\n",
	"=SUM(A1)", "<script>alert(1)</script>", "\x1b", "\x1b[", "\u009d8;;http://x\u009c", "Ґ Є І Ї № « » ’ –"}

func FuzzClean(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if !utf8.ValidString(c) {
			t.Fatalf("Clean(%q) = %q is not UTF-8", s, c)
		}
		if strings.ContainsFunc(c, clean.Unsafe) || strings.Contains(c, "\x1b") {
			t.Fatalf("Clean(%q) = %q keeps a control character", s, c)
		}
		if Clean(c) != c {
			t.Fatalf("Clean is not idempotent on %q: %q then %q", s, c, Clean(c))
		}
		o := OneLine(s)
		if strings.ContainsAny(o, "\n\r\t") || strings.ContainsFunc(o, clean.Unsafe) {
			t.Fatalf("OneLine(%q) = %q", s, o)
		}
		if OneLine(o) != o {
			t.Fatalf("OneLine is not idempotent on %q", s)
		}
	})
}

func FuzzValidateMember(f *testing.F) {
	f.Add("Петренко Олена", "ngo", "civil", "member", "olena@example.org", "+380 67 123 45 67", "2025-01-01", "2027-12-31")
	f.Add(" ", "x", "", "co_chair", "a@b", "123", "2025-02-30", "2024-01-01")
	f.Add("\x1b[31m", "executive", "government", "secretary", "<a@b.c>", "++", "0000-00-00", "")
	f.Fuzz(func(t *testing.T, name, sector, side, role, email, phone, from, to string) {
		m := Member{FullName: name, Sector: Sector(sector), Side: Side(side), Role: Role(role), Email: email,
			Phone: phone, TermFrom: from, TermTo: to}
		v := ValidateMember(m)
		if (v == nil) != (ValidateMember(m) == nil) {
			t.Fatal("not deterministic")
		}
		if v != nil {
			for _, fe := range v.Fields {
				if fe.Field == "" || fe.Code == "" {
					t.Fatalf("a field error without a field or code: %+v", fe)
				}
			}
			return
		}
		if trimmed(name) == "" || !m.Sector.Valid() || !m.Side.Valid() || !m.Role.Valid() {
			t.Fatalf("accepted %+v", m)
		}
		if (from != "" && !ValidDate(from)) || (to != "" && !ValidDate(to)) || (from != "" && to != "" && to < from) {
			t.Fatalf("accepted the term %q–%q", from, to)
		}
	})
}

func FuzzValidateMeeting(f *testing.F) {
	f.Add("2026-03-12", "10:00")
	f.Add("2026-02-30", "25:61")
	f.Add("12.03.2026", "")
	f.Fuzz(func(t *testing.T, date, start string) {
		v := ValidateMeeting(Meeting{Date: date, StartTime: start})
		if v == nil && (!ValidDate(date) || (start != "" && !ValidTime(start))) {
			t.Fatalf("accepted %q %q", date, start)
		}
		if v != nil && ValidDate(date) && (start == "" || ValidTime(start)) {
			t.Fatalf("refused %q %q: %v", date, start, v)
		}
	})
}

func FuzzValidateCouncil(f *testing.F) {
	c := DefaultCouncil()
	f.Add(c.NameUK, string(c.QuorumRule), string(c.DecisionRule), string(c.TieRule), string(c.Numbering), "")
	f.Add("", "x", "", "tie", "term", " ")
	f.Fuzz(func(t *testing.T, name, quorum, decision, tie, numbering, term string) {
		c := Council{NameUK: name, QuorumRule: QuorumRule(quorum), DecisionRule: DecisionRule(decision),
			TieRule: TieRule(tie), Numbering: Numbering(numbering), TermLabel: term}
		err := ValidateCouncil(c)
		ok := trimmed(name) != "" && c.QuorumRule.Valid() && c.DecisionRule.Valid() && c.TieRule.Valid() &&
			!(c.Numbering == NumberingTerm && trimmed(term) == "")
		if (err == nil) != ok {
			t.Fatalf("ValidateCouncil(%+v) = %v", c, err)
		}
	})
}
