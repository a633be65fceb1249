package export

import (
	"fmt"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export/doc"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// item is one agenda item's section: СЛУХАЛИ (with the commitment it is about), ВИСТУПИЛИ,
// ВИРІШИЛИ, the vote and its result, and the commitments' status changes it decided.
func (b *builder) item(it store.ItemRecord) {
	b.heard(it)
	b.itemCommitment(it.Commitment)
	b.spoke(it)
	b.outcome(it)
	b.statusChanges(it.StatusChanges)
}

// outcome is what became of the item: deferred, not considered, or decided and voted.
func (b *builder) outcome(it store.ItemRecord) {
	switch {
	case it.State == store.ItemDeferred && it.DeferredTo.Number > 0:
		b.para(doc.Run{Text: word(b.lang, "doc.deferred_to", map[string]any{"Number": it.DeferredTo.Number,
			"Date": date(b.lang, it.DeferredTo.Date)})})
		return
	case it.State == store.ItemDeferred:
		b.para(doc.Run{Text: word(b.lang, "doc.deferred")})
		return
	case len(it.Points) == 0 && len(it.Assignments) == 0 && it.Result == nil:
		if it.State == store.ItemOpen && strings.TrimSpace(it.Heard) == "" && len(it.Speeches) == 0 {
			b.para(doc.Run{Text: word(b.lang, "doc.not_considered")})
		}
		return
	}
	if b.rec.Print.Order == store.VotedFirst {
		b.vote(it)
		b.decided(it)
		return
	}
	b.decided(it)
	b.vote(it)
}

// heard prints the СЛУХАЛИ text as the secretary typed it (protocols start it with the
// reporter: «Кравченко І.П. – секретаря ради, яка …»); with nothing typed it is the reporter
// and the item's title.
func (b *builder) heard(it store.ItemRecord) {
	text := strings.TrimSpace(it.Heard)
	if text == "" {
		text = joinNonEmpty(" – ", store.ShortName(it.Reporter.FullName), it.Title)
	}
	b.add(doc.Paragraph{Runs: []doc.Run{
		{Text: fmt.Sprintf("%d. ", it.Position), Bold: true},
		{Text: word(b.lang, "doc.heard"), Bold: true},
		{Text: " " + sentence(text)},
	}})
}

// itemCommitment names the Action Plan commitment an item is about.
func (b *builder) itemCommitment(c store.CommitmentRef) {
	if c.OGPID != "" {
		b.para(doc.Run{Text: commitmentLine(b.lang, c)})
	}
}

// commitmentLine is «Зобов'язання UAKLY0003 «Відкритий бюджет».»
func commitmentLine(lang i18n.Lang, c store.CommitmentRef) string {
	return word(lang, "doc.commitment") + " " + c.OGPID + " «" + strings.TrimSpace(c.Title) + "»."
}

// statusChanges say how the meeting's decisions moved commitments' statuses.
func (b *builder) statusChanges(scs []store.StatusChangeRecord) {
	for _, sc := range scs {
		b.para(doc.Run{Text: statusChangeLine(b.lang, sc)})
	}
}

// statusChangeLine is «Статус зобов'язання UAKLY0003 змінено: Не розпочато → Виконується.»
func statusChangeLine(lang i18n.Lang, sc store.StatusChangeRecord) string {
	label := func(v string) string { return i18n.New(lang).Label(store.ScaleValue(sc.Scale, v)) }
	data := map[string]any{"ID": sc.OGPID, "From": label(sc.From), "To": label(sc.To)}
	switch {
	case sc.Scale == store.ScaleWithdrawn && sc.To == store.WithdrawnYes:
		return word(lang, "doc.status.withdrawn", data)
	case sc.Scale == store.ScaleWithdrawn:
		return word(lang, "doc.status.restored", data)
	case sc.From == "":
		return word(lang, "doc.status."+sc.Scale+"_set", data)
	}
	return word(lang, "doc.status."+sc.Scale, data)
}

func (b *builder) spoke(it store.ItemRecord) {
	if len(it.Speeches) == 0 {
		return
	}
	if len(it.Speeches) == 1 {
		b.labelled(word(b.lang, "doc.spoke"), speechLine(it.Speeches[0]))
		return
	}
	b.label(word(b.lang, "doc.spoke"))
	for _, sp := range it.Speeches {
		b.para(doc.Run{Text: speechLine(sp)})
	}
}

func speechLine(sp store.SpeechRecord) string {
	name := sp.Speaker.FullName
	if sp.Speaker.MemberID != 0 || sp.Speaker.GuestID != 0 {
		name = store.ShortName(name)
	}
	return sentence(joinNonEmpty(" – ", name, sp.Summary))
}

// decided numbers the points 1.1, 1.2 …; an assignment given by a point is printed in full
// under the point's number (so «п. 1.2» keeps meaning the same point everywhere), one given by
// the item as a whole gets its own number after the points.
func (b *builder) decided(it store.ItemRecord) {
	b.label(word(b.lang, "doc.decided"))
	byPoint := map[int64][]store.AssignmentRecord{}
	var loose []store.AssignmentRecord
	for _, a := range it.Assignments {
		if a.PointID != 0 && hasPoint(it.Points, a.PointID) {
			byPoint[a.PointID] = append(byPoint[a.PointID], a)
		} else {
			loose = append(loose, a)
		}
	}
	n := 0
	next := func(text string) {
		n++
		b.para(doc.Run{Text: fmt.Sprintf("%d.%d. ", it.Position, n)}, doc.Run{Text: text})
	}
	for _, p := range it.Points {
		text := sentence(p.Text)
		for _, a := range byPoint[p.ID] {
			text = joinNonEmpty(" ", text, b.assignment(a, p.Text))
		}
		next(text)
	}
	for _, a := range loose {
		next(b.assignment(a, ""))
	}
}

// assignment is «Розмістити звіт … Відповідальний: … Термін: до ….»; the text is left out
// only when the point's own wording already says it word for word.
func (b *builder) assignment(a store.AssignmentRecord, point string) string {
	text := sentence(a.Text)
	if saidIn(text, point) {
		text = ""
	}
	return joinNonEmpty(" ", text, b.responsibility(a))
}

// saidIn tells whether the sentence s is already part of text, whatever the case and final stop.
func saidIn(s, text string) bool {
	s = strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ".!?… "))
	return s != "" && strings.Contains(strings.ToLower(text), s)
}

func hasPoint(ps []store.DecisionPoint, id int64) bool {
	for _, p := range ps {
		if p.ID == id {
			return true
		}
	}
	return false
}

// responsibility is "Відповідальний: Яковенко М.В. Термін: до 30.04.2026."
func (b *builder) responsibility(a store.AssignmentRecord) string {
	var parts []string
	if name := a.ResponsibleName(); name != "" {
		parts = append(parts, word(b.lang, "doc.responsible")+" "+sentence(name))
	}
	if a.Deadline != "" {
		parts = append(parts, word(b.lang, "doc.deadline", map[string]any{"Date": date(b.lang, a.Deadline)}))
	}
	return strings.Join(parts, " ")
}

// vote is the tally line and the result.
func (b *builder) vote(it store.ItemRecord) {
	r := it.Result
	if r == nil {
		return
	}
	t := r.Tally
	line := word(b.lang, "doc.voted", t.Args())
	if n := t.NotVoted + t.Recused; n > 0 {
		line += word(b.lang, "doc.not_voted", map[string]any{"Count": n})
	}
	b.para(doc.Run{Text: line + "."})
	if r.Outcome.TieBroken {
		b.para(doc.Run{Text: word(b.lang, "doc.tie_broken")})
	}
	result := word(b.lang, "doc.rejected")
	switch {
	case r.Outcome.Adopted && r.Outcome.Unanimous:
		result = word(b.lang, "doc.adopted_unan")
	case r.Outcome.Adopted:
		result = word(b.lang, "doc.adopted")
	}
	b.para(doc.Run{Text: result, Bold: true})
}
