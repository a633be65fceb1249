package meeting

import (
	"context"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
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
	if !strings.Contains(sc.m.View(), "Скасувати зміни?") {
		t.Fatalf("esc with changes must ask:\n%s", sc.m.View())
	}
	sc.keys("n", "ctrl+s")
	if got := agendaTitles(t, s, c.meetingID); !strings.Contains(got, "Про бюджет") {
		t.Fatalf("typed title lost: %s", got)
	}
	// Edit: the form opens with the item's values.
	sc.keys("enter")
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
	if strings.Contains(view, "A — погодити") || !strings.Contains(view, "вже погодили") {
		t.Fatalf("a co-chair who approved is still asked to approve:\n%s", view)
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
	if v := pe.m.View(); strings.Contains(v, "A — погодити") || strings.Contains(v, "погоджують співголови") {
		t.Fatalf("an approved agenda still asks for approval:\n%s", v)
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
	sc := open(t, s, c.meetingID, 100, 80)
	sc.keys("left")
	view := sc.m.View()
	for _, want := range []string{"ПРОЄКТ", "ПРОТОКОЛ № 1", "Головуючий: Іван ІВАНЕНКО", "Присутні члени Координаційної ради (3 з 4)",
		"Відсутні: БОНДАР Андрій (хвороба).", "1. ШЕВЧУК Тарас – експерт", "Засідання є правомочним.",
		"ПОРЯДОК ДЕННИЙ:", "2. Різне.", "1. СЛУХАЛИ: Невиконаних доручень попередніх засідань немає.",
		"Проєкт протоколу складається під час засідання"} {
		if !strings.Contains(view, want) {
			t.Errorf("record lacks %q:\n%s", want, view)
		}
	}
}

func TestMinutesApprovalOnTheRecordTab(t *testing.T) {
	c := newCouncil(t, 1)
	sec := openAs(t, c.path, "Коваль Марія Петрівна")
	ctx := context.Background()
	sc := open(t, sec, c.meetingID, 100, 30)
	sc.keys("left", "S")
	if want := "Подати протокол можна лише після закриття засідання"; !strings.HasPrefix(sc.lastStatus(), want) {
		t.Fatalf("submit before closing: %q", sc.lastStatus())
	}
	if err := sec.StartSession(ctx, c.meetingID, true); err != nil {
		t.Fatal(err)
	}
	if err := sec.CloseMeeting(ctx, c.meetingID); err != nil {
		t.Fatal(err)
	}
	sc = open(t, sec, c.meetingID, 100, 30)
	sc.keys("left")
	if !strings.Contains(sc.m.View(), "S — подати співголовам на затвердження") || !sc.m.keys.SubmitMinutes.Enabled() {
		t.Fatalf("a closed meeting's record tab offers no submission:\n%s", sc.m.View())
	}
	gov := open(t, openAs(t, c.path, "Іваненко Іван Іванович"), c.meetingID, 100, 30)
	gov.keys("left")
	if v := gov.m.View(); strings.Contains(v, "A — погодити протокол") {
		t.Fatalf("minutes not yet submitted, yet the co-chair is told to approve them:\n%s", v)
	}
	gov.keys("A")
	if want := "Протокол ще не подано на затвердження"; !strings.HasPrefix(gov.lastStatus(), want) {
		t.Fatalf("approve before submission: %q", gov.lastStatus())
	}
	sc.keys("S")
	if sc.lastStatus() != "Протокол подано співголовам на затвердження" {
		t.Fatalf("submit: %q", sc.lastStatus())
	}
	sc.keys("A")
	if !strings.HasPrefix(sc.lastStatus(), "Лише співголова може погодити") {
		t.Fatalf("the secretary approved: %q", sc.lastStatus())
	}
	gov.keys("A")
	if !strings.HasPrefix(gov.lastStatus(), "Погоджено: Іваненко І.І.") ||
		!strings.Contains(gov.m.View(), "Протокол погоджено: Іваненко І.І.") || !strings.Contains(gov.m.View(), "очікує: Петренко О.І.") {
		t.Fatalf("first approval %q:\n%s", gov.lastStatus(), gov.m.View())
	}
	gov.keys("A")
	if gov.lastStatus() != "Уже погоджено: Іваненко Іван Іванович" {
		t.Fatalf("approved twice: %q", gov.lastStatus())
	}
	civ := open(t, openAs(t, c.path, "Петренко Олена"), c.meetingID, 100, 30)
	civ.keys("left", "A")
	if civ.lastStatus() != "Погоджено: Петренко О.І. — протокол затверджено, запис засідання заблоковано" ||
		!strings.Contains(civ.m.View(), "Заблоковано — лише перегляд") {
		t.Fatalf("second approval: %q", civ.lastStatus())
	}
	if m, _ := sec.GetMeeting(ctx, c.meetingID); m.Status != store.MeetingMinutesApproved {
		t.Fatalf("not locked: %s", m.Status)
	}
}

func TestLockedMeetingRefusesEveryEdit(t *testing.T) {
	c := newCouncil(t, 0)
	s := openAs(t, c.path, "Коваль Марія")
	lockMeeting(t, c)
	sc := open(t, s, c.meetingID, 80, 24)
	if !strings.Contains(sc.m.View(), "Заблоковано — лише перегляд · Протокол затверджено") {
		t.Fatalf("no lock banner:\n%s", sc.m.View())
	}
	k := sc.m.keys
	if k.Add.Enabled() || k.Delete.Enabled() || k.MoveUp.Enabled() || k.Submit.Enabled() || k.EditMeeting.Enabled() {
		t.Fatal("editing keys enabled on a locked meeting")
	}
	const why = "Протокол затверджено — запис засідання змінити не можна"
	for _, tc := range []struct{ tab, key string }{{"", "n"}, {"", "enter"}, {"", "d"}, {"", "K"}, {"", "S"}, {"", "e"},
		{"right", "p"}, {"", "a"}, {"", "P"}, {"right", "n"}, {"right", "S"}, {"", "A"}, {"", "R"}} {
		sc.status = nil
		if tc.tab != "" {
			sc.keys(tc.tab)
		}
		sc.keys(tc.key)
		if sc.lastStatus() != why || sc.m.editing != formNone || sc.m.prompt != promptNone {
			t.Errorf("tab %d key %q: %q", sc.m.tab, tc.key, sc.lastStatus())
		}
	}
	// s still opens the live screen, read only, to see the record with its lock.
	if _, cmd := sc.m.Update(screentest.Key("s")); cmd == nil || cmd() != (common.OpenLiveMsg{MeetingID: c.meetingID}) {
		t.Error("s does not open the live screen of a locked meeting")
	}
}

// lockMeeting takes the meeting through the session and both co-chairs' approval of the minutes.
func lockMeeting(t *testing.T, c council) {
	t.Helper()
	ctx := context.Background()
	sec := openAs(t, c.path, "Коваль Марія Петрівна")
	steps := []func() error{
		func() error { return sec.StartSession(ctx, c.meetingID, true) },
		func() error { return sec.CloseMeeting(ctx, c.meetingID) },
		func() error { return sec.SubmitMinutes(ctx, c.meetingID) },
		func() error {
			_, _, err := openAs(t, c.path, "Іваненко Іван").ApproveMinutes(ctx, c.meetingID)
			return err
		},
		func() error {
			_, _, err := openAs(t, c.path, "Петренко Олена").ApproveMinutes(ctx, c.meetingID)
			return err
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestEditMeetingHeader(t *testing.T) {
	c := newCouncil(t, 0)
	s := openAs(t, c.path, "Коваль Марія")
	sc := open(t, s, c.meetingID, 80, 30)
	sc.keys("e")
	if sc.m.editing != formMeeting || sc.m.head.Place != "Мала зала" || !strings.Contains(sc.m.View(), "Засідання № 1") {
		t.Fatalf("the header form does not open with the meeting's values:\n%s", sc.m.View())
	}
	sc.m.head.Date, sc.m.head.Place = "2026-03-19", "Велика зала"
	sc.keys("ctrl+s")
	m, _ := s.GetMeeting(context.Background(), c.meetingID)
	if sc.m.editing != formNone || m.Date != "2026-03-19" || m.Place != "Велика зала" || sc.lastStatus() != "Засідання збережено" {
		t.Fatalf("not saved (%q): %+v", sc.lastStatus(), m)
	}
	if !strings.Contains(sc.m.View(), "19.03.2026") {
		t.Fatalf("header not reloaded:\n%s", sc.m.View())
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

// Keys typed faster than the screen reads them arrive as one message: each still counts.
func TestRollCallTakesABurstOfKeys(t *testing.T) {
	c := newCouncil(t, 2)
	s := openAs(t, c.path, "Коваль Марія")
	sc := open(t, s, c.meetingID, 80, 24)
	sc.keys("right")
	sc.typeText("rpr")
	rows, _ := s.GetAttendance(context.Background(), c.meetingID)
	var got []string
	for _, r := range rows[:3] {
		got = append(got, string(r.Status))
	}
	if strings.Join(got, " ") != "remote present remote" || sc.m.cursor[tabAttendance] != 3 {
		t.Fatalf("after \"rpr\": %v, cursor %d", got, sc.m.cursor[tabAttendance])
	}
	sc.typeText("aхвороба")
	if sc.m.prompt != promptReason || sc.m.input.Value() != "хвороба" {
		t.Fatalf("a burst opening the reason prompt types the rest into it: %q", sc.m.input.Value())
	}
}

func TestClosingTheMeetingShowsTheDraftMinutes(t *testing.T) {
	c := newCouncil(t, 0)
	s := openAs(t, c.path, "Коваль Марія")
	sc := open(t, s, c.meetingID, 80, 40)
	ctx := context.Background()
	if err := s.StartSession(ctx, c.meetingID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.CloseMeeting(ctx, c.meetingID); err != nil {
		t.Fatal(err)
	}
	var cmd tea.Cmd
	sc.m, cmd = sc.m.Update(common.DataChangedMsg{})
	sc.pump(cmd)
	if sc.m.tab != tabRecord || !strings.Contains(sc.m.View(), "ПРОТОКОЛ № 1") || !strings.Contains(sc.m.View(), "S — подати співголовам") {
		t.Fatalf("after closing:\n%s", sc.m.View())
	}
}
