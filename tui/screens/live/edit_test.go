package live

import (
	"context"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// screen drives the live screen without a terminal: each command runs and its messages come
// back in, timers dropped; status lines are kept.
type screen struct {
	t      *testing.T
	m      Model
	status []string
}

func openScreen(t *testing.T, st *store.Store, meetingID int64) *screen {
	t.Helper()
	sc := &screen{t: t, m: New(screentest.Common(st, "uk", 80, 24, screentest.Now), meetingID).SetSize(80, 24)}
	sc.pump(sc.m.Init())
	if !sc.m.loaded {
		t.Fatal("not loaded")
	}
	return sc
}

func (sc *screen) pump(cmd tea.Cmd) {
	screentest.Drain(cmd, func(msg tea.Msg) tea.Cmd {
		switch msg := msg.(type) {
		case common.StatusMsg:
			sc.status = append(sc.status, msg.Text)
		case form.DraftDueMsg, common.DataChangedMsg, common.BackMsg:
		default:
			var next tea.Cmd
			sc.m, next = sc.m.Update(msg)
			return next
		}
		return nil
	})
}

func (sc *screen) send(msgs ...tea.Msg) {
	for _, msg := range msgs {
		var cmd tea.Cmd
		sc.m, cmd = sc.m.Update(msg)
		sc.pump(cmd)
	}
}

func (sc *screen) lastStatus() string {
	if len(sc.status) == 0 {
		return ""
	}
	return sc.status[len(sc.status)-1]
}

// started is the 14-member council in session on its first item.
func started(t *testing.T) council14 {
	t.Helper()
	c := newCouncil14(t)
	if err := c.st.StartSession(context.Background(), c.meeting.ID, true); err != nil {
		t.Fatal(err)
	}
	return c
}

// Several runes in one key message (fast typing, a paste through tmux) are handled one by
// one: "fjs" votes for, skips a member, records an abstention.
func TestRollCallTakesABurstOfKeys(t *testing.T) {
	c := started(t)
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("V"))
	if sc.m.mode != modeRoll || sc.m.cursor != 0 {
		t.Fatalf("roll call not open at the first member: mode %d cursor %d", sc.m.mode, sc.m.cursor)
	}
	sc.send(runes("fjs"))
	votes, _ := c.st.ListVotes(context.Background(), c.items[0])
	got := map[int64]store.VoteChoice{}
	for _, v := range votes {
		got[v.MemberID] = v.Choice
	}
	first, third := c.members["Бондар Олег Іванович"], c.members["Дмитренко Андрій Олегович"]
	second := c.members["Гнатюк Марія Степанівна"]
	if got[first] != store.VoteFor || got[third] != store.VoteAbstain || (got[second] != "" && got[second] != store.VoteNotVoted) {
		t.Fatalf("votes after \"fjs\": %v", got)
	}
	if sc.m.cursor != 3 {
		t.Fatalf("cursor %d, want the fourth member", sc.m.cursor)
	}
	// In attendance mode the same: "a" asks the reason and the rest of the burst is the
	// reason; after enter "r" marks the next member remote.
	sc.send(runes("P"), runes("aхвороба"), tea.KeyMsg{Type: tea.KeyEnter}, runes("r"))
	rows, _ := c.st.GetAttendance(context.Background(), c.meeting.ID)
	byID := map[int64]store.AttendanceRow{}
	for _, r := range rows {
		byID[r.ID] = r
	}
	absent, remote := byID[c.members["Коваленко Ірина Петрівна"]], byID[c.members["Кравчук Тарас Миколайович"]]
	if absent.Status != store.PresenceAbsent || absent.Reason != "хвороба" || remote.Status != store.PresenceRemote {
		t.Fatalf("attendance after \"aхвороба⏎r\": %+v %+v", absent, remote)
	}
}

// A burst that opens an editor types the rest into it.
func TestBurstOpensAFormAndTypesTheRest(t *testing.T) {
	c := started(t)
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("dВзяти до відома"))
	if sc.m.mode != modeForm || sc.m.form.Value("text") != "Взяти до відома" {
		t.Fatalf("mode %d text %q", sc.m.mode, sc.m.form.Value("text"))
	}
}

func TestEditAndDeleteSpeechAndPoint(t *testing.T) {
	c := started(t)
	ctx := context.Background()
	item := c.items[0]
	if _, err := c.st.AddSpeech(ctx, store.Speech{ItemID: item, SpeakerMemberID: c.members["Мельник Петро Андрійович"], Summary: "Підтримав"}); err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"Інформацію взяти до відома.", "Доручити підготувати звіт."} {
		if _, err := c.st.AddPoint(ctx, store.DecisionPoint{ItemID: item, Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("e"))
	if !strings.HasPrefix(sc.lastStatus(), "Спершу оберіть") || sc.m.mode != modeView {
		t.Fatalf("e without a selection: %q", sc.lastStatus())
	}
	sc.send(tea.KeyMsg{Type: tea.KeyDown})
	if !strings.Contains(sc.m.View(), "▸ Мельник Петро Андрійович – Підтримав") {
		t.Fatalf("the speech is not shown selected:\n%s", sc.m.View())
	}
	sc.send(runes("e"))
	if sc.m.mode != modeForm || sc.m.form.Value("speaker") != "Мельник Петро Андрійович" || sc.m.form.Value("summary") != "Підтримав" {
		t.Fatalf("the speech's editor: mode %d %q %q", sc.m.mode, sc.m.form.Value("speaker"), sc.m.form.Value("summary"))
	}
	sc.send(tea.KeyMsg{Type: tea.KeyTab}, runes(" проєкт звіту"), tea.KeyMsg{Type: tea.KeyCtrlS})
	sp, _ := c.st.ListSpeeches(ctx, item)
	if len(sp) != 1 || sp[0].Summary != "Підтримав проєкт звіту" || sp[0].SpeakerMemberID != c.members["Мельник Петро Андрійович"] {
		t.Fatalf("speech after the edit: %+v", sp)
	}
	sc.send(tea.KeyMsg{Type: tea.KeyDown}, runes("e"))
	if sc.m.form.Value("text") != "Інформацію взяти до відома." {
		t.Fatalf("point editor %q", sc.m.form.Value("text"))
	}
	sc.send(runes(" Схвалити."), tea.KeyMsg{Type: tea.KeyCtrlS})
	sc.send(tea.KeyMsg{Type: tea.KeyDown}, runes("x"))
	if !sc.m.confirm.Active() || !strings.Contains(sc.m.View(), "Видалити пункт 1.2?") {
		t.Fatalf("delete does not ask:\n%s", sc.m.View())
	}
	sc.send(runes("y"))
	points, _ := c.st.ListPoints(ctx, item)
	if len(points) != 1 || points[0].Text != "Інформацію взяти до відома. Схвалити." || sc.lastStatus() != "Пункт видалено; наступні перенумеровано" {
		t.Fatalf("points %+v, status %q", points, sc.lastStatus())
	}
	sc.send(tea.KeyMsg{Type: tea.KeyUp}, tea.KeyMsg{Type: tea.KeyDelete}, runes("y"))
	if sp, _ := c.st.ListSpeeches(ctx, item); len(sp) != 0 {
		t.Fatalf("speech not deleted: %+v", sp)
	}
}

// On a locked meeting every edit key says why it does nothing.
func TestLockedLiveScreenRefusesEdits(t *testing.T) {
	c := started(t)
	ctx := context.Background()
	if _, err := c.st.AddPoint(ctx, store.DecisionPoint{ItemID: c.items[0], Text: "Взяти до відома."}); err != nil {
		t.Fatal(err)
	}
	steps := []func() error{
		func() error { return c.st.CloseMeeting(ctx, c.meeting.ID) },
		func() error { return c.st.SubmitMinutes(ctx, c.meeting.ID) },
	}
	for _, name := range []string{"Бондар Олег", "Гнатюк Марія"} {
		chair := store.WithActor(name)
		steps = append(steps, func() error {
			s, err := store.Open(ctx, c.path, chair)
			if err != nil {
				return err
			}
			defer s.Close()
			_, _, err = s.ApproveMinutes(ctx, c.meeting.ID)
			return err
		})
	}
	for _, step := range steps {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	sc := openScreen(t, c.st, c.meeting.ID)
	if !strings.Contains(sc.m.View(), "Протокол затверджено — запис засідання заблоковано") {
		t.Fatalf("no lock banner:\n%s", sc.m.View())
	}
	const why = "Протокол затверджено — запис засідання змінити не можна"
	for _, k := range []string{"h", "v", "d", "g", "V", "F", "P", "D", "C", "s", "e", "x"} {
		sc.status = nil
		sc.send(tea.KeyMsg{Type: tea.KeyDown}, runes(k))
		if sc.lastStatus() != why || sc.m.mode != modeView {
			t.Errorf("%q on a locked meeting: %q (mode %d)", k, sc.lastStatus(), sc.m.mode)
		}
	}
}
