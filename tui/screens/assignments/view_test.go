package assignments

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// The meeting and the dates read as each language writes them.
func TestAssignmentDatesInTheLanguagesForms(t *testing.T) {
	st := seeded(t)
	for _, tc := range []struct {
		lang i18n.Lang
		want []string
	}{
		{"uk", []string{"№ 1 від 12.03.2026", "15.03.2026", "01.05.2026"}},
		{"en", []string{"No. 1, 2026-03-12", "2026-03-15", "2026-05-01"}},
	} {
		c := screentest.Common(st, tc.lang, 120, 20, now)
		m := New(c).SetSize(120, 20)
		m = run(t, m, m.Init())
		v := m.View()
		for _, w := range tc.want {
			if !strings.Contains(v, w) {
				t.Errorf("%s: missing %q in\n%s", tc.lang, w, v)
			}
		}
		if tc.lang == i18n.English && strings.Contains(v, "12.03.2026") {
			t.Errorf("en shows a dotted date:\n%s", v)
		}
	}
}

// The column titles stand over their columns: the rows' cursor mark is matched in the header.
func TestAssignmentHeaderAlignsWithRows(t *testing.T) {
	st := seeded(t)
	c := screentest.Common(st, "en", 120, 20, now)
	m := New(c).SetSize(120, 20)
	m = run(t, m, m.Init())
	lines := strings.Split(m.View(), "\n")
	head, row := lines[1], lines[2]
	col := func(s, sub string) int { return ansi.StringWidth(s[:strings.Index(s, sub)]) }
	if col(head, "Point") != col(row, "1.1") {
		t.Fatalf("header and row do not line up:\n%s\n%s", head, row)
	}
}
