package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// hostile are texts a person might paste: escape sequences, controls, bidi overrides,
// zero-width characters, markup, spreadsheet formulas, a 100,000-character value.
var hostile = []string{
	"\x1b[2J\x1b[31mЧервоний\x1b[0m \x1b]0;title\x07Олена",
	"Пет\u202eренко\u2066 \u200bІван\u200d\ufeff",
	"<script>alert(1)</script> <img src=x onerror=alert(2)> & \"лапки\"",
	"=HYPERLINK(\"http://x\",\"y\")",
	"Тарас \x00\x07\x08\x7f\u0085\u009b2J табуляція\tі\nрядок",
	"-1+1 Мінус", "@SUM(A1) Ет", "+cmd|' /C calc'!A0",
	strings.Repeat("Дуже довге ім'я ", 6250),
}

// hostileDemo is the demo council with hostile text in the council's names, every member's
// name, position and organisation, and every plan's and commitment's title, all through
// the store.
func hostileDemo(t *testing.T) *store.Store {
	t.Helper()
	s := demoStore(t)
	ctx := context.Background()
	c, err := s.GetCouncil(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c.NameUK, c.CityUK, c.AuthorityUK, c.NameEN = c.NameUK+hostile[1], hostile[0], hostile[2], hostile[4]
	if err := s.UpdateCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	members, _ := s.ListMembers(ctx, store.MemberFilter{})
	for i, m := range members {
		h := hostile[i%len(hostile)]
		m.FullName, m.Position, m.Organisation = h+" "+m.FullName, h, hostile[(i+1)%len(hostile)]
		if err := s.UpdateMember(ctx, m); err != nil {
			t.Fatalf("member %d: %v", m.ID, err)
		}
	}
	plans, _ := s.ListPlans(ctx)
	for i, p := range plans {
		p.Title = hostile[(i+2)%len(hostile)] + p.Title
		if err := s.UpdatePlan(ctx, p); err != nil {
			t.Fatalf("plan %d: %v", p.ID, err)
		}
		rows, _ := s.ListCommitments(ctx, p.ID, store.CommitmentFilter{})
		for j, r := range rows {
			cm, err := s.GetCommitment(ctx, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			cm.Title = hostile[(i+j)%len(hostile)] + cm.Title
			if err := s.UpdateCommitment(ctx, cm); err != nil {
				t.Fatalf("commitment %d: %v", cm.ID, err)
			}
		}
	}
	return s
}

// checkOut fails when typed text reaches an export raw.
func checkOut(t *testing.T, what string, out []byte, f Format) {
	t.Helper()
	text := string(out)
	if f == DOCX {
		text = docxXML(t, out)
	}
	if f == PDF {
		if !bytes.HasPrefix(out, []byte("%PDF")) {
			t.Fatalf("%s: not a PDF", what)
		}
		if _, err := exec.LookPath("pdftotext"); err != nil {
			return
		}
		text = pdfText(t, out)
	}
	for _, bad := range []string{"\x1b", "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\x00", "\x07", "\u0085", "\u009b"} {
		if strings.Contains(text, bad) {
			t.Errorf("%s: holds %q", what, bad)
		}
	}
	if low := strings.ToLower(text); (f == HTML || f == Markdown || f == DOCX) && (strings.Contains(low, "<script") || strings.Contains(low, "<img")) {
		t.Errorf("%s: holds markup typed by a person", what)
	}
	if f == CSV {
		checkCSV(t, what, out)
	}
}

// checkCSV fails when a cell would run as a spreadsheet formula.
func checkCSV(t *testing.T, what string, out []byte) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(out, []byte("\ufeff"))))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	for _, row := range rows {
		for _, cell := range row {
			for _, f := range []string{"=HYP", "-1+1", "@SUM", "+cmd"} {
				if strings.HasPrefix(cell, f) {
					t.Errorf("%s: a cell starts with a formula: %.40q", what, cell)
				}
			}
		}
	}
}

// TestHostileTextInEveryExport writes every document of the hostile demo council in every
// format: nothing typed reaches a document raw, and the long value does not slow it down.
func TestHostileTextInEveryExport(t *testing.T) {
	s := hostileDemo(t)
	ctx := context.Background()
	began, outputs := time.Now(), 0
	meetings, _ := s.ListMeetings(ctx, store.MeetingFilter{})
	for _, m := range meetings {
		rec, err := s.MeetingRecord(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []Format{Markdown, HTML, DOCX, PDF} {
			for _, lang := range i18n.Langs {
				var b bytes.Buffer
				if err := Minutes(&b, rec, f, lang, Options{}); err != nil {
					t.Fatalf("minutes %d %s: %v", m.Number, f, err)
				}
				checkOut(t, fmt.Sprintf("minutes %d.%s", m.Number, f), b.Bytes(), f)
				b.Reset()
				if err := Agenda(&b, rec, f, lang); err != nil {
					t.Fatalf("agenda %d %s: %v", m.Number, f, err)
				}
				checkOut(t, fmt.Sprintf("agenda %d.%s", m.Number, f), b.Bytes(), f)
				outputs += 2
			}
		}
	}
	plans, _ := s.ListPlans(ctx)
	for _, p := range plans {
		r, err := s.PlanReport(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []Format{Markdown, HTML, CSV, JSON} {
			var b bytes.Buffer
			if err := PlanReport(&b, r, f, "uk"); err != nil {
				t.Fatalf("plan %d %s: %v", p.ID, f, err)
			}
			checkOut(t, fmt.Sprintf("plan %d.%s", p.ID, f), b.Bytes(), f)
			outputs++
		}
	}
	members, _ := s.ListMembers(ctx, store.MemberFilter{})
	for _, f := range []string{"csv", "json"} {
		var b bytes.Buffer
		if err := Members(&b, members, f); err != nil {
			t.Fatal(err)
		}
		checkOut(t, "members."+f, b.Bytes(), Format(f))
		outputs++
	}
	d, err := s.OpenData(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	written, err := OpenData(dir, d.Feed, shared)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range written.Files {
		b, err := os.ReadFile(filepath.Join(dir, filepath.Base(name)))
		if err != nil {
			b, err = os.ReadFile(name)
		}
		if err != nil {
			t.Fatal(err)
		}
		checkOut(t, "open data "+filepath.Base(name), b, Format(strings.TrimPrefix(filepath.Ext(name), ".")))
		outputs++
	}
	t.Logf("%d hostile texts in %d exports (md, html, docx, pdf, csv, json) in %v: none got through", len(hostile), outputs, time.Since(began).Round(time.Millisecond))
}
