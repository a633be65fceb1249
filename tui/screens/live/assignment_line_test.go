package live

import (
	"context"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// An assignment typed with its own full stop reads as one sentence ("звіт. Відповідальний"),
// not "звіт.. Відповідальний".
func TestAssignmentLineOneFullStop(t *testing.T) {
	c := newCouncil14(t)
	ctx := context.Background()
	if err := c.st.StartSession(ctx, c.meeting.ID, true); err != nil {
		t.Fatal(err)
	}
	p, err := c.st.AddPoint(ctx, store.DecisionPoint{ItemID: c.items[0], Text: "Інформацію взяти до відома."})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.st.CreateAssignment(ctx, store.Assignment{ItemID: c.items[0], PointID: p.ID, Text: "Підготувати звіт.",
		ResponsibleOrg: "Відділ цифрової трансформації", Deadline: "2026-12-31"}); err != nil {
		t.Fatal(err)
	}
	view := openScreen(t, c.st, c.meeting.ID).m.View()
	if strings.Contains(view, "звіт..") || !strings.Contains(view, "Доручення: Підготувати звіт. Відповідальний:") {
		t.Fatalf("assignment line:\n%s", view)
	}
}

// An item with a decision recorded is "under consideration" while the meeting runs, not
// "not considered".
func TestItemWithRecordIsUnderWay(t *testing.T) {
	c := newCouncil14(t)
	ctx := context.Background()
	if err := c.st.StartSession(ctx, c.meeting.ID, true); err != nil {
		t.Fatal(err)
	}
	sc := openScreen(t, c.st, c.meeting.ID)
	if v := sc.m.View(); !strings.Contains(v, "Не розглянуто") {
		t.Fatalf("an untouched item:\n%s", v)
	}
	if _, err := c.st.AddPoint(ctx, store.DecisionPoint{ItemID: c.items[0], Text: "Інформацію взяти до відома."}); err != nil {
		t.Fatal(err)
	}
	v := openScreen(t, c.st, c.meeting.ID).m.View()
	if strings.Contains(v, "Не розглянуто") || !strings.Contains(v, "Розглядається") {
		t.Fatalf("an item with a decision point:\n%s", v)
	}
}
