package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export/doc"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// Minutes writes the minutes of a meeting (or, with opts.Item, an extract of one item) in the
// official format of Ukrainian records practice (header, attendance, agenda, then СЛУХАЛИ /
// ВИСТУПИЛИ / ВИРІШИЛИ with the tally per item, signatures); a record not yet approved is
// marked as a draft.
func Minutes(w io.Writer, rec store.Record, f Format, lang i18n.Lang, opts Options) error {
	d, err := MinutesDocument(rec, lang, opts)
	if err != nil {
		return err
	}
	return write(w, d, f)
}

// MinutesDocument builds the minutes as a document.
func MinutesDocument(rec store.Record, lang i18n.Lang, opts Options) (doc.Document, error) {
	lang = lang.OrDefault()
	rec = namesIn(lang, rec)
	rec.Print = rec.Print.OrDefault()
	b := &builder{lang: lang, rec: rec}
	items := rec.Items
	if opts.Item > 0 {
		it, ok := rec.Item(opts.Item)
		if !ok {
			return doc.Document{}, fmt.Errorf("minutes No %d have no item %d: %w", rec.Meeting.Number, opts.Item, store.ErrNotFound)
		}
		items = []store.ItemRecord{it}
	}
	b.letterhead()
	if opts.Item > 0 {
		b.heading(1, word(lang, "doc.extract", map[string]any{"Number": rec.Meeting.Number}))
	} else {
		b.heading(1, word(lang, "doc.minutes", map[string]any{"Number": rec.Meeting.Number}))
	}
	b.centered(word(lang, "doc.of_meeting"))
	b.dateAndPlace()
	b.officers()
	if opts.Item > 0 {
		b.presentCount()
	} else {
		b.attendance()
	}
	b.quorum()
	b.agenda(items)
	for _, it := range items {
		b.item(it)
	}
	if opts.Item == 0 {
		b.statusChanges(rec.StatusChanges)
	}
	b.signatures()
	if opts.Item == 0 {
		b.annex()
	}
	if opts.Item > 0 {
		b.add(doc.Paragraph{Runs: []doc.Run{{Text: word(lang, "doc.true_extract")}}, KeepNext: true})
		b.add(doc.Signature{Role: word(lang, "doc.sign_secretary"), Name: store.SignatureName(rec.Secretary.FullName)})
	}
	d := doc.Document{Lang: lang, Blocks: b.blocks, Title: word(lang, "doc.minutes_title", map[string]any{"Number": rec.Meeting.Number, "Date": date(lang, rec.Meeting.Date)})}
	if opts.Item > 0 {
		d.Title = word(lang, "doc.extract_title", map[string]any{"Number": rec.Meeting.Number, "Date": date(lang, rec.Meeting.Date), "Item": opts.Item})
	}
	if rec.Draft() {
		d.Watermark = word(lang, "doc.draft")
	}
	return d, nil
}

// builder accumulates a document's blocks.
type builder struct {
	lang   i18n.Lang
	rec    store.Record
	blocks []doc.Block
}

func (b *builder) add(bl ...doc.Block) { b.blocks = append(b.blocks, bl...) }

func (b *builder) heading(level int, text string) {
	b.add(doc.Heading{Level: level, Runs: []doc.Run{{Text: text}}, Align: doc.AlignCenter})
}

func (b *builder) centered(text string) {
	b.add(doc.Paragraph{Runs: []doc.Run{{Text: text}}, Align: doc.AlignCenter})
}

func (b *builder) para(runs ...doc.Run) { b.add(doc.Paragraph{Runs: runs}) }

// label is a bold line that introduces what follows («ВИРІШИЛИ:»): no page ends with it.
func (b *builder) label(text string) {
	b.add(doc.Paragraph{Runs: []doc.Run{{Text: text, Bold: true}}, KeepNext: true})
}

// labelled is a paragraph that starts with a bold label.
func (b *builder) labelled(label, text string) {
	b.para(doc.Run{Text: label, Bold: true}, doc.Run{Text: " " + text})
}

// letterhead is the authority and the council, in capitals.
func (b *builder) letterhead() {
	c := b.rec.Council
	for _, line := range []string{c.Authority(b.lang), c.Name(b.lang)} {
		if strings.TrimSpace(line) != "" {
			b.add(doc.Paragraph{Runs: []doc.Run{{Text: strings.ToUpper(line), Bold: true}}, Align: doc.AlignCenter, KeepNext: true})
		}
	}
}

// dateAndPlace is the header as the council writes it: "12.03.2026 … м. Хмельницький" with
// "place … 10 год. 00 хв." below, or "м. Хмельницький … 12.03.2026, 11-00 год." with the place below.
func (b *builder) dateAndPlace() {
	m := b.rec.Meeting
	day, city, at := date(b.lang, m.Date), b.rec.Council.City(b.lang), clock(b.lang, b.rec.Print.Time, m.StartTime)
	place := m.Place
	if m.OnlineLink != "" {
		place = joinNonEmpty("; ", place, word(b.lang, "doc.online", map[string]any{"Link": m.OnlineLink}))
	}
	if b.rec.Print.Header == store.HeaderCityLeft {
		b.add(doc.TwoColumn{Left: []doc.Run{{Text: city}}, Right: []doc.Run{{Text: joinNonEmpty(", ", day, at)}}})
		if strings.TrimSpace(place) != "" {
			b.para(doc.Run{Text: place})
		}
		return
	}
	b.add(doc.TwoColumn{Left: []doc.Run{{Text: day}}, Right: []doc.Run{{Text: city}}})
	if place != "" || m.StartTime != "" {
		b.add(doc.TwoColumn{Left: []doc.Run{{Text: place}}, Right: []doc.Run{{Text: at}}})
	}
}

// officers are the presiding officer and the secretary.
func (b *builder) officers() {
	r := b.rec
	if r.Presiding.FullName != "" {
		role := ""
		if r.Presiding.Role == store.RoleCoChair {
			role = word(b.lang, "doc.co_chair_of")
		}
		b.labelled(word(b.lang, "doc.presiding")+":", joinNonEmpty(", ", store.SignatureName(r.Presiding.FullName), role, r.Presiding.Position))
	}
	if r.Secretary.FullName != "" {
		role := r.Secretary.Position
		if r.Secretary.Role == store.RoleSecretary {
			role = word(b.lang, "doc.secretary_of")
		}
		b.labelled(word(b.lang, "doc.secretary")+":", joinNonEmpty(", ", store.SignatureName(r.Secretary.FullName), role))
	}
}

// attendance is who was present, absent and invited: the numbered list of those present,
// or as the council may write it, their count with the list attached after the signatures.
func (b *builder) attendance() {
	r := b.rec
	if !r.Recorded {
		b.para(doc.Run{Text: word(b.lang, "doc.not_recorded")})
		b.guests()
		return
	}
	if r.Print.Total {
		b.para(doc.Run{Text: word(b.lang, "doc.total", map[string]any{"Persons": b.persons(r.Membership)})})
	}
	if r.Print.Attendance == store.AttendanceCounts {
		b.para(doc.Run{Text: word(b.lang, "doc.present_attached", map[string]any{"Persons": b.persons(len(r.Present))})})
	} else {
		b.label(word(b.lang, "doc.present", map[string]any{"Present": len(r.Present), "Membership": r.Membership}))
		b.presentList()
	}
	b.absent()
	b.guests()
}

// presentList is the numbered list of the members present.
func (b *builder) presentList() {
	var items [][]doc.Run
	for _, a := range b.rec.Present {
		line := joinNonEmpty(" – ", store.ListName(a.FullName), joinNonEmpty(", ", a.Position, a.Organisation))
		if a.Status == store.PresenceRemote {
			line += " (" + word(b.lang, "doc.remote") + ")"
		}
		items = append(items, []doc.Run{{Text: line}})
	}
	b.add(doc.List{Ordered: true, Items: items})
}

// absent names the members absent, with their count when the attendance is given as counts.
func (b *builder) absent() {
	r := b.rec
	if len(r.Absent) == 0 {
		return
	}
	var names []string
	for _, a := range r.Absent {
		n := store.ListName(a.FullName)
		if a.Reason != "" {
			n += " (" + strings.TrimSpace(a.Reason) + ")"
		}
		names = append(names, n)
	}
	line := strings.Join(names, "; ")
	if r.Print.Attendance == store.AttendanceCounts {
		line += " – " + b.persons(len(r.Absent))
	}
	b.labelled(word(b.lang, "doc.absent"), line+".")
}

// annex is the list of those present attached after the signatures, when the minutes give counts.
func (b *builder) annex() {
	if !b.rec.Recorded || b.rec.Print.Attendance != store.AttendanceCounts {
		return
	}
	b.add(doc.PageBreak{})
	b.add(doc.Paragraph{Runs: []doc.Run{{Text: word(b.lang, "doc.annex", map[string]any{"Number": b.rec.Meeting.Number})}}, Align: doc.AlignRight})
	b.heading(2, word(b.lang, "doc.annex_title"))
	b.presentList()
}

// persons is a number of people with the right plural: 1 особа, 2 особи, 5 осіб.
func (b *builder) persons(n int) string { return i18n.New(b.lang).N("doc.persons", n) }

// presentCount is the short attendance line of an extract.
func (b *builder) presentCount() {
	if b.rec.Recorded {
		b.para(doc.Run{Text: word(b.lang, "doc.present_count", map[string]any{"Present": len(b.rec.Present), "Membership": b.rec.Membership})})
	}
}

func (b *builder) guests() {
	if len(b.rec.Guests) == 0 {
		return
	}
	b.label(word(b.lang, "doc.invited"))
	var items [][]doc.Run
	for _, g := range b.rec.Guests {
		line := joinNonEmpty(" – ", store.ListName(g.FullName), joinNonEmpty(", ", g.Role, g.Organisation))
		items = append(items, []doc.Run{{Text: line}})
	}
	b.add(doc.List{Ordered: true, Items: items})
}

func (b *builder) quorum() {
	if !b.rec.Recorded {
		return
	}
	if b.rec.Quorum.Quorate {
		b.para(doc.Run{Text: word(b.lang, "doc.quorate"), Bold: true})
	} else {
		b.para(doc.Run{Text: word(b.lang, "doc.not_quorate"), Bold: true})
	}
}

// agenda lists the items with their reporters and the commitments they are about.
func (b *builder) agenda(items []store.ItemRecord) {
	b.label(word(b.lang, "doc.agenda"))
	var lines [][]doc.Run
	for _, it := range items {
		line := sentence(it.Title)
		if it.Reporter.FullName != "" {
			line += " (" + word(b.lang, "doc.reporter") + ": " + joinNonEmpty(", ", store.SignatureName(it.Reporter.FullName), it.Reporter.Position) + ")"
		}
		if it.Commitment.OGPID != "" {
			line += " " + commitmentLine(b.lang, it.Commitment)
		}
		lines = append(lines, []doc.Run{{Text: line}})
	}
	start := 1
	if len(items) > 0 {
		start = items[0].Position // an extract keeps its item's number
	}
	b.add(doc.List{Ordered: true, Start: start, Items: lines})
}

// signatures are the lines the council's settings ask for.
func (b *builder) signatures() {
	for _, s := range b.rec.Signers {
		role := word(b.lang, "doc.sign_"+string(s.Kind))
		b.add(doc.Signature{Role: role, Name: store.SignatureName(s.FullName)})
	}
}
