package meeting

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// The minutes preview on the Record tab prints each assignment's own text under its point,
// as every exported format does.
func TestMinutesPreviewPrintsAssignments(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := demo.Load(ctx, s, demo.Small); err != nil {
		t.Fatal(err)
	}
	m, err := s.FindMeetingByNumber(ctx, 2, 2026)
	if err != nil {
		t.Fatal(err)
	}
	as, err := s.ListAssignments(ctx, store.AssignmentFilter{MeetingID: m.ID})
	if err != nil || len(as) == 0 {
		t.Fatalf("assignments %v %v", as, err)
	}
	for _, lang := range i18n.Langs {
		d, err := loadDetail(s, m.ID, lang)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, b := range d.text {
			lines = append(lines, b.Lines...)
		}
		text := strings.Join(lines, "\n")
		for _, a := range as {
			if !strings.Contains(text, a.Text+".") {
				t.Errorf("%s: the preview lacks %q:\n%s", lang, a.Text, text)
			}
		}
	}
}
