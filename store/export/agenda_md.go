// Package export turns a council's records into documents and data.
package export

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export/doc"
)

// Agenda is what an agenda document shows: the meeting, its items and who approved them.
type Agenda struct {
	Council   store.Council
	Meeting   store.Meeting
	Items     []store.ItemPreview
	Members   map[int64]store.Member
	Approvals store.ApprovalState
}

// LoadAgenda reads one meeting's agenda for a document.
func LoadAgenda(ctx context.Context, s *store.Store, meetingID int64) (Agenda, error) {
	var a Agenda
	var err error
	if a.Council, err = s.GetCouncil(ctx); err != nil {
		return a, err
	}
	if a.Meeting, err = s.GetMeeting(ctx, meetingID); err != nil {
		return a, err
	}
	if a.Items, err = s.PreviewAgenda(ctx, meetingID); err != nil {
		return a, err
	}
	if a.Approvals, err = s.AgendaApprovals(ctx, meetingID); err != nil {
		return a, err
	}
	members, err := s.ListMembers(ctx, store.MemberFilter{})
	a.Members = make(map[int64]store.Member, len(members))
	for _, m := range members {
		a.Members[m.ID] = m
	}
	return a, err
}

// AgendaFileName is the agenda's file name: poriadok-dennyi-2026-03.md (agenda-2026-03.md in English).
func AgendaFileName(m store.Meeting, lang, ext string) string {
	base := "poriadok-dennyi"
	if lang == "en" {
		base = "agenda"
	}
	return fmt.Sprintf("%s-%s.%s", base, m.Date[:min(len(m.Date), 7)], ext)
}

// AgendaMarkdown writes the agenda as Markdown in lang ("uk" or "en").
func AgendaMarkdown(w io.Writer, a Agenda, lang string) error {
	return doc.WriteMarkdown(w, AgendaDocument(a, lang))
}

// AgendaDocument builds the agenda as a document; an agenda not yet approved is marked a draft.
func AgendaDocument(a Agenda, lang string) doc.Document {
	en := lang == "en"
	tr := func(uk, english string) string {
		if en {
			return english
		}
		return uk
	}
	m := a.Meeting
	d := doc.Document{Title: tr("Порядок денний", "Agenda"), Lang: lang}
	if m.Status == store.MeetingDraft || m.Status == store.MeetingAgendaSubmitted {
		d.Watermark = tr("ПРОЄКТ", "DRAFT")
	}
	center := func(level int, text string) doc.Block {
		return doc.Heading{Level: level, Align: doc.AlignCenter, Runs: []doc.Run{{Text: text}}}
	}
	if auth := a.Council.Authority(lang); auth != "" {
		d.Blocks = append(d.Blocks, center(3, strings.ToUpper(auth)))
	}
	d.Blocks = append(d.Blocks,
		center(3, strings.ToUpper(a.Council.Name(lang))),
		center(1, tr("ПОРЯДОК ДЕННИЙ", "AGENDA")),
		doc.Paragraph{Align: doc.AlignCenter, Runs: []doc.Run{{Text: fmt.Sprintf(tr("засідання № %d", "of meeting No. %d"), m.Number)}}},
		doc.TwoColumn{Left: []doc.Run{{Text: dotted(m.Date)}}, Right: []doc.Run{{Text: a.Council.City(lang)}}},
	)
	where := strings.Join(nonEmpty(m.Place, m.OnlineLink), ", ")
	if where != "" || m.StartTime != "" {
		d.Blocks = append(d.Blocks, doc.TwoColumn{Left: []doc.Run{{Text: where}}, Right: []doc.Run{{Text: startTime(m.StartTime, en)}}})
	}
	list := doc.List{Ordered: true}
	for _, it := range a.Items {
		runs := []doc.Run{{Text: strings.TrimRight(it.Title, ".") + "."}}
		if r := a.reporter(it); r != "" {
			runs = append(runs, doc.Run{Text: fmt.Sprintf(tr(" (Доповідач: %s)", " (Reporter: %s)"), r), Italic: true})
		}
		list.Items = append(list.Items, runs)
	}
	d.Blocks = append(d.Blocks, list)
	if p := a.approvalText(en); p != "" {
		d.Blocks = append(d.Blocks, doc.Paragraph{Runs: []doc.Run{{Text: p, Italic: true}}})
	}
	return d
}

// reporter is "Ім'я ПРІЗВИЩЕ, посада" for a member, the guest's name otherwise.
func (a Agenda) reporter(it store.ItemPreview) string {
	if mb, ok := a.Members[it.ReporterMemberID]; ok && it.ReporterMemberID != 0 {
		return strings.Join(nonEmpty(signatureName(mb.FullName), mb.Position), ", ")
	}
	return signatureName(it.Reporter)
}

func (a Agenda) approvalText(en bool) string {
	var done []string
	for _, ap := range a.Approvals.Approved {
		done = append(done, signatureName(ap.MemberName)+" "+instant(ap.ApprovedAt))
	}
	if len(done) == 0 {
		return ""
	}
	if en {
		return "Approved by the co-chairs: " + strings.Join(done, "; ")
	}
	return "Погоджено співголовами: " + strings.Join(done, "; ")
}

// signatureName writes "Петренко Олена Іванівна" as «Олена ПЕТРЕНКО».
func signatureName(full string) string {
	f := strings.Fields(full)
	switch len(f) {
	case 0:
		return ""
	case 1:
		return strings.ToUpper(f[0])
	}
	return f[1] + " " + strings.ToUpper(f[0])
}

func startTime(t string, en bool) string {
	if len(t) != 5 || en {
		return t
	}
	return t[:2] + " год. " + t[3:] + " хв."
}

func dotted(d string) string {
	if ts, err := time.Parse(store.DateLayout, d); err == nil {
		return ts.Format("02.01.2006")
	}
	return d
}

func instant(at string) string {
	if ts, err := time.Parse(time.RFC3339, at); err == nil {
		return ts.Local().Format("02.01.2006 15:04")
	}
	return at
}

func nonEmpty(parts ...string) []string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, strings.TrimSpace(p))
		}
	}
	return out
}

// WriteAgendaFile writes meeting id's agenda as Markdown into dir, in the documents' language,
// and returns the file's absolute path.
func WriteAgendaFile(ctx context.Context, s *store.Store, id int64, dir string) (string, error) {
	a, err := LoadAgenda(ctx, s, id)
	if err != nil {
		return "", err
	}
	lang := a.Council.DocLang
	path, err := filepath.Abs(filepath.Join(dir, AgendaFileName(a.Meeting, lang, "md")))
	if err != nil {
		return "", err
	}
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	if err := AgendaMarkdown(f, a, lang); err != nil {
		f.Close()
		return "", err
	}
	return path, f.Close()
}
