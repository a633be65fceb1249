package meetingform

import (
	"strings"
	"testing"
	"time"

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
