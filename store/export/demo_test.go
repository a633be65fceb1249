package export

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// demoNow is the fixed day the demo's goldens are made on.
var demoNow = time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)

// demoStore is the small demo council in a temporary file.
func demoStore(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "demo.db"), store.WithActor("test"), store.WithClock(func() time.Time { return demoNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := demo.Load(ctx, s, demo.Small); err != nil {
		t.Fatal(err)
	}
	return s
}

// demoMinutes is the record of the demo council's minutes No 1 (the latest year's).
func demoMinutes(t *testing.T, s *store.Store) store.Record {
	t.Helper()
	ctx := context.Background()
	m, err := s.FindMeetingByNumber(ctx, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := s.MeetingRecord(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func TestDemoMinutesGolden(t *testing.T) {
	s := demoStore(t)
	rec := demoMinutes(t, s)
	for _, lang := range i18n.Langs {
		golden(t, "demo-minutes-1-"+string(lang)+".md", render(t, rec, Markdown, lang, Options{}))
		golden(t, "demo-minutes-1-"+string(lang)+".html", render(t, rec, HTML, lang, Options{}))
		golden(t, "demo-minutes-1-"+string(lang)+".docx.txt", []byte(docxText(t, render(t, rec, DOCX, lang, Options{}))))
	}
	golden(t, "demo-extract-1-item-1.md", render(t, rec, Markdown, "uk", Options{Item: 1}))
	var agenda bytes.Buffer
	if err := Agenda(&agenda, rec, Markdown, "uk"); err != nil {
		t.Fatal(err)
	}
	golden(t, "demo-agenda-1-uk.md", agenda.Bytes())
	plan, err := s.PlanReport(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range i18n.Langs {
		for _, f := range []Format{Markdown, HTML} {
			var pm bytes.Buffer
			if err := PlanReport(&pm, plan, f, lang); err != nil {
				t.Fatal(err)
			}
			golden(t, "demo-plan-"+string(lang)+"."+string(f), pm.Bytes())
		}
	}
	pdf := pdfText(t, render(t, rec, PDF, "uk", Options{}))
	golden(t, "demo-minutes-1-uk.pdf.txt", []byte(pdf))
	for _, want := range []string{"ПРОТОКОЛ № 1", "СЛУХАЛИ:", "ВИРІШИЛИ:", "Рішення", "Співголова"} {
		if !strings.Contains(pdf, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
}

// TestDemoMemberNamedScript renames a member who attended to a script tag: it stays text.
func TestDemoMemberNamedScript(t *testing.T) {
	const evil = "<script>alert(1)</script>"
	s := demoStore(t)
	ctx := context.Background()
	rec := demoMinutes(t, s)
	m, err := s.GetMember(ctx, rec.Present[len(rec.Present)-1].MemberID)
	if err != nil {
		t.Fatal(err)
	}
	m.FullName = evil + " Тест"
	if err := s.UpdateMember(ctx, m); err != nil {
		t.Fatal(err)
	}
	rec = demoMinutes(t, s)
	if md := string(render(t, rec, Markdown, "uk", Options{})); strings.Contains(strings.ToLower(md), "<script") || !strings.Contains(md, "&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;") {
		t.Error("Markdown lets the tag through or loses it")
	}
	if html := string(render(t, rec, HTML, "uk", Options{})); strings.Contains(strings.ToLower(html), "<script") || !strings.Contains(html, "&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;") {
		t.Error("HTML lets the tag through or loses it")
	}
	docx := render(t, rec, DOCX, "uk", Options{})
	if strings.Contains(strings.ToLower(docxXML(t, docx)), "<script") || !strings.Contains(docxText(t, docx), "<SCRIPT>ALERT(1)</SCRIPT>") {
		t.Error("DOCX lets the tag through or loses it")
	}
	if txt := pdfText(t, render(t, rec, PDF, "uk", Options{})); !strings.Contains(txt, "<SCRIPT>ALERT(1)</SCRIPT>") {
		t.Errorf("PDF lost the name:\n%s", txt)
	}
}

// TestDemoOpenDataAgreesWithTheMinutes checks the open data of the demo council: it parses,
// CSV and JSON agree, every motion's counts equal its roll call, and the minutes print them.
func TestDemoOpenDataAgreesWithTheMinutes(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	d, err := s.OpenData(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Motions) == 0 || len(d.Votings) == 0 || len(d.Commitments) == 0 || len(d.Milestones) == 0 {
		t.Fatalf("empty open data: %d motions, %d votings, %d commitments, %d milestones", len(d.Motions), len(d.Votings), len(d.Commitments), len(d.Milestones))
	}
	dir := t.TempDir()
	if _, err := OpenData(dir, d.Feed, shared); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"motions", "votings", "commitments", "milestones"} {
		rows, structure, objs := readDataset(t, dir, name)
		agree(t, name, rows, structure, objs)
	}
	roll := map[string]map[string]int{}
	for _, v := range d.Votings {
		if roll[v.MotionUID] == nil {
			roll[v.MotionUID] = map[string]int{}
		}
		roll[v.MotionUID][v.Result]++
	}
	rec := demoMinutes(t, s)
	minutes := string(render(t, rec, Markdown, "uk", Options{}))
	for _, m := range d.Motions {
		r := roll[m.UID]
		if r["За"] != m.VotingFor || r["Проти"] != m.VotingAgainst || r["Утримався"] != m.VotingAbstain ||
			r["Не голосував"] != m.NotVoting || r["Відсутній"] != m.Absent {
			t.Errorf("motion %s: counts %+v, roll call %v", m.UID, m, r)
		}
		for w := range r {
			if w != "За" && w != "Проти" && w != "Утримався" && w != "Не голосував" && w != "Відсутній" {
				t.Errorf("motion %s: vote word %q", m.UID, w)
			}
		}
		if m.UID == store.MotionUID(rec.Meeting, m.Num) {
			line := fmt.Sprintf("Голосували: «за» – %d; «проти» – %d; «утримались» – %d", m.VotingFor, m.VotingAgainst, m.VotingAbstain)
			if !strings.Contains(minutes, line) {
				t.Errorf("the minutes do not print %q", line)
			}
		}
	}
}
