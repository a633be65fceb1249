package commitment

import (
	"context"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

func TestPanesFit(t *testing.T) {
	long := strings.Repeat("Мешканці не бачать, скільки часу займає надання послуг.\n", 40)
	f := newFixture(t, store.Commitment{Title: strings.Repeat("Дуже довга назва ", 30), Problem: long,
		LeadImplementer: "КП «Муніципальний інформаційний центр»", StartMonth: "2025-04", EndMonth: "2026-06"})
	if err := f.s.ChangeImplStatus(context.Background(), f.commitment, store.ImplInProgress,
		store.StatusNote{Note: long, MeetingID: f.meeting}); err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{40, 10}, {80, 24}, {120, 40}, {200, 60}} {
		sc := open(t, f, size[0], size[1])
		for pane := range paneCount {
			if sc.M.pane != pane {
				t.Fatalf("pane %d, want %d", sc.M.pane, pane)
			}
			screentest.Fits(t, paneIDs[pane], sc.M.View(), size[0], size[1])
			sc.Keys("j", "j", "j")
			screentest.Fits(t, paneIDs[pane]+" scrolled", sc.M.View(), size[0], size[1])
			sc.Keys("l")
		}
	}
}

func TestLongTextIsCappedAndWrapped(t *testing.T) {
	huge := strings.Repeat("рядок\n", 20000) + strings.Repeat("слово ", 50000)
	f := newFixture(t, store.Commitment{Problem: huge, StatusQuo: strings.Repeat("х", 100000), Objective: "\x1b[31mчервоне\x1b[0m"})
	sc := open(t, f, 80, 24)
	if n := len(sc.M.text.overview); n > 3000 {
		t.Fatalf("the overview keeps %d lines: the long values are not capped", n)
	}
	all := strings.Join(sc.M.text.overview, "\n")
	if !strings.Contains(all, "…") || strings.Contains(all, "\x1b[31m") {
		t.Fatalf("long values not capped or escapes not cleaned")
	}
	for _, l := range sc.M.text.overview {
		if strings.Contains(l, "\n") || len([]rune(l)) > 80 {
			t.Fatalf("an overview line overflows: %q", l)
		}
	}
	for range 50 {
		sc.Keys("j")
	}
	screentest.Fits(t, "overview", sc.M.View(), 80, 24)
}

func TestStatusChangeFlow(t *testing.T) {
	f := newFixture(t, store.Commitment{})
	sc := open(t, f, 80, 24)
	if !strings.Contains(sc.M.View(), "Стан виконання: Не розпочато") {
		t.Fatalf("header:\n%s", sc.M.View())
	}
	sc.Keys("i")
	if sc.M.ed == nil || sc.M.forms.status == nil {
		t.Fatal("i did not open the status form")
	}
	sc.Keys("down", "tab") // in progress → partly done
	sc.Type("Бета-версія працює, інтеграцію не завершено")
	sc.Keys("tab", "down", "tab") // the meeting of 2026-02-20
	sc.Keys("tab")                // no decision point; the evidence date
	sc.Type("10.02.2026")
	sc.Keys("ctrl+s")
	if sc.M.ed != nil {
		t.Fatalf("the form stayed open:\n%s", sc.M.View())
	}
	v := sc.M.View()
	if !strings.Contains(v, "Стан виконання: Виконано частково") || !strings.Contains(v, "Історія (1)") {
		t.Fatalf("the header did not follow:\n%s", v)
	}
	sc.Keys("l", "l")
	v = sc.M.View()
	for _, want := range []string{"Мельник Оксана", "Не розпочато → Виконано частково", "Бета-версія працює", "Засідання № 1 від 20.02.2026", "Підстава від 10.02.2026"} {
		if !strings.Contains(v, want) {
			t.Fatalf("history lacks %q:\n%s", want, v)
		}
	}
	hist, _ := f.s.ListStatusChanges(context.Background(), f.commitment)
	if len(hist) != 1 || hist[0].MeetingID != f.meeting || hist[0].To != string(store.ImplPartlyDone) || hist[0].EvidenceOn != "2026-02-10" {
		t.Fatalf("stored history %+v", hist)
	}
}

func TestMarkMilestoneDone(t *testing.T) {
	f := newFixture(t, store.Commitment{})
	sc := open(t, f, 80, 24)
	if !strings.Contains(sc.M.View(), "████░░░░░░░░ 1/3") {
		t.Fatalf("progress before:\n%s", sc.M.View())
	}
	sc.Keys("l", "down", "space")
	if sc.M.forms.done == nil || sc.M.forms.done.ID != f.milestones[1] || sc.M.forms.done.Date != "12.03.2026" {
		t.Fatalf("space did not open the done form of the second milestone with today: %+v", sc.M.forms.done)
	}
	sc.Keys("tab")
	sc.Type("https://dash.example.org")
	sc.Keys("ctrl+s")
	if v := sc.M.View(); !strings.Contains(v, "████████░░░░ 2/3") || !strings.Contains(v, "✓") {
		t.Fatalf("progress after:\n%s", v)
	}
	ms, _ := f.s.ListMilestones(context.Background(), f.commitment)
	if ms[1].DoneOn != "2026-03-12" || ms[1].Evidence != "https://dash.example.org" {
		t.Fatalf("stored %+v", ms[1])
	}

	sc.Keys("down", "D", "ctrl+u")
	sc.Type("2026-04-01") // not yet
	sc.Keys("ctrl+s")
	if sc.M.ed == nil || !strings.Contains(sc.M.View(), "Дата ще не настала") {
		t.Fatalf("a future date was not refused:\n%s", sc.M.View())
	}
	sc.Keys("ctrl+u")
	sc.Type("2026-03-10")
	sc.Keys("ctrl+s")
	if v := sc.M.View(); !strings.Contains(v, "████████████ 3/3") {
		t.Fatalf("D did not mark the last milestone:\n%s", v)
	}
}

func TestReorderMilestonesKeepsPositionsDense(t *testing.T) {
	f := newFixture(t, store.Commitment{})
	sc := open(t, f, 80, 24)
	sc.Keys("l", "down", "down", "K")
	sc.Keys("K", "K") // the last press is at the top already
	sc.Keys("J")
	ms, _ := f.s.ListMilestones(context.Background(), f.commitment)
	want := []int64{f.milestones[0], f.milestones[2], f.milestones[1]}
	for i, m := range ms {
		if m.Position != i+1 || m.ID != want[i] {
			t.Fatalf("order %+v, want ids %v at 1..3", ms, want)
		}
	}
	if id, _ := sc.M.milestones.SelectedID(); id != f.milestones[2] {
		t.Fatalf("the cursor did not follow the moved milestone: %d", id)
	}
}

func TestEnterOnMeetingsOpensTheMeeting(t *testing.T) {
	f := newFixture(t, store.Commitment{})
	sc := open(t, f, 80, 24)
	sc.Keys("l", "l", "l")
	if sc.M.pane != paneMeetings || !strings.Contains(sc.M.View(), "Про стан дашборду") {
		t.Fatalf("meetings pane:\n%s", sc.M.View())
	}
	sc.Keys("enter")
	if len(sc.Sent) != 1 || sc.Sent[0] != (common.OpenMeetingMsg{ID: f.meeting}) {
		t.Fatalf("sent %+v, want OpenMeetingMsg{%d}", sc.Sent, f.meeting)
	}
}
