package export

import (
	"io"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export/doc"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// Agenda writes a meeting's agenda to send to members before the meeting: date, place,
// items with their reporters and linked commitments, invited guests, and who approved it.
// An agenda the co-chairs have not approved yet is marked as a draft.
func Agenda(w io.Writer, rec store.Record, f Format, lang i18n.Lang) error {
	return write(w, AgendaDocument(rec, lang), f)
}

// AgendaDocument builds the agenda as a document.
func AgendaDocument(rec store.Record, lang i18n.Lang) doc.Document {
	lang = lang.OrDefault()
	rec = namesIn(lang, rec)
	b := &builder{lang: lang, rec: rec}
	b.letterhead()
	b.heading(1, word(lang, "doc.agenda_title"))
	b.centered(word(lang, "doc.of_meeting"))
	b.dateAndPlace()
	b.agenda(rec.Items)
	b.guests()
	b.approvals()
	if rec.Secretary.FullName != "" {
		b.add(doc.Signature{Role: word(lang, "doc.sign_secretary"), Name: store.SignatureName(rec.Secretary.FullName)})
	}
	d := doc.Document{Lang: lang, Blocks: b.blocks, Title: word(lang, "doc.agenda_doc", map[string]any{"Date": date(lang, rec.Meeting.Date)})}
	if rec.Meeting.Status.AgendaDraft() {
		d.Watermark = word(lang, "doc.draft")
	}
	return d
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
	b.label(word(b.lang, "doc.approved_by"))
	b.add(doc.List{Items: items})
}
