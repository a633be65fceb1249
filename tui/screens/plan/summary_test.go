package plan

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

func loadedSummary(t *testing.T, c common.Common, w, h int) Model {
	t.Helper()
	s := New(c).SetSize(w, h)
	s, _ = s.Update(s.Init()())
	if !s.loaded {
		t.Fatal("plans not loaded")
	}
	return s
}

func helpKeys(bs []key.Binding) []string {
	var out []string
	for _, b := range bs {
		if b.Enabled() {
			out = append(out, b.Help().Key)
		}
	}
	return out
}

func TestSummaryTitleDatesAndDeleteKey(t *testing.T) {
	c, _, _ := seeded(t)
	s := loadedSummary(t, c, 80, 20)
	v := s.View()
	if first := strings.SplitN(v, "\n", 2)[0]; !strings.Contains(first, "Плани дій") {
		t.Fatalf("no title line:\n%s", v)
	}
	for _, want := range []string{"01.2025 – 12.2026", "Подано: 15.03.2025"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "2025-01") || strings.Contains(v, "2025-03-15") {
		t.Errorf("ISO date on a Ukrainian screen:\n%s", v)
	}
	// The plan has commitments: d still works (it says why it refuses), so the bar shows it.
	if keys := " " + strings.Join(helpKeys(s.ShortHelp()), " ") + " "; !strings.Contains(keys, " d ") {
		t.Errorf("d missing from the help bar: %s", keys)
	}

	c.Lang, c.T = "en", i18n.New("en")
	v = loadedSummary(t, c, 80, 20).View()
	for _, want := range []string{"Action Plans", "2025-01 – 2026-12", "Submitted: 2025-03-15"} {
		if !strings.Contains(v, want) {
			t.Errorf("English lacks %q:\n%s", want, v)
		}
	}
}

// A long title gives way so the selected plan's period is shown whole.
func TestSummaryLineKeepsThePeriod(t *testing.T) {
	c, plan, _ := seeded(t)
	ctx := context.Background()
	p, err := c.Store.GetPlan(ctx, plan)
	if err != nil {
		t.Fatal(err)
	}
	p.Title = strings.Repeat("План дій з впровадження ініціативи «Відкритий Уряд» ", 4)
	p.PeriodFrom, p.PeriodTo = "2025-10", "2026-12"
	if err := c.Store.UpdatePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{80, 120} {
		v := loadedSummary(t, c, w, 30).detail()
		first := strings.SplitN(v, "\n", 2)[0]
		if !strings.Contains(first, "10.2025 – 12.2026 · ") {
			t.Errorf("%d columns: the period is cut: %q", w, first)
		}
		if lipglossWidth(first) > w {
			t.Errorf("%d columns: line too wide: %q", w, first)
		}
	}
}

func TestCommitmentsFullHelpHasNoDuplicateMove(t *testing.T) {
	c, plan, _ := seeded(t)
	m := NewCommitments(c, plan).SetSize(80, 24)
	m = settle(t, m, m.Init())
	seen := map[string]bool{}
	for _, col := range m.FullHelp() {
		for _, b := range col {
			h := b.Help()
			if seen[h.Desc] && h.Desc != "" {
				t.Errorf("%q listed twice (%s)", h.Desc, h.Key)
			}
			seen[h.Desc] = true
		}
	}
	if v := m.View(); !strings.Contains(v, "до 31.07.2026") {
		t.Errorf("the end assessment's due date is not local:\n%s", v)
	}
}
