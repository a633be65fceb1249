package export

import (
	"context"
	"html"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// flat is a document's text as one line of lower-case words, to find a sentence however the
// format wrapped it.
// flat is s in lower case with its white space collapsed; a dash drops the space after it, since
// a line may break after a dash («бета-» / «версію») and text read back from a PDF shows a space there.
func flat(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.NewReplacer("- ", "-", "– ", "–", "— ", "—").Replace(s)
}

// TestDemoMinutesPrintEveryAssignment reads every assignment of the demo council in its
// meeting's minutes, in each format and language: the text, the responsible and the deadline.
func TestDemoMinutesPrintEveryAssignment(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	rows, err := s.ListAssignments(ctx, store.AssignmentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byMeeting := map[int64][]store.AssignmentRow{}
	for _, r := range rows {
		byMeeting[r.MeetingID] = append(byMeeting[r.MeetingID], r)
	}
	if len(rows) < 5 || len(byMeeting) < 3 {
		t.Fatalf("the demo has %d assignments in %d meetings", len(rows), len(byMeeting))
	}
	formats := []struct {
		name string
		text func(t *testing.T, rec store.Record, lang i18n.Lang) string
	}{
		{"md", func(t *testing.T, rec store.Record, lang i18n.Lang) string {
			return string(render(t, rec, Markdown, lang, Options{}))
		}},
		{"html", func(t *testing.T, rec store.Record, lang i18n.Lang) string {
			return html.UnescapeString(string(render(t, rec, HTML, lang, Options{})))
		}},
		{"docx", func(t *testing.T, rec store.Record, lang i18n.Lang) string {
			return docxText(t, render(t, rec, DOCX, lang, Options{}))
		}},
		{"pdf", func(t *testing.T, rec store.Record, lang i18n.Lang) string {
			return pdfBody(t, render(t, rec, PDF, lang, Options{}))
		}},
	}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			for id, as := range byMeeting {
				rec, err := s.MeetingRecord(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				for _, lang := range i18n.Langs {
					doc := flat(f.text(t, rec, lang))
					for _, a := range as {
						who := a.ResponsibleName
						if a.ResponsibleMemberID != 0 {
							who = store.ShortName(nameIn(lang, who)) // a member's name is in Latin letters in English
						}
						for _, want := range []string{strings.TrimRight(a.Text, ". "), who, date(lang, a.Deadline)} {
							if !strings.Contains(doc, flat(want)) {
								t.Errorf("minutes No %d (%s, %s) lack %q of the assignment %q", a.MeetingNumber, f.name, lang, want, a.Text)
							}
						}
					}
				}
			}
		})
	}
}

// TestAssignmentPrintsUnderItsPoint fixes the form: the point, then the assignment's own text,
// who is responsible and by when, under the point's number; an assignment given by the item as a
// whole gets the next number.
func TestAssignmentPrintsUnderItsPoint(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	m, err := s.FindMeetingByNumber(ctx, 2, 2026)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := s.MeetingRecord(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	const point = "\n2.2. Рекомендувати департаменту фінансів оприлюднити дані про видатки за 2025 рік у форматі відкритих даних до 15.12.2026. " +
		"Оприлюднити дані про видатки бюджету за 2025 рік у форматі відкритих даних. "
	for lang, want := range map[i18n.Lang]string{
		"uk": point + "Відповідальний: Бондар І.П. Термін: до 15.12.2026.\n",
		"en": point + "Responsible: Bondar I.P. Deadline: 15 December 2026.\n",
	} {
		if md := string(render(t, rec, Markdown, lang, Options{})); !strings.Contains(md, want) {
			t.Errorf("the minutes (%s) lack the line %q:\n%s", lang, want, md)
		}
	}
	rec.Items[1].Assignments[0].PointID = 0 // given by the item as a whole
	if md := string(render(t, rec, Markdown, "uk", Options{})); !strings.Contains(md, "\n2.3. Оприлюднити дані про видатки бюджету за 2025 рік у форматі відкритих даних. Відповідальний: Бондар І.П. Термін: до 15.12.2026.\n") {
		t.Errorf("an assignment without a point has no number of its own:\n%s", md)
	}
}
