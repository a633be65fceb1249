package export

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
)

func TestAgendaMarkdown(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "c.db"), store.WithActor("Іваненко Іван"),
		store.WithClock(func() time.Time { return time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC) }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := store.DefaultCouncil()
	c.AuthorityUK, c.CityUK = "Хмельницька міська рада", "м. Хмельницький"
	if err := s.FoundCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	rep, err := s.CreateMember(ctx, store.Member{FullName: "Іваненко Іван Іванович", Position: "заступник міського голови",
		Side: store.SideGovernment, Role: store.RoleCoChair, Sector: store.SectorExecutive})
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.CreateMeeting(ctx, store.Meeting{Date: "2026-03-12", StartTime: "10:00", Place: "Мала зала"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateAgendaItem(ctx, store.AgendaItem{MeetingID: m.ID, Title: "Про звіт *за* 2025 рік", ReporterMemberID: rep}); err != nil {
		t.Fatal(err)
	}
	a, err := LoadAgenda(ctx, s, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := AgendaMarkdown(&b, a, "uk"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"**ПРОЄКТ**", "ХМЕЛЬНИЦЬКА МІСЬКА РАДА", "ПОРЯДОК ДЕННИЙ", "засідання № 1", "03.2026", "м. Хмельницький",
		"10 год. 00 хв.", "1. Про стан виконання рішень попередніх засідань.", `Про звіт \*за\* 2025 рік.`,
		"Доповідач: Іван ІВАНЕНКО, заступник міського голови", "3. Різне."} {
		if !strings.Contains(out, want) {
			t.Errorf("agenda lacks %q:\n%s", want, out)
		}
	}
	dir := t.TempDir()
	path, err := WriteAgendaFile(ctx, s, m.ID, dir)
	if err != nil || filepath.Base(path) != "poriadok-dennyi-2026-03.md" {
		t.Fatalf("file %q, %v", path, err)
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, b.Bytes()) {
		t.Fatalf("file differs from the rendering:\n%s", data)
	}
}
