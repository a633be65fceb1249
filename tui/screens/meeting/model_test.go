package meeting

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
)

func agendaTitles(t *testing.T, s *store.Store, id int64) string {
	t.Helper()
	items, err := s.ListAgenda(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, it := range items {
		out = append(out, it.Title)
	}
	return strings.Join(out, "|")
}

func TestAddAndReorderItems(t *testing.T) {
	c := newCouncil(t, 3)
	s := openAs(t, c.path, "Коваль Марія")
	sc := open(t, s, c.meetingID, 80, 24)
	for _, title := range []string{"Перше", "Друге", "Третє"} {
		sc.keys("n")
		if !sc.m.Capturing() {
			t.Fatal("the form does not capture keys")
		}
		sc.typeText(title)
		sc.keys("ctrl+s")
		if sc.m.editing != formNone {
			t.Fatalf("form still open after ctrl+s: %s", sc.m.View())
		}
	}
	const start = "Про стан виконання рішень попередніх засідань"
	if got := agendaTitles(t, s, c.meetingID); got != start+"|Перше|Друге|Третє|Різне" {
		t.Fatalf("agenda %s", got)
	}
	if it, _ := sc.m.selectedItem(); it.Title != "Третє" {
		t.Fatalf("cursor on %q after adding, want the new item", it.Title)
	}
	sc.keys("K", "shift+up")
	if got := agendaTitles(t, s, c.meetingID); got != start+"|Третє|Перше|Друге|Різне" {
		t.Fatalf("after K and shift+up: %s", got)
	}
	if it, _ := sc.m.selectedItem(); it.Title != "Третє" || it.Position != 2 {
		t.Fatalf("cursor left the moved item: %+v", it)
	}
	sc.keys("J")
	if got := agendaTitles(t, s, c.meetingID); got != start+"|Перше|Третє|Друге|Різне" {
		t.Fatalf("after J: %s", got)
	}
	if !strings.Contains(sc.m.View(), "› 3. Третє") {
		t.Fatalf("view:\n%s", sc.m.View())
	}
}

func TestItemFormKeepsValuesAndShowsMessages(t *testing.T) {
	c := newCouncil(t, 0)
	s := openAs(t, c.path, "Коваль Марія")
	sc := open(t, s, c.meetingID, 80, 24)
	sc.keys("n", "   ", "ctrl+s")
	if sc.m.editing != formItem || !strings.Contains(sc.m.View(), "✗ Обов'язкове поле") {
		t.Fatalf("empty title accepted or no message beside it:\n%s", sc.m.View())
	}
	sc.typeText("Про бюджет")
	sc.keys("esc")
	if !strings.Contains(sc.m.View(), "Відкинути зміни?") {
		t.Fatalf("esc with changes must ask:\n%s", sc.m.View())
	}
	sc.keys("n", "ctrl+s")
	if got := agendaTitles(t, s, c.meetingID); !strings.Contains(got, "Про бюджет") {
		t.Fatalf("typed title lost: %s", got)
	}
	// Edit: the form opens with the item's values.
	sc.keys("e")
	if sc.m.item == nil || strings.TrimSpace(sc.m.item.title) != "Про бюджет" {
		t.Fatalf("edit form values %+v", sc.m.item)
	}
	sc.keys("esc")
	if sc.m.editing != formNone {
		t.Fatal("esc without changes must close the form")
	}
}

func TestApprovalByEachCoChair(t *testing.T) {
	c := newCouncil(t, 2)
	sec := openAs(t, c.path, "Коваль Марія Петрівна")
	sc := open(t, sec, c.meetingID, 100, 30)
	sc.keys("S")
	if sc.lastStatus() != "Порядок денний подано співголовам на погодження" {
		t.Fatalf("submit: %q", sc.lastStatus())
	}
	sc.keys("A")
	if !strings.Contains(sc.lastStatus(), "Лише співголова може погодити") {
		t.Fatalf("the secretary approved: %q", sc.lastStatus())
	}

	iv := open(t, openAs(t, c.path, "Іваненко Іван Іванович"), c.meetingID, 100, 30)
	if !strings.Contains(iv.m.View(), "Ви — співголова Іваненко І.І.") {
		t.Fatalf("actor line:\n%s", iv.m.View())
	}
	iv.keys("A")
	if !strings.Contains(iv.lastStatus(), "Погоджено: Іваненко І.І.") {
		t.Fatalf("approval message %q", iv.lastStatus())
	}
	view := iv.m.View()
	if !strings.Contains(view, "Погоджено: Іваненко І.І.") || !strings.Contains(view, "очікує: Петренко О.І.") {
		t.Fatalf("approval line:\n%s", view)
	}
	iv.keys("A")
	if iv.lastStatus() != "Уже погоджено: Іваненко Іван Іванович" {
		t.Fatalf("second approval: %q", iv.lastStatus())
	}

	pe := open(t, openAs(t, c.path, "Петренко Олена Іванівна"), c.meetingID, 100, 30)
	pe.keys("A")
	if pe.m.d.meeting.Status != store.MeetingAgendaApproved {
		t.Fatalf("both approved, status %s", pe.m.d.meeting.Status)
	}
	if pe.m.keys.Approve.Enabled() {
		t.Fatal("approve still offered after approval")
	}
	// A change by the secretary returns the agenda to draft.
	sc.keys("n")
	sc.typeText("Додаткове питання")
	sc.keys("ctrl+s")
	if sc.m.d.meeting.Status != store.MeetingDraft || len(sc.m.d.approvals.Approved) != 0 {
		t.Fatalf("change kept the approval: %s %+v", sc.m.d.meeting.Status, sc.m.d.approvals)
	}
}

func TestReturnAgendaWithComment(t *testing.T) {
	c := newCouncil(t, 0)
	sec := openAs(t, c.path, "Коваль Марія")
	if err := sec.SubmitAgenda(context.Background(), c.meetingID); err != nil {
		t.Fatal(err)
	}
	pe := open(t, openAs(t, c.path, "Петренко Олена"), c.meetingID, 80, 24)
	pe.keys("R", "enter")
	if pe.lastStatus() != "Щоб повернути порядок денний, напишіть коментар" {
		t.Fatalf("empty comment: %q", pe.lastStatus())
	}
	pe.keys("R")
	pe.typeText("Додайте звіт про відкриті дані")
	pe.keys("enter")
	if pe.m.d.meeting.Status != store.MeetingDraft || !strings.Contains(pe.m.View(), "Повернено на доопрацювання: «Додайте звіт про відкриті дані»") {
		t.Fatalf("after return:\n%s", pe.m.View())
	}
}

func quorumLine(sc *screen) string {
	for _, l := range strings.Split(sc.m.View(), "\n") {
		if strings.Contains(l, "присутні —") {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

func TestRollCallChangesQuorumLine(t *testing.T) {
	c := newCouncil(t, 5) // 8 members: more than half is 5
	s := openAs(t, c.path, "Коваль Марія")
	sc := open(t, s, c.meetingID, 80, 24)
	sc.keys("right")
	if got := quorumLine(sc); got != "✓ 8 з 8 присутні — засідання правомочне" {
		t.Fatalf("default line %q", got)
	}
	for range 4 {
		sc.keys("a")
		sc.typeText("відрядження")
		sc.keys("enter")
	}
	if got := quorumLine(sc); got != "✗ 4 з 8 присутні — кворум відсутній: потрібно 5" {
		t.Fatalf("after four absences %q\n%s", got, sc.m.View())
	}
	sc.keys("up", "r")
	if got := quorumLine(sc); got != "✓ 5 з 8 присутні — засідання правомочне" {
		t.Fatalf("a remote member counts: %q", got)
	}
	rows, _ := s.GetAttendance(context.Background(), c.meetingID)
	absent := 0
	for _, r := range rows {
		if r.Status == store.PresenceAbsent && r.Reason == "відрядження" {
			absent++
		}
	}
	if absent != 3 {
		t.Fatalf("%d absences with a reason stored, want 3", absent)
	}
	sc.keys("P")
	if got := quorumLine(sc); got != "✓ 8 з 8 присутні — засідання правомочне" {
		t.Fatalf("all present: %q", got)
	}
}

func TestGuestsTab(t *testing.T) {
	c := newCouncil(t, 0)
	s := openAs(t, c.path, "Коваль Марія")
	sc := open(t, s, c.meetingID, 80, 24)
	sc.keys("right", "right", "n")
	sc.typeText("Шевчук Тарас")
	sc.keys("tab")
	sc.typeText("експерт")
	sc.keys("tab")
	sc.typeText("ГО «Відкрите місто»")
	sc.keys("ctrl+s")
	if !strings.Contains(sc.m.View(), "Шевчук Тарас — експерт, ГО «Відкрите місто»") {
		t.Fatalf("guest not listed:\n%s", sc.m.View())
	}
	sc.keys("d", "y")
	if len(sc.m.d.guests) != 0 {
		t.Fatalf("guest not deleted: %+v", sc.m.d.guests)
	}
}

func TestRecordPreview(t *testing.T) {
	c := newCouncil(t, 1)
	s := openAs(t, c.path, "Коваль Марія")
	ctx := context.Background()
	if err := s.SetAttendance(ctx, c.meetingID, c.members[3], store.PresenceAbsent, "хвороба"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateGuest(ctx, store.Guest{MeetingID: c.meetingID, FullName: "Шевчук Тарас", Role: "експерт"}); err != nil {
		t.Fatal(err)
	}
	sc := open(t, s, c.meetingID, 100, 60)
	sc.keys("left")
	view := sc.m.View()
	for _, want := range []string{"ПРОТОКОЛ № 1 (проєкт)", "Головуючий: Іваненко Іван Іванович", "Присутні (3 з 4)",
		"Відсутні: Бондар Андрій (хвороба)", "Запрошені: Шевчук Тарас — експерт", "Засідання є правомочним.",
		"ПОРЯДОК ДЕННИЙ:", "2. Різне", "1. СЛУХАЛИ: Невиконаних доручень попередніх засідань немає."} {
		if !strings.Contains(view, want) {
			t.Errorf("record lacks %q:\n%s", want, view)
		}
	}
}

func TestLockedMeetingIsReadOnly(t *testing.T) {
	c := newCouncil(t, 0)
	s := openAs(t, c.path, "Коваль Марія")
	if _, err := s.DB().Exec("UPDATE meeting SET status = 'minutes_approved' WHERE id = ?", c.meetingID); err != nil {
		t.Fatal(err)
	}
	sc := open(t, s, c.meetingID, 80, 24)
	if !strings.Contains(sc.m.View(), "Протокол затверджено — лише перегляд") {
		t.Fatalf("no lock banner:\n%s", sc.m.View())
	}
	k := sc.m.keys
	if k.Add.Enabled() || k.Delete.Enabled() || k.MoveUp.Enabled() || k.Submit.Enabled() {
		t.Fatal("editing keys enabled on a locked meeting")
	}
	sc.keys("right")
	if sc.m.keys.Absent.Enabled() {
		t.Fatal("roll call keys enabled on a locked meeting")
	}
}

func TestLayoutFitsEverySize(t *testing.T) {
	c := newCouncil(t, 7)
	s := openAs(t, c.path, "Коваль Марія")
	for _, size := range [][2]int{{40, 10}, {80, 24}, {120, 40}, {200, 60}, {1, 1}, {0, 0}} {
		w, h := size[0], size[1]
		sc := open(t, s, c.meetingID, w, h)
		for tabN := range int(tabCount) {
			sc.m.tab = tab(tabN)
			sc.m = sc.m.refreshKeys()
			for _, v := range []string{sc.m.View()} {
				if w > 0 && lipgloss.Height(v) > max(h, 1) {
					t.Errorf("%dx%d tab %d: %d lines", w, h, tabN, lipgloss.Height(v))
				}
				for _, line := range strings.Split(v, "\n") {
					if w > 0 && ansi.StringWidth(line) > w {
						t.Errorf("%dx%d tab %d: line too wide %q", w, h, tabN, line)
					}
				}
			}
		}
	}
}
