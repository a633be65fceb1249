package live

import (
	"bytes"
	"context"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

func press(k tea.KeyType) tea.KeyMsg { return tea.KeyMsg{Type: k} }

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

func waitFor(t *testing.T, tm *teatest.TestModel, subs ...string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		for _, s := range subs {
			if !bytes.Contains(b, []byte(s)) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}

// A whole item by keyboard: start, a speech, two decision points, a roll call of 14 with
// one abstention and one recusal, the outcome line, an assignment.
func TestLiveWholeItem(t *testing.T) {
	c := newCouncil14(t)
	h := host{m: New(screentest.Common(c.st, "uk", 80, 22, screentest.Now), c.meeting.ID).SetSize(80, 22)}
	tm := teatest.NewTestModel(t, h, teatest.WithInitialTermSize(80, 23))

	waitFor(t, tm, "Все одно розпочати")
	tm.Send(runes("y"))
	waitFor(t, tm, "Засідання розпочато")

	tm.Send(runes("v"))
	waitFor(t, tm, "Хто виступив")
	typeText(tm, "Ковал")
	waitFor(t, tm, "Коваленко Ірина Петрівна")
	tm.Send(press(tea.KeyTab))
	typeText(tm, "Підтримала проєкт звіту")
	tm.Send(press(tea.KeyCtrlS))
	waitFor(t, tm, "Коваленко Ірина Петрівна – Підтримала")

	tm.Send(runes("d"))
	waitFor(t, tm, "Пункт 1.1")
	typeText(tm, "Інформацію взяти до відома.")
	tm.Send(press(tea.KeyCtrlS))
	waitFor(t, tm, "1.1. Інформацію взяти")
	tm.Send(runes("d"))
	waitFor(t, tm, "Пункт 1.2")
	typeText(tm, "Доручити підготувати звіт про виконання.")
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "1.2. Доручити")

	tm.Send(runes("F"))
	waitFor(t, tm, "за — 13")
	tm.Send(runes("V"))
	typeText(tm, "jjj")
	tm.Send(runes("s"))
	tm.Send(runes("r"))
	waitFor(t, tm, "Конфлікт інтересів: Кравчук")
	typeText(tm, "Очолює ГО-виконавця")
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "потрібно 7 з 12, за — 11: рішення прийнято")
	tm.Send(press(tea.KeyEsc))

	tm.Send(runes("g"))
	waitFor(t, tm, "Нове доручення")
	typeText(tm, "Оприлюднити звіт на сайті")
	tm.Send(press(tea.KeyTab))
	typeText(tm, "Управління цифрової трансформації")
	tm.Send(press(tea.KeyTab))
	typeText(tm, "30.04.2026")
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "Доручення: Оприлюднити")

	tm.Send(press(tea.KeyCtrlC))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(host).m
	view := final.View()
	if err := contains(view, "СЛУХАЛИ", "ВИСТУПИЛИ", "1.1. Інформацію взяти до відома.", "1.2. Доручити",
		"Голосували: «за» – 11; «проти» – 0; «утримались» – 1", "потрібно 7 з 12, за — 11: рішення прийнято",
		"13 з 14 присутні — засідання правомочне"); err != nil {
		t.Fatal(err)
	}

	ctx := context.Background()
	r, ok, err := c.st.GetVoteResult(ctx, c.items[0])
	want := store.Tally{For: 11, Abstain: 1, Recused: 1, Absent: 1}
	if err != nil || !ok || r.Tally != want || !r.Outcome.Adopted || r.Present != 13 {
		t.Fatalf("vote result %+v ok=%v err=%v", r, ok, err)
	}
	votes, _ := c.st.ListVotes(ctx, c.items[0])
	for _, v := range votes {
		if v.MemberID == c.members["Кравчук Тарас Миколайович"] && (v.Choice != store.VoteRecused || v.Reason != "Очолює ГО-виконавця") {
			t.Fatalf("recusal %+v", v)
		}
	}
	rows, _ := c.st.ListAssignments(ctx, store.AssignmentFilter{ItemID: c.items[0]})
	if len(rows) != 1 || rows[0].PointRef() != "1.2" || rows[0].Deadline != "2026-04-30" ||
		rows[0].ResponsibleName != "Управління цифрової трансформації" {
		t.Fatalf("assignment %+v", rows)
	}
	sp, _ := c.st.ListSpeeches(ctx, c.items[0])
	if len(sp) != 1 || sp[0].SpeakerMemberID != c.members["Коваленко Ірина Петрівна"] {
		t.Fatalf("speech %+v", sp)
	}
	if d, _ := c.st.ListDrafts(ctx, "m"); len(d) != 0 {
		t.Fatalf("drafts left after saving: %v", d)
	}
}

// typeText types s rune by rune (teatest's Type splits Cyrillic into bytes).
func typeText(tm *teatest.TestModel, s string) {
	for _, r := range s {
		tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

// Nothing typed is lost: a half-typed point is saved within a second, and a new screen on
// the same file (as after SIGKILL) reopens the same item with the editor and its text.
func TestLiveDraftsSurviveRestart(t *testing.T) {
	c := newCouncil14(t)
	ctx := context.Background()
	if err := c.st.StartSession(ctx, c.meeting.ID, true); err != nil {
		t.Fatal(err)
	}
	h := host{m: New(screentest.Common(c.st, "uk", 80, 22, screentest.Now), c.meeting.ID).SetSize(80, 22)}
	tm := teatest.NewTestModel(t, h, teatest.WithInitialTermSize(80, 23))
	waitFor(t, tm, "Питання 1 з 2")
	tm.Send(press(tea.KeyCtrlN))
	waitFor(t, tm, "Питання 2 з 2")
	tm.Send(runes("d"))
	waitFor(t, tm, "Пункт 2.1")
	typeText(tm, "Взяти до відома інформацію про")
	deadline := time.Now().Add(form.DraftDelay + 2*time.Second)
	key := formPrefix(c.meeting.ID, c.items[1], formPoint, 0) + "text"
	for {
		if got, _ := c.st.LoadDraft(ctx, key); got == "Взяти до відома інформацію про" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the draft was not saved within a second of the last key")
		}
		time.Sleep(50 * time.Millisecond)
	}
	tm.Send(press(tea.KeyCtrlC))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	again := openStore(t, c.path)
	h2 := host{m: New(screentest.Common(again, "uk", 80, 22, screentest.Now), c.meeting.ID).SetSize(80, 22)}
	tm2 := teatest.NewTestModel(t, h2, teatest.WithInitialTermSize(80, 23))
	waitFor(t, tm2, "Питання 2 з 2", "Пункт 2.1", "Взяти до відома інформацію про")
	typeText(tm2, " виконання.")
	tm2.Send(press(tea.KeyCtrlS))
	waitFor(t, tm2, "2.1. Взяти до відома інформацію про виконання.")
	tm2.Send(press(tea.KeyCtrlC))
	tm2.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	if d, _ := again.ListDrafts(ctx, "m"); len(d) != 0 {
		t.Fatalf("drafts left after saving: %v", d)
	}
}

// In English the meeting's date is written as the rest of the English interface writes it.
func TestLiveDatesInEnglish(t *testing.T) {
	c := started(t)
	cm := screentest.Common(c.st, "uk", 100, 30, screentest.Now)
	cm.Lang, cm.T = "en", i18n.New("en")
	m := New(cm, c.meeting.ID).SetSize(100, 30)
	m, _ = m.Update(loadLive(c.st, c.meeting.ID, 0, 0)())
	if err := contains(m.View(), "Meeting No. 1 · 2026-03-12"); err != nil {
		t.Fatal(err)
	}
}
