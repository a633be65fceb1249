package export

import (
	"io"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export/doc"
)

// Agenda writes a meeting's agenda to send to members before the meeting: date, place,
// items with their reporters and linked commitments, invited guests, and who approved it.
// An agenda the co-chairs have not approved yet is marked as a draft.
func Agenda(w io.Writer, rec store.Record, f Format, lang string) error {
	return write(w, AgendaDocument(rec, lang), f)
}

// AgendaDocument builds the agenda as a document.
func AgendaDocument(rec store.Record, lang string) doc.Document {
	lang = normLang(lang)
	b := &builder{lang: lang, rec: rec}
	b.letterhead()
	b.heading(1, word(lang, "agenda_title"))
	b.centered(word(lang, "of_meeting"))
	b.dateAndPlace()
	b.agenda(rec.Items)
	b.guests()
	b.approvals()
	if rec.Secretary.FullName != "" {
		b.add(doc.Signature{Role: word(lang, "sign_secretary"), Name: store.SignatureName(rec.Secretary.FullName)})
	}
	d := doc.Document{Lang: lang, Blocks: b.blocks, Title: word(lang, "agenda_doc", date(lang, rec.Meeting.Date))}
	if agendaDraft(rec.Meeting.Status) {
		d.Watermark = word(lang, "draft")
	}
	return d
}

func agendaDraft(s store.MeetingStatus) bool {
	return s == store.MeetingDraft || s == store.MeetingAgendaSubmitted
}

// approvals names the co-chairs who approved the agenda, with the date.
func (b *builder) approvals() {
	var items [][]doc.Run
	for _, a := range b.rec.Approvals {
		if a.Kind != "agenda" {
			continue
		}
		day := a.ApprovedAt
		if len(day) >= 10 {
			day = date(b.lang, day[:10])
		}
		items = append(items, []doc.Run{{Text: joinNonEmpty(", ", store.SignatureName(a.MemberName), day)}})
	}
	if len(items) == 0 {
		return
	}
	b.para(doc.Run{Text: word(b.lang, "approved_by"), Bold: true})
	b.add(doc.List{Items: items})
}
