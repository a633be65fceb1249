package meeting

import (
	"context"
	"testing"

	"github.com/charmbracelet/bubbles/key"
)

// offered says whether b is in the help bar now.
func offered(sc *screen, b key.Binding) bool {
	for _, h := range sc.M.ShortHelp() {
		if h.Enabled() && h.Help() == b.Help() {
			return true
		}
	}
	return false
}

// A co-chair who has approved a stage is no longer offered A for it; the other still is.
func TestApproveKeyHiddenForWhoApproved(t *testing.T) {
	c := newCouncil(t, 1)
	ctx := context.Background()
	sec := openAs(t, c.path, "Коваль Марія Петрівна")
	open(t, sec, c.meetingID, 100, 30).Keys("S")

	gov := open(t, openAs(t, c.path, "Іваненко Іван Іванович"), c.meetingID, 100, 30)
	if !offered(gov, gov.M.keys.Approve) {
		t.Fatal("the agenda awaits this co-chair, yet A is not offered")
	}
	gov.Keys("A")
	if gov.M.keys.Approve.Enabled() || offered(gov, gov.M.keys.Approve) {
		t.Fatal("A still offered to the co-chair who approved the agenda")
	}
	civ := open(t, openAs(t, c.path, "Петренко Олена Іванівна"), c.meetingID, 100, 30)
	if !offered(civ, civ.M.keys.Approve) {
		t.Fatal("A hidden from the co-chair who has not approved yet")
	}
	civ.Keys("A")

	if err := sec.StartSession(ctx, c.meetingID, true); err != nil {
		t.Fatal(err)
	}
	if err := sec.CloseMeeting(ctx, c.meetingID); err != nil {
		t.Fatal(err)
	}
	if err := sec.SubmitMinutes(ctx, c.meetingID); err != nil {
		t.Fatal(err)
	}
	gov = open(t, openAs(t, c.path, "Іваненко Іван Іванович"), c.meetingID, 100, 30)
	gov.Keys("left")
	if !offered(gov, gov.M.keys.ApproveMinutes) {
		t.Fatal("the minutes await this co-chair, yet A is not offered")
	}
	gov.Keys("A")
	if gov.M.keys.ApproveMinutes.Enabled() || offered(gov, gov.M.keys.ApproveMinutes) {
		t.Fatal("A still offered to the co-chair who approved the minutes")
	}
	gov.Keys("A") // still answered, with why
	if gov.LastStatus() != "Уже погоджено: Іваненко Іван Іванович" {
		t.Fatalf("a second A: %q", gov.LastStatus())
	}
	civ = open(t, openAs(t, c.path, "Петренко Олена Іванівна"), c.meetingID, 100, 30)
	civ.Keys("left")
	if !offered(civ, civ.M.keys.ApproveMinutes) {
		t.Fatal("A hidden from the co-chair who has not approved the minutes")
	}
}
