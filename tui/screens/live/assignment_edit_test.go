package live

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// An assignment recorded with g is selected with ↓ under its point, opened with e with what was
// recorded, and changed: text, responsible (a member becomes an organisation), deadline.
func TestEditAssignmentFromTheLiveScreen(t *testing.T) {
	c := started(t)
	ctx := context.Background()
	item := c.items[0]
	if _, err := c.st.AddPoint(ctx, store.DecisionPoint{ItemID: item, Text: "Схвалити звіт про виконання Плану дій."}); err != nil {
		t.Fatal(err)
	}
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("gРозмістити звіт"), tea.KeyMsg{Type: tea.KeyTab}, runes("Бондар"), tea.KeyMsg{Type: tea.KeyTab},
		runes("01.01.2020"), tea.KeyMsg{Type: tea.KeyCtrlS}, runes("y")) // y: keep the deadline before the meeting
	as, _ := c.st.ListAssignments(ctx, store.AssignmentFilter{ItemID: item})
	if len(as) != 1 || as[0].Text != "Розмістити звіт" || as[0].ResponsibleMemberID != c.members["Бондар Олег Іванович"] {
		t.Fatalf("recorded with g: %+v (status %q)", as, sc.lastStatus())
	}
	sc.send(tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyDown})
	if !strings.Contains(sc.m.View(), "▸     → Доручення: Розмістити звіт.") {
		t.Fatalf("the assignment is not shown selected:\n%s", sc.m.View())
	}
	sc.send(runes("e"))
	f, e := sc.m.form, sc.m.editing
	if sc.m.mode != modeForm || e.kind != formAssignEdit || f.Value("text") != "Розмістити звіт" ||
		f.Value("responsible") != "Бондар Олег Іванович" || f.Value("deadline") != "2020-01-01" || e.v.point != 1 {
		t.Fatalf("the assignment's editor: mode %d kind %q text %q who %q deadline %q point %d", sc.m.mode, e.kind,
			f.Value("text"), f.Value("responsible"), f.Value("deadline"), e.v.point)
	}
	if !strings.Contains(sc.m.View(), "Доручення (зміна)") {
		t.Fatalf("no editor's title:\n%s", sc.m.View())
	}
	ctrlU := tea.KeyMsg{Type: tea.KeyCtrlU}
	sc.send(runes(" на порталі OGP Local"), tea.KeyMsg{Type: tea.KeyTab}, ctrlU, runes("Управління цифрової трансформації"),
		tea.KeyMsg{Type: tea.KeyTab}, ctrlU, runes("31.12.2026"), tea.KeyMsg{Type: tea.KeyCtrlS})
	as, _ = c.st.ListAssignments(ctx, store.AssignmentFilter{ItemID: item})
	if len(as) != 1 || as[0].Text != "Розмістити звіт на порталі OGP Local" || as[0].ResponsibleMemberID != 0 ||
		as[0].ResponsibleOrg != "Управління цифрової трансформації" || as[0].Deadline != "2026-12-31" || as[0].PointPosition != 1 {
		t.Fatalf("after the edit: %+v (status %q)", as, sc.lastStatus())
	}
	if sc.m.mode != modeView || sc.lastStatus() != "Збережено" {
		t.Fatalf("after saving: mode %d status %q", sc.m.mode, sc.lastStatus())
	}
	if v := sc.m.View(); !strings.Contains(v, "Доручення: Розмістити звіт на порталі OGP Local. Відповідальний:") ||
		!strings.Contains(v, "Управління цифрової трансформації. Термін: 31.12.2026") {
		t.Fatalf("the screen does not show the edit:\n%s", v)
	}
}

// An edit keeps the responsible member when the name is left as it was; x deletes the
// selected assignment after asking.
func TestEditAssignmentKeepsMemberAndDeletes(t *testing.T) {
	c := started(t)
	ctx := context.Background()
	who := c.members["Гнатюк Марія Степанівна"]
	if _, err := c.st.CreateAssignment(ctx, store.Assignment{ItemID: c.items[0], Text: "Оприлюднити звіт",
		ResponsibleMemberID: who}); err != nil {
		t.Fatal(err)
	}
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(tea.KeyMsg{Type: tea.KeyDown}, runes("e"), runes("."), tea.KeyMsg{Type: tea.KeyCtrlS})
	as, _ := c.st.ListAssignments(ctx, store.AssignmentFilter{ItemID: c.items[0]})
	if len(as) != 1 || as[0].Text != "Оприлюднити звіт." || as[0].ResponsibleMemberID != who || as[0].ResponsibleOrg != "" {
		t.Fatalf("after the edit: %+v (status %q)", as, sc.lastStatus())
	}
	sc.send(tea.KeyMsg{Type: tea.KeyDown}, runes("x"))
	if !sc.m.confirm.Active() || !strings.Contains(sc.m.View(), "Видалити доручення «Оприлюднити звіт.»?") {
		t.Fatalf("delete does not ask:\n%s", sc.m.View())
	}
	sc.send(runes("y"))
	if as, _ := c.st.ListAssignments(ctx, store.AssignmentFilter{ItemID: c.items[0]}); len(as) != 0 || sc.lastStatus() != "Доручення видалено" {
		t.Fatalf("not deleted: %+v (status %q)", as, sc.lastStatus())
	}
}

// Minutes approved while the editor is open: saving is refused with the reason, the editor
// keeps what was typed and the assignment stays as it was.
func TestEditAssignmentRefusedOnceApproved(t *testing.T) {
	c := started(t)
	ctx := context.Background()
	if _, err := c.st.CreateAssignment(ctx, store.Assignment{ItemID: c.items[0], Text: "Оприлюднити звіт",
		ResponsibleOrg: "Відділ"}); err != nil {
		t.Fatal(err)
	}
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(tea.KeyMsg{Type: tea.KeyDown}, runes("e"), runes(" вчасно"))
	if _, err := c.st.DB().Exec("UPDATE meeting SET status = 'minutes_approved' WHERE id = ?", c.meeting.ID); err != nil {
		t.Fatal(err)
	}
	sc.send(tea.KeyMsg{Type: tea.KeyCtrlS})
	if sc.lastStatus() != "Протокол затверджено — запис засідання змінити не можна" || sc.m.mode != modeForm ||
		sc.m.form.Value("text") != "Оприлюднити звіт вчасно" {
		t.Fatalf("status %q mode %d text %q", sc.lastStatus(), sc.m.mode, sc.m.form.Value("text"))
	}
	if as, _ := c.st.ListAssignments(ctx, store.AssignmentFilter{ItemID: c.items[0]}); as[0].Text != "Оприлюднити звіт" {
		t.Fatalf("changed after approval: %+v", as)
	}
}
