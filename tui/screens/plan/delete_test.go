package plan

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
	"github.com/muesli/termenv"
)

// driven is a screen under test with the status lines it produced.
type driven[M interface {
	Update(tea.Msg) (M, tea.Cmd)
}] struct {
	m      M
	status []common.StatusMsg
}

func (d *driven[M]) send(msg tea.Msg) {
	var cmd tea.Cmd
	d.m, cmd = d.m.Update(msg)
	screentest.Drain(cmd, func(msg tea.Msg) tea.Cmd {
		if st, ok := msg.(common.StatusMsg); ok {
			d.status = append(d.status, st)
			return nil
		}
		var next tea.Cmd
		d.m, next = d.m.Update(msg)
		return next
	})
}

func (d *driven[M]) keys(keys ...tea.KeyMsg) {
	for _, k := range keys {
		d.send(k)
	}
}

func (d *driven[M]) lastStatus() common.StatusMsg {
	if len(d.status) == 0 {
		return common.StatusMsg{}
	}
	return d.status[len(d.status)-1]
}

func openCommitments(t *testing.T, c common.Common, plan int64) *driven[Commitments] {
	t.Helper()
	d := &driven[Commitments]{m: NewCommitments(c, plan)}
	d.m = d.m.SetSize(80, 24)
	screentest.Drain(d.m.Init(), func(msg tea.Msg) tea.Cmd { var cmd tea.Cmd; d.m, cmd = d.m.Update(msg); return cmd })
	return d
}

func special(k tea.KeyType) tea.KeyMsg { return tea.KeyMsg{Type: k} }

func TestDeleteCommitmentAsksAndRefusesWhenReferred(t *testing.T) {
	c, plan, a := seeded(t)
	ctx := context.Background()
	m, err := c.Store.CreateMeeting(ctx, store.Meeting{Date: "2026-02-20"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Store.CreateAgendaItem(ctx, store.AgendaItem{MeetingID: m.ID, Title: "Про дашборд", Kind: store.ItemInformation, CommitmentID: a}); err != nil {
		t.Fatal(err)
	}
	d := openCommitments(t, c, plan)
	d.keys(runes("d"))
	if !d.m.confirm.Active() || !strings.Contains(d.m.View(), "Видалити зобов'язання UAKLY0006") {
		t.Fatalf("d did not ask:\n%s", d.m.View())
	}
	d.keys(runes("y"))
	st := d.lastStatus()
	if !st.Err || !strings.Contains(st.Text, "1 пункт порядку денного") || !strings.Contains(st.Text, "Відкличте") {
		t.Fatalf("refusal %+v", st)
	}
	if _, err := c.Store.GetCommitment(ctx, a); err != nil {
		t.Fatalf("a refused delete removed it: %v", err)
	}
	if v := d.m.View(); !strings.Contains(v, "Відкличте його в картці") || strings.Contains(v, "Оцінювання OGP Local") {
		t.Fatalf("the refusal is not shown in full under the table:\n%s", v)
	}
	checkFitsView(t, d.m.View(), 80, 24)

	d.keys(runes("j"), runes("d"), runes("n")) // UAKLY0007; no
	if strings.Contains(d.m.View(), "Відкличте") || !strings.Contains(d.m.View(), "Оцінювання OGP Local") {
		t.Fatalf("a key did not put the due block back:\n%s", d.m.View())
	}
	if d.m.table.Len() != 2 {
		t.Fatal("n deleted")
	}
	d.keys(runes("d"), runes("y"))
	if st := d.lastStatus(); st.Err || st.Text != "Зобов'язання видалено" || d.m.table.Len() != 1 || strings.Contains(d.m.View(), "UAKLY0007") {
		t.Fatalf("delete: %+v\n%s", st, d.m.View())
	}
}

func TestMoveCommitmentsWithKJ(t *testing.T) {
	c, plan, a := seeded(t)
	third, err := c.Store.CreateCommitment(context.Background(), store.Commitment{PlanID: plan, OGPID: "UAKLY0008", Title: "Третє"})
	if err != nil {
		t.Fatal(err)
	}
	d := openCommitments(t, c, plan)
	d.keys(runes("G"), runes("K"), runes("K"), runes("K"))
	rows, _ := c.Store.ListCommitments(context.Background(), plan, store.CommitmentFilter{})
	if rows[0].ID != third || rows[1].ID != a || rows[0].Position != 1 || rows[2].Position != 3 {
		t.Fatalf("order %v %v %v", rows[0].OGPID, rows[1].OGPID, rows[2].OGPID)
	}
	if id, _ := d.m.table.SelectedID(); id != third {
		t.Fatalf("the cursor did not follow: %d", id)
	}
	d.keys(runes("v"), runes("J")) // a filter is on: K/J do nothing
	rows2, _ := c.Store.ListCommitments(context.Background(), plan, store.CommitmentFilter{})
	if rows2[0].ID != third {
		t.Fatal("J moved a commitment while the table was filtered")
	}
}

func TestDeletePlanOnlyWhenEmpty(t *testing.T) {
	c, _, _ := seeded(t)
	ctx := context.Background()
	if _, err := c.Store.CreatePlan(ctx, store.ActionPlan{Title: "Чернетка 2027", PeriodFrom: "2027-01", PeriodTo: "2028-12"}); err != nil {
		t.Fatal(err)
	}
	d := &driven[Model]{m: New(c).SetSize(80, 24)}
	d.send(d.m.Init()())
	if d.m.table.Len() != 2 {
		t.Fatalf("plans:\n%s", d.m.View())
	}
	d.keys(runes("j"), runes("d")) // the 2025–2026 plan has commitments
	if st := d.lastStatus(); !st.Err || !strings.Contains(st.Text, "поки в ньому є зобов'язання") || d.m.confirm.Active() {
		t.Fatalf("refusal %+v", st)
	}
	d.keys(runes("k"), runes("d"))
	if !strings.Contains(d.m.View(), "Видалити план дій «Чернетка 2027»?") {
		t.Fatalf("no question:\n%s", d.m.View())
	}
	d.keys(runes("y"))
	if d.m.table.Len() != 1 || d.lastStatus().Text != "План дій видалено" {
		t.Fatalf("after delete %+v:\n%s", d.lastStatus(), d.m.View())
	}
}

func TestAssessmentDateAndOverdueStyle(t *testing.T) {
	c, plan, _ := seeded(t)
	d := openCommitments(t, c, plan)
	d.keys(runes("a"))
	if d.m.assessD == nil || d.m.assessD.Date != "12.03.2026" {
		t.Fatalf("the date is not today by default: %+v", d.m.assessD)
	}
	if notAhead(c)("2026-03-13") != c.FieldText("future") || notAhead(c)("14.03.2026") != c.FieldText("future") {
		t.Error("a date in the future is not refused")
	}
	if notAhead(c)("") != "" || notAhead(c)("2026-03-12") != "" || notAhead(c)("12.03.2026") != "" {
		t.Fatal("an empty date or today refused")
	}
	d.keys(special(tea.KeyTab), special(tea.KeyCtrlU), runes("2026-02-30"), special(tea.KeyCtrlS))
	if d.m.ed == nil || d.m.ed.Error("assessed_on") != c.FieldText("no_such_date") || !strings.Contains(d.m.View(), c.FieldText("no_such_date")) {
		t.Fatalf("a date that does not exist was saved:\n%s", d.m.View())
	}
	d.keys(special(tea.KeyCtrlU), runes("2026-04-01"), special(tea.KeyCtrlS))
	if d.m.ed == nil || !strings.Contains(d.m.View(), "Дата ще не настала") {
		t.Fatalf("a future date was saved:\n%s", d.m.View())
	}
	d.keys(special(tea.KeyCtrlU), runes("2026-03-02"), special(tea.KeyCtrlS))
	if d.m.ed != nil || !strings.Contains(d.m.View(), "проведено 02.03.2026") {
		t.Fatalf("the inception assessment is not shown done:\n%s", d.m.View())
	}

	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	overdue := store.Assessment{Kind: store.AssessEnd, OGPID: "UAKLY0006", Title: "Дашборд", Due: "2026-01-31"}
	line := d.m.dueLine(overdue, "2026-03-12")
	if !strings.Contains(line, c.Styles.Bad.Render("  ! ")) || !strings.Contains(line, "прострочено") {
		t.Fatalf("an overdue assessment does not stand out: %q", line)
	}
	if line := d.m.dueLine(store.Assessment{Kind: store.AssessEnd, Due: "2026-07-31"}, "2026-03-12"); strings.Contains(line, c.Styles.Bad.Render("  ! ")) {
		t.Fatalf("a future assessment looks overdue: %q", line)
	}
}

func checkFitsView(t *testing.T, v string, w, h int) {
	t.Helper()
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		t.Errorf("%d lines, want at most %d", len(lines), h)
	}
	for _, l := range lines {
		if lipglossWidth(l) > w {
			t.Errorf("line %d wide: %q", lipglossWidth(l), l)
		}
	}
}
