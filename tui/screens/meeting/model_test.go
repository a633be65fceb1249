package meeting

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
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
		sc.Keys("n")
		if !sc.M.Capturing() {
			t.Fatal("the form does not capture keys")
		}
		sc.Type(title)
		sc.Keys("ctrl+s")
		if sc.M.editing != formNone {
			t.Fatalf("form still open after ctrl+s: %s", sc.M.View())
		}
	}
	const start = "Про стан виконання рішень попередніх засідань"
	if got := agendaTitles(t, s, c.meetingID); got != start+"|Перше|Друге|Третє|Різне" {
		t.Fatalf("agenda %s", got)
	}
	if it, _ := sc.M.selectedItem(); it.Title != "Третє" {
		t.Fatalf("cursor on %q after adding, want the new item", it.Title)
	}
	sc.Keys("K", "shift+up")
	if got := agendaTitles(t, s, c.meetingID); got != start+"|Третє|Перше|Друге|Різне" {
		t.Fatalf("after K and shift+up: %s", got)
	}
	if it, _ := sc.M.selectedItem(); it.Title != "Третє" || it.Position != 2 {
		t.Fatalf("cursor left the moved item: %+v", it)
	}
	sc.Keys("J")
	if got := agendaTitles(t, s, c.meetingID); got != start+"|Перше|Третє|Друге|Різне" {
		t.Fatalf("after J: %s", got)
	}
	if !strings.Contains(sc.M.View(), "› 3. Третє") {
		t.Fatalf("view:\n%s", sc.M.View())
	}
}

func TestItemFormKeepsValuesAndShowsMessages(t *testing.T) {
	c := newCouncil(t, 0)
	s := openAs(t, c.path, "Коваль Марія")
	sc := open(t, s, c.meetingID, 80, 24)
	sc.Keys("n", "   ", "ctrl+s")
	if sc.M.editing != formItem || !strings.Contains(sc.M.View(), "✗ Обов'язкове поле") {
		t.Fatalf("empty title accepted or no message beside it:\n%s", sc.M.View())
	}
	sc.Type("Про бюджет")
	sc.Keys("esc")
	if !strings.Contains(sc.M.View(), "Скасувати зміни?") {
		t.Fatalf("esc with changes must ask:\n%s", sc.M.View())
	}
	sc.Keys("n", "ctrl+s")
	if got := agendaTitles(t, s, c.meetingID); !strings.Contains(got, "Про бюджет") {
		t.Fatalf("typed title lost: %s", got)
	}
	// Edit: the form opens with the item's values.
	sc.Keys("enter")
	if sc.M.item == nil || strings.TrimSpace(sc.M.item.title) != "Про бюджет" {
		t.Fatalf("edit form values %+v", sc.M.item)
	}
	sc.Keys("esc")
	if sc.M.editing != formNone {
		t.Fatal("esc without changes must close the form")
	}
}

func TestApprovalByEachCoChair(t *testing.T) {
	c := newCouncil(t, 2)
	sec := openAs(t, c.path, "Коваль Марія Петрівна")
	sc := open(t, sec, c.meetingID, 100, 30)
	sc.Keys("S")
	if sc.LastStatus() != "Порядок денний подано співголовам на погодження" {
		t.Fatalf("submit: %q", sc.LastStatus())
	}
	sc.Keys("A")
	if !strings.Contains(sc.LastStatus(), "Лише співголова може погодити") {
		t.Fatalf("the secretary approved: %q", sc.LastStatus())
	}

	iv := open(t, openAs(t, c.path, "Іваненко Іван Іванович"), c.meetingID, 100, 30)
	if !strings.Contains(iv.M.View(), "Ви — співголова Іваненко І.І.") {
		t.Fatalf("actor line:\n%s", iv.M.View())
	}
	iv.Keys("A")
	if !strings.Contains(iv.LastStatus(), "Погоджено: Іваненко І.І.") {
		t.Fatalf("approval message %q", iv.LastStatus())
	}
	view := iv.M.View()
	if !strings.Contains(view, "Погоджено: Іваненко І.І.") || !strings.Contains(view, "очікує: Петренко О.І.") {
		t.Fatalf("approval line:\n%s", view)
	}
	if strings.Contains(view, "A — погодити") || !strings.Contains(view, "вже погодили") {
		t.Fatalf("a co-chair who approved is still asked to approve:\n%s", view)
	}
	iv.Keys("A")
	if iv.LastStatus() != "Уже погоджено: Іваненко Іван Іванович" {
		t.Fatalf("second approval: %q", iv.LastStatus())
	}

	pe := open(t, openAs(t, c.path, "Петренко Олена Іванівна"), c.meetingID, 100, 30)
	pe.Keys("A")
	if pe.M.d.meeting.Status != store.MeetingAgendaApproved {
		t.Fatalf("both approved, status %s", pe.M.d.meeting.Status)
	}
	if pe.M.keys.Approve.Enabled() {
		t.Fatal("approve still offered after approval")
	}
	if v := pe.M.View(); strings.Contains(v, "A — погодити") || strings.Contains(v, "погоджують співголови") {
		t.Fatalf("an approved agenda still asks for approval:\n%s", v)
	}
	// A change by the secretary returns the agenda to draft: asked first, said after.
	sc.Keys("n")
	if !sc.M.confirm.Active() || !strings.Contains(sc.M.View(), "погодження буде") {
		t.Fatalf("a change to an approved agenda does not ask first:\n%s", sc.M.View())
	}
	sc.Keys("y")
	sc.Type("Додаткове питання")
	sc.Keys("ctrl+s")
	if sc.M.d.meeting.Status != store.MeetingDraft || len(sc.M.d.approvals.Approved) != 0 {
		t.Fatalf("change kept the approval: %s %+v", sc.M.d.meeting.Status, sc.M.d.approvals)
	}
	if got := sc.LastStatus(); got != "Пункт додано; порядок денний повернуто в «Проєкт», погодження відкликано" {
		t.Fatalf("the change does not say the approvals were withdrawn: %q", got)
	}
}

func TestReturnAgendaWithComment(t *testing.T) {
	c := newCouncil(t, 0)
	sec := openAs(t, c.path, "Коваль Марія")
	if err := sec.SubmitAgenda(context.Background(), c.meetingID); err != nil {
		t.Fatal(err)
	}
	pe := open(t, openAs(t, c.path, "Петренко Олена"), c.meetingID, 80, 24)
	pe.Keys("R", "enter")
	if pe.LastStatus() != "Щоб повернути порядок денний, напишіть коментар" {
		t.Fatalf("empty comment: %q", pe.LastStatus())
	}
	pe.Keys("R")
	pe.Type("Додайте звіт про відкриті дані")
	pe.Keys("enter")
	if pe.M.d.meeting.Status != store.MeetingDraft || !strings.Contains(pe.M.View(), "Повернено на доопрацювання: «Додайте звіт про відкриті дані»") {
		t.Fatalf("after return:\n%s", pe.M.View())
	}
}

func quorumLine(sc *screen) string {
	for _, l := range strings.Split(sc.M.View(), "\n") {
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
	sc.Keys("right")
	if got := quorumLine(sc); got != "✓ 8 з 8 присутні — засідання правомочне" {
		t.Fatalf("default line %q", got)
	}
	for range 4 {
		sc.Keys("a")
		sc.Type("відрядження")
		sc.Keys("enter")
	}
	if got := quorumLine(sc); got != "✗ 4 з 8 присутні — кворум відсутній: потрібно 5" {
		t.Fatalf("after four absences %q\n%s", got, sc.M.View())
	}
	sc.Keys("up", "r")
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
	sc.Keys("P")
	if got := quorumLine(sc); got != "✓ 8 з 8 присутні — засідання правомочне" {
		t.Fatalf("all present: %q", got)
	}
}

func TestGuestsTab(t *testing.T) {
	c := newCouncil(t, 0)
	s := openAs(t, c.path, "Коваль Марія")
	sc := open(t, s, c.meetingID, 80, 24)
	sc.Keys("right", "right", "n")
	sc.Type("Шевчук Тарас")
	sc.Keys("tab")
	sc.Type("експерт")
	sc.Keys("tab")
	sc.Type("ГО «Відкрите місто»")
	sc.Keys("ctrl+s")
	if !strings.Contains(sc.M.View(), "Шевчук Тарас — експерт, ГО «Відкрите місто»") {
		t.Fatalf("guest not listed:\n%s", sc.M.View())
	}
	sc.Keys("d", "y")
	if len(sc.M.d.guests) != 0 {
		t.Fatalf("guest not deleted: %+v", sc.M.d.guests)
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
	sc.Keys("left")
	view := sc.M.View()
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
	sc.Keys("left", "S")
	if want := "Подати протокол можна лише після закриття засідання"; !strings.HasPrefix(sc.LastStatus(), want) {
		t.Fatalf("submit before closing: %q", sc.LastStatus())
	}
	if err := sec.StartSession(ctx, c.meetingID, true); err != nil {
		t.Fatal(err)
	}
	if err := sec.CloseMeeting(ctx, c.meetingID); err != nil {
		t.Fatal(err)
	}
	sc = open(t, sec, c.meetingID, 100, 30)
	sc.Keys("left")
	if !strings.Contains(sc.M.View(), "S — подати співголовам на затвердження") || !sc.M.keys.SubmitMinutes.Enabled() {
		t.Fatalf("a closed meeting's record tab offers no submission:\n%s", sc.M.View())
	}
	gov := open(t, openAs(t, c.path, "Іваненко Іван Іванович"), c.meetingID, 100, 30)
	gov.Keys("left")
	if v := gov.M.View(); strings.Contains(v, "A — погодити протокол") {
		t.Fatalf("minutes not yet submitted, yet the co-chair is told to approve them:\n%s", v)
	}
	gov.Keys("A")
	if want := "Протокол ще не подано на затвердження"; !strings.HasPrefix(gov.LastStatus(), want) {
		t.Fatalf("approve before submission: %q", gov.LastStatus())
	}
	sc.Keys("S")
	if sc.LastStatus() != "Протокол подано співголовам на затвердження" {
		t.Fatalf("submit: %q", sc.LastStatus())
	}
	sc.Keys("A")
	if !strings.HasPrefix(sc.LastStatus(), "Лише співголова може погодити") {
		t.Fatalf("the secretary approved: %q", sc.LastStatus())
	}
	gov.Keys("A")
	if !strings.HasPrefix(gov.LastStatus(), "Погоджено: Іваненко І.І.") ||
		!strings.Contains(gov.M.View(), "Протокол погоджено: Іваненко І.І.") || !strings.Contains(gov.M.View(), "очікує: Петренко О.І.") {
		t.Fatalf("first approval %q:\n%s", gov.LastStatus(), gov.M.View())
	}
	gov.Keys("A")
	if gov.LastStatus() != "Уже погоджено: Іваненко Іван Іванович" {
		t.Fatalf("approved twice: %q", gov.LastStatus())
	}
	civ := open(t, openAs(t, c.path, "Петренко Олена"), c.meetingID, 100, 30)
	civ.Keys("left", "A")
	if civ.LastStatus() != "Погоджено: Петренко О.І. — протокол затверджено, запис засідання заблоковано" ||
		!strings.Contains(civ.M.View(), "Заблоковано — лише перегляд") {
		t.Fatalf("second approval: %q", civ.LastStatus())
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
	if !strings.Contains(sc.M.View(), "Заблоковано — лише перегляд · Протокол затверджено") {
		t.Fatalf("no lock banner:\n%s", sc.M.View())
	}
	k := sc.M.keys
	if k.Add.Enabled() || k.Delete.Enabled() || k.MoveUp.Enabled() || k.Submit.Enabled() || k.EditMeeting.Enabled() {
		t.Fatal("editing keys enabled on a locked meeting")
	}
	const why = "Протокол затверджено — запис засідання змінити не можна"
	for _, tc := range []struct{ tab, key string }{{"", "n"}, {"", "enter"}, {"", "d"}, {"", "K"}, {"", "S"}, {"", "e"},
		{"right", "p"}, {"", "a"}, {"", "P"}, {"right", "n"}, {"right", "S"}, {"", "A"}, {"", "R"}} {
		sc.Status = nil
		if tc.tab != "" {
			sc.Keys(tc.tab)
		}
		sc.Keys(tc.key)
		if sc.LastStatus() != why || sc.M.editing != formNone || sc.M.prompt != promptNone {
			t.Errorf("tab %d key %q: %q", sc.M.tab, tc.key, sc.LastStatus())
		}
	}
	// s still opens the live screen, read only, to see the record with its lock.
	if _, cmd := sc.M.Update(screentest.Key("s")); cmd == nil || cmd() != (common.OpenLiveMsg{MeetingID: c.meetingID}) {
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
	sc.Keys("e")
	if sc.M.editing != formMeeting || sc.M.head.Place != "Мала зала" || !strings.Contains(sc.M.View(), "Засідання № 1") {
		t.Fatalf("the header form does not open with the meeting's values:\n%s", sc.M.View())
	}
	sc.M.head.Date, sc.M.head.Place = "2026-03-19", "Велика зала"
	sc.Keys("ctrl+s")
	m, _ := s.GetMeeting(context.Background(), c.meetingID)
	if sc.M.editing != formNone || m.Date != "2026-03-19" || m.Place != "Велика зала" || sc.LastStatus() != "Засідання збережено" {
		t.Fatalf("not saved (%q): %+v", sc.LastStatus(), m)
	}
	if !strings.Contains(sc.M.View(), "19.03.2026") {
		t.Fatalf("header not reloaded:\n%s", sc.M.View())
	}
}

func TestLayoutFitsEverySize(t *testing.T) {
	c := newCouncil(t, 7)
	s := openAs(t, c.path, "Коваль Марія")
	for _, size := range [][2]int{{40, 10}, {80, 24}, {120, 40}, {200, 60}, {1, 1}, {0, 0}} {
		w, h := size[0], size[1]
		sc := open(t, s, c.meetingID, w, h)
		for tabN := range int(tabCount) {
			sc.M.tab = tab(tabN)
			sc.M = sc.M.refreshKeys()
			for _, v := range []string{sc.M.View()} {
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
	sc.Keys("right")
	sc.Type("rpr")
	rows, _ := s.GetAttendance(context.Background(), c.meetingID)
	var got []string
	for _, r := range rows[:3] {
		got = append(got, string(r.Status))
	}
	if strings.Join(got, " ") != "remote present remote" || sc.M.cursor[tabAttendance] != 3 {
		t.Fatalf("after \"rpr\": %v, cursor %d", got, sc.M.cursor[tabAttendance])
	}
	sc.Type("aхвороба")
	if sc.M.prompt != promptReason || sc.M.input.Value() != "хвороба" {
		t.Fatalf("a burst opening the reason prompt types the rest into it: %q", sc.M.input.Value())
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
	sc.M, cmd = sc.M.Update(common.DataChangedMsg{})
	sc.Pump(cmd)
	if sc.M.tab != tabRecord || !strings.Contains(sc.M.View(), "ПРОТОКОЛ № 1") || !strings.Contains(sc.M.View(), "S — подати співголовам") {
		t.Fatalf("after closing:\n%s", sc.M.View())
	}
}

// An attendance mark shows at once, before it is written, as on the live screen; the write
// stores it and the screen then shows what is stored.
func TestAttendanceMarkShowsAtOnce(t *testing.T) {
	c := newCouncil(t, 2)
	s := openAs(t, c.path, "Коваль Марія")
	sc := open(t, s, c.meetingID, 80, 24)
	sc.Keys("right")
	m, cmd := sc.M.Update(screentest.Key("r"))
	if got := m.d.attendance[0].Status; got != store.PresenceRemote || cmd == nil {
		t.Fatalf("the mark is not on screen at once: %q", got)
	}
	if !strings.Contains(m.View(), m.c.T.Label(store.PresenceRemote)) {
		t.Fatalf("the view does not show the mark:\n%s", m.View())
	}
	sc.M = m
	sc.Pump(cmd)
	rows, _ := s.GetAttendance(context.Background(), c.meetingID)
	if rows[0].Status != store.PresenceRemote || sc.M.d.attendance[0].Status != store.PresenceRemote || sc.M.writes.Pending() != 0 {
		t.Errorf("after the write: stored %q, shown %q, %d pending", rows[0].Status, sc.M.d.attendance[0].Status, sc.M.writes.Pending())
	}
}
