package meeting

import (
	"context"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// TestOneApprovalWaits: no status lets both the agenda and the minutes await approval, so A
// on any tab has one thing to approve and never has to ask which.
func TestOneApprovalWaits(t *testing.T) {
	for _, st := range store.MeetingStatuses {
		if st.Allows(store.ActApproveAgenda, store.RoleCoChair) && st.Allows(store.ActApproveMinutes, store.RoleCoChair) {
			t.Fatalf("%s: both the agenda and the minutes await approval", st)
		}
	}
}

// TestApproveFromAnyTab: a co-chair sees what awaits their approval on every tab, and A
// there approves it — the agenda before the session, the minutes after; the line goes once
// they approved.
func TestApproveFromAnyTab(t *testing.T) {
	c := newCouncil(t, 0)
	ctx := context.Background()
	sec := openAs(t, c.path, "Коваль Марія")
	if err := sec.SubmitAgenda(ctx, c.meetingID); err != nil {
		t.Fatal(err)
	}
	iv := open(t, openAs(t, c.path, "Іваненко Іван"), c.meetingID, 80, 24)
	for range tabCount {
		if v := iv.M.View(); !strings.Contains(v, "Чекає вашого погодження: порядок денний") {
			t.Fatalf("tab %d does not say the agenda awaits:\n%s", iv.M.tab, v)
		}
		iv.Keys("right")
	}
	iv.Keys("right", "Ф") // Attendance, A on the Ukrainian layout
	if !strings.HasPrefix(iv.LastStatus(), "Погоджено: Іваненко І.І.") || iv.M.tab != tabAttendance {
		t.Fatalf("A on the Attendance tab: %q (tab %d)", iv.LastStatus(), iv.M.tab)
	}
	if strings.Contains(iv.M.View(), "Чекає вашого погодження") {
		t.Fatalf("still awaited after approving:\n%s", iv.M.View())
	}

	pe := openAs(t, c.path, "Петренко Олена")
	if _, err := pe.ApproveAgenda(ctx, c.meetingID); err != nil {
		t.Fatal(err)
	}
	for _, step := range []func(context.Context, int64) error{
		func(ctx context.Context, id int64) error { return sec.StartSession(ctx, id, false) },
		sec.CloseMeeting, sec.SubmitMinutes,
	} {
		if err := step(ctx, c.meetingID); err != nil {
			t.Fatal(err)
		}
	}
	iv = open(t, openAs(t, c.path, "Іваненко Іван"), c.meetingID, 80, 24)
	if v := iv.M.View(); !strings.Contains(v, "Чекає вашого погодження: протокол") || iv.M.tab != tabAgenda {
		t.Fatalf("the agenda tab does not say the minutes await:\n%s", v)
	}
	if !inHelp(iv.M, iv.M.keys.ApproveMinutes) {
		t.Fatal("A (approve the minutes) is not in the agenda tab's help")
	}
	iv.Keys("A")
	if !strings.Contains(iv.LastStatus(), "Іваненко І.І.") || len(iv.M.d.minutes.Approved) != 1 {
		t.Fatalf("A on the agenda tab did not approve the minutes: %q %+v", iv.LastStatus(), iv.M.d.minutes)
	}
}

// TestReturnRefusedSaysWhy: R by someone who is not a co-chair names that, on every tab,
// whatever stands in the meeting (not «Порядок денний ще не подано»).
func TestReturnRefusedSaysWhy(t *testing.T) {
	c := newCouncil(t, 0)
	sc := open(t, openAs(t, c.path, "Коваль Марія"), c.meetingID, 80, 24)
	for range tabCount {
		sc.Keys("R")
		if got := sc.LastStatus(); !strings.HasPrefix(got, "Лише співголова") || sc.M.prompt != promptNone {
			t.Fatalf("tab %d: R says %q", sc.M.tab, got)
		}
		sc.Keys("right")
	}
}

// TestChangingSubmittedAgendaAsksFirst: K on a submitted agenda asks and says the approvals
// will be withdrawn; n changes nothing; y moves the item and says it was withdrawn.
func TestChangingSubmittedAgendaAsksFirst(t *testing.T) {
	c := newCouncil(t, 0)
	ctx := context.Background()
	sec := openAs(t, c.path, "Коваль Марія")
	if _, err := sec.CreateAgendaItem(ctx, store.AgendaItem{MeetingID: c.meetingID, Title: "Про звіт", Kind: store.ItemInformation}); err != nil {
		t.Fatal(err)
	}
	if err := sec.SubmitAgenda(ctx, c.meetingID); err != nil {
		t.Fatal(err)
	}
	sc := open(t, sec, c.meetingID, 80, 24)
	sc.Keys("down", "K")
	if !sc.M.confirm.Active() || !strings.Contains(sc.M.View(), "погодження буде") {
		t.Fatalf("K on a submitted agenda does not ask:\n%s", sc.M.View())
	}
	before := agendaTitles(t, sec, c.meetingID)
	sc.Keys("n")
	if agendaTitles(t, sec, c.meetingID) != before || sc.M.d.meeting.Status != store.MeetingAgendaSubmitted {
		t.Fatal("n changed the agenda")
	}
	for _, k := range []string{"n", "enter", "d"} {
		sc.Keys(k)
		if !sc.M.confirm.Active() || !strings.Contains(sc.M.View(), "погодження буде") {
			t.Fatalf("%s on a submitted agenda does not ask:\n%s", k, sc.M.View())
		}
		sc.Keys("esc")
	}
	sc.Keys("K", "y")
	if agendaTitles(t, sec, c.meetingID) == before || sc.M.d.meeting.Status != store.MeetingDraft {
		t.Fatalf("y did not move: %s", sc.M.d.meeting.Status)
	}
	if got := sc.LastStatus(); got != "Пункт переміщено; порядок денний повернуто в «Проєкт», погодження відкликано" {
		t.Fatalf("move said %q", got)
	}
	sc.Keys("J")
	if sc.M.confirm.Active() || sc.LastStatus() != "Пункт переміщено" {
		t.Fatalf("a draft agenda asks before a move: %q", sc.LastStatus())
	}
}

// TestExportFromTheRecordTab: x on the Record tab opens the export dialog, and the tab's
// help lists it.
func TestExportFromTheRecordTab(t *testing.T) {
	c := newCouncil(t, 0)
	sc := open(t, openAs(t, c.path, "Коваль Марія"), c.meetingID, 80, 24)
	sc.Keys("left")
	if sc.M.tab != tabRecord || !inHelp(sc.M, sc.M.keys.Export) {
		t.Fatalf("x is not in the Record tab's help (tab %d)", sc.M.tab)
	}
	sc.Keys("ч") // x on the Ukrainian layout
	if len(sc.Sent) != 1 {
		t.Fatalf("x on the Record tab sent %v", sc.Sent)
	}
	if _, ok := sc.Sent[0].(common.PushMsg); !ok {
		t.Fatalf("x on the Record tab sent %T", sc.Sent[0])
	}
}
