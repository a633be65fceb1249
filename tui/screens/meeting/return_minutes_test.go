package meeting

import (
	"context"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// TestReturnMinutesAsksForComment: R on the Record tab is a co-chair's, asks for a comment,
// refuses an empty one, and the returned minutes show the comment to the secretary.
func TestReturnMinutesAsksForComment(t *testing.T) {
	c := newCouncil(t, 0)
	ctx := context.Background()
	sec := openAs(t, c.path, "Коваль Марія Петрівна")
	for _, step := range []func(context.Context, int64) error{
		func(ctx context.Context, id int64) error { return sec.StartSession(ctx, id, true) },
		sec.CloseMeeting, sec.SubmitMinutes,
	} {
		if err := step(ctx, c.meetingID); err != nil {
			t.Fatal(err)
		}
	}
	sc := open(t, sec, c.meetingID, 100, 30)
	sc.Keys("left", "R")
	if !strings.HasPrefix(sc.LastStatus(), "Лише співголова") || sc.M.prompt != promptNone {
		t.Fatalf("the secretary returned the minutes: %q", sc.LastStatus())
	}
	pe := open(t, openAs(t, c.path, "Петренко Олена"), c.meetingID, 100, 30)
	pe.Keys("left", "R", "enter")
	if pe.LastStatus() != "Щоб повернути протокол, напишіть коментар" {
		t.Fatalf("empty comment: %q", pe.LastStatus())
	}
	pe.Keys("R")
	pe.Type("Уточніть пункт 1.1")
	pe.Keys("enter")
	if pe.LastStatus() != "Протокол повернуто секретарю на доопрацювання" || pe.M.d.meeting.Status != store.MeetingClosed {
		t.Fatalf("return: %q, %s", pe.LastStatus(), pe.M.d.meeting.Status)
	}
	sc = open(t, sec, c.meetingID, 100, 30)
	sc.Keys("left")
	if !strings.Contains(sc.M.View(), "Протокол повернуто: «Уточніть пункт 1.1»") {
		t.Fatalf("the secretary does not see the comment:\n%s", sc.M.View())
	}
}

// TestShortNameOfStoredText: initials are taken from the cleaned name, so a bidi override or
// a zero-width space at the start of a word does not become an "initial".
func TestShortNameOfStoredText(t *testing.T) {
	if got := shortName("\x1b[31mЧервоний\x1b[0m \u202eОлена \u200bБондар"); got != "Червоний О.Б." {
		t.Fatalf("shortName: %q", got)
	}
}
