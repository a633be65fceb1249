package meetingform

import (
	"strings"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

// TestDatePlaceholderWhole checks that the new meeting's date field shows the whole of
// today's date as its placeholder, not "2026-11…".
func TestDatePlaceholderWhole(t *testing.T) {
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	c := common.Common{Width: 80, Height: 24, Lang: "uk", T: i18n.New("uk"), Styles: theme.DefaultStyles(), Now: func() time.Time { return now }}
	f := New(c, "Нове засідання", &Values{Time: "10:00"}, nil)
	f.Init()
	if v := f.View(); !strings.Contains(v, "27.11.2026") {
		t.Errorf("the date placeholder is cut:\n%s", v)
	}
}

// TestTimeTypedAsCouncilsWrite keeps 11-00, 11.00 and 1100 as 11:00 and says that 25:00 does not exist.
func TestTimeTypedAsCouncilsWrite(t *testing.T) {
	c := common.Common{Lang: "uk", T: i18n.New("uk")}
	for _, typed := range []string{"11-00", "11.00", "1100", "11:00"} {
		v := &Values{Date: "12.03.2026", Time: typed, Place: "Зала"}
		if got := v.Meeting().StartTime; got != "11:00" || len(Check(c, v)) != 0 {
			t.Errorf("%q: start %q, errors %v", typed, got, Check(c, v))
		}
	}
	for _, typed := range []string{"25:00", "10:75"} {
		v := &Values{Date: "12.03.2026", Time: typed, Place: "Зала"}
		if got := Check(c, v)["start_time"]; !strings.Contains(got, "Такого часу немає") {
			t.Errorf("%q: %q", typed, got)
		}
	}
}

// TestAttendanceShapePerMeeting keeps the meeting's own attendance shape through the form.
func TestAttendanceShapePerMeeting(t *testing.T) {
	m := store.Meeting{Date: "2026-03-12", StartTime: "10:00", Place: "Зала", Attendance: store.AttendanceCounts}
	if got := Of(m).Meeting().Attendance; got != store.AttendanceCounts {
		t.Errorf("the form lost the meeting's attendance shape: %q", got)
	}
	c := common.Common{Width: 80, Height: 24, Lang: "uk", T: i18n.New("uk"), Styles: theme.DefaultStyles(), Now: time.Now}
	f := New(c, "Засідання", &Values{Time: "10:00"}, nil)
	f.Init()
	if v := f.View(); !strings.Contains(v, "Присутні у протоколі") {
		t.Errorf("the meeting form has no attendance shape:\n%s", v)
	}
}
