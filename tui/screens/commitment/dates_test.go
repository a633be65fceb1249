package commitment

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

var isoDate = regexp.MustCompile(`\d{4}-\d{2}`)

// Every pane of a Ukrainian screen prints dates as 12.03.2026 and months as 03.2026.
func TestDatesAreLocalInUkrainian(t *testing.T) {
	f := newFixture(t, store.Commitment{StartMonth: "2025-04", EndMonth: "2026-06"})
	if err := f.s.ChangeImplStatus(context.Background(), f.commitment, store.ImplInProgress,
		store.StatusNote{Note: "Почали", MeetingID: f.meeting}); err != nil {
		t.Fatal(err)
	}
	sc := open(t, f, 120, 40)
	want := [paneCount][]string{
		{"04.2025 – 06.2026", "31.07.2026", "01.12.2025"},
		{"30.06.2025", "20.06.2025", "01.12.2025"},
		{"12.03.2026 10:00", "Засідання № 1 від 20.02.2026"},
		{"20.02.2026"},
	}
	for pane := range paneCount {
		v := sc.M.View()
		for _, w := range want[pane] {
			if !strings.Contains(v, w) {
				t.Errorf("%s lacks %q:\n%s", paneIDs[pane], w, v)
			}
		}
		if iso := isoDate.FindString(v); iso != "" {
			t.Errorf("%s shows an ISO date %q:\n%s", paneIDs[pane], iso, v)
		}
		sc.Keys("l")
	}
}

func TestDatesStayISOInEnglish(t *testing.T) {
	f := newFixture(t, store.Commitment{StartMonth: "2025-04", EndMonth: "2026-06"})
	sc := openIn(t, f, 120, 40, "en")
	if v := sc.M.View(); !strings.Contains(v, "2025-04 – 2026-06") || !strings.Contains(v, "2026-07-31") {
		t.Fatalf("English overview dates:\n%s", v)
	}
	sc.Keys("l")
	if v := sc.M.View(); !strings.Contains(v, "2025-06-30") || !strings.Contains(v, "2025-12-01") {
		t.Fatalf("English milestone dates:\n%s", v)
	}
}
