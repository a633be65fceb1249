package demo

import (
	"fmt"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// topics are the commitments' subjects; each plan takes them all, with its own period.
var topics = []struct{ title, lead string }{
	{"Оприлюднення наборів відкритих даних", "Управління організаційно-інформаційної роботи"},
	{"Громадський бюджет онлайн", "Управління економіки"},
	{"Електронні петиції", "Управління організаційно-інформаційної роботи"},
	{"Прозорі закупівлі комунальних підприємств", "Управління економіки"},
	{"Карта ремонтних робіт", "Управління житлово-комунального господарства"},
	{"Дашборд якості міських послуг", "КП «Муніципальний інформаційний центр»"},
	{"Відкритий бюджет міста", "Департамент фінансів"},
	{"Молодіжний громадський бюджет", "Управління молоді та спорту"},
	{"Реєстр комунального майна", "Управління комунального майна"},
	{"Навчання з відкритого урядування", "Управління організаційно-інформаційної роботи"},
	{"Онлайн-трансляції засідань виконкому", "Виконавчий комітет міської ради"},
	{"Відкриті дані про транспорт", "Управління транспорту та зв'язку"},
	{"Публічні звіти керівників комунальних підприємств", "Управління економіки"},
	{"Реєстр укриттів і доступності будівель", "Управління з питань цивільного захисту"},
	{"Електронна черга до дитячих садків", "Управління освіти"},
	{"Відкриті дані про якість повітря", "Управління екології"},
	{"Консультації щодо генерального плану", "Управління архітектури та містобудування"},
	{"Доступність адміністративних послуг", "Управління адміністративних послуг"},
	{"Відкриті договори оренди землі", "Управління земельних ресурсів"},
	{"Звітування депутатів перед громадою", "Секретаріат міської ради"},
}

func (l *large) writePlans() {
	for p := range largePlans {
		from := largeFirstYear + 3*p
		status := store.PlanFinished
		if from+2 >= 2026 {
			status = store.PlanInProgress
		}
		id := l.w.plan(plan{
			title:    fmt.Sprintf("План дій з впровадження ініціативи «Партнерство «Відкритий Уряд» на %d–%d роки", from, from+2),
			ogpTitle: fmt.Sprintf("Action Plan %d–%d", from, from+2),
			from:     fmt.Sprintf("%d-01", from), to: fmt.Sprintf("%d-12", from+2),
			submitted: fmt.Sprintf("%d-12-20", from-1), inception: fmt.Sprintf("%d-02-15", from),
			status: status, created: stamp(fmt.Sprintf("%d-10-01", from-1), "09:00"),
			updated: stamp(fmt.Sprintf("%d-01-31", from+3), "09:00"),
		})
		var ids []int64
		for c := range largeCommits {
			ids = append(ids, l.writeCommitment(id, p, c, from, status == store.PlanFinished))
		}
		l.plans = append(l.plans, ids)
	}
}

// writeCommitment writes one commitment of plan p (starting in year from) with its
// milestones and history; a finished plan's commitments are graded.
func (l *large) writeCommitment(planID int64, p, c, from int, finished bool) int64 {
	t := topics[c]
	start, end := fmt.Sprintf("%d-%02d", from, 1+c%6), fmt.Sprintf("%d-%02d", from+2, 7+c%6)
	cm := commitment{
		ogpID: fmt.Sprintf("UAKLY%04d", p*largeCommits+c+1), title: fmt.Sprintf("%s (%d–%d)", t.title, from, from+2),
		problem:   "Мешканці не мають повної і своєчасної інформації: " + t.title + ".",
		statusQuo: "Дані ведуться розрізнено і не оприлюднюються у машиночитаному форматі.",
		objective: "Запровадити: " + t.title + ", з регулярним оновленням і відкритими даними.",
		solves:    "Відкриті дані і зворотний зв'язок підвищують підзвітність виконавців.",
		lead:      t.lead, others: "Громадські організації міста", contact: "Секретаріат Координаційної ради",
		budget: "У межах кошторисних призначень", links: "Програма цифрової трансформації",
		start: start, end: end, impl: store.ImplInProgress, completion: store.CompletionNoEvidence,
		values:  []store.OGPValue{store.OGPValues[c%4], store.OGPValues[(c+1)%4]},
		created: stamp(fmt.Sprintf("%d-12-20", from-1), "09:00"), updated: stamp(fmt.Sprintf("%d-01-31", from+3), "09:00"),
	}
	if finished {
		cm.impl, cm.completion = pick(l.rng, []store.ImplStatus{store.ImplDone, store.ImplDone, store.ImplPartlyDone, store.ImplNotDone}),
			pick(l.rng, []store.Completion{store.CompletionComplete, store.CompletionSubstantial, store.CompletionLimited})
		cm.opened = pick(l.rng, []store.OpenedGov{store.OpenedGovMarginal, store.OpenedGovMajor, store.OpenedGovNoChange})
		cm.endAssessed = fmt.Sprintf("%d-01-25", from+3)
	}
	id := l.w.commitment(planID, c+1, cm)
	l.writeMilestones(id, from, cm.impl)
	l.writeHistory(id, cm, from)
	return id
}

// writeMilestones spreads eight deliverables over the plan's three years; those due by
// largeToday are mostly done.
func (l *large) writeMilestones(commitment int64, from int, impl store.ImplStatus) {
	for k := range largeMilestone {
		year, month := from+k*36/largeMilestone/12, 1+(k*36/largeMilestone)%12
		m := milestone{
			deliverable: fmt.Sprintf("Етап %d: звіт про результати", k+1),
			start:       fmt.Sprintf("%d-%02d-01", year, month),
			end:         fmt.Sprintf("%d-%02d-28", year, month+min(3, 12-month)),
		}
		if m.end < largeToday && (impl == store.ImplDone || l.chance(0.8)) {
			m.done, m.evidence = m.end, "Звіт оприлюднено на сайті міської ради"
		}
		l.w.milestone(commitment, k+1, m)
	}
}

func (l *large) writeHistory(commitment int64, c commitment, from int) {
	started := change{scale: "implementation", from: string(store.ImplNotStarted), to: string(store.ImplInProgress),
		on: c.start + "-01", by: "Секретаріат", note: "Розпочато виконання"}
	l.w.statusChange(commitment, started)
	if c.impl == store.ImplInProgress {
		return
	}
	l.w.statusChange(commitment, change{scale: "implementation", from: string(store.ImplInProgress), to: string(c.impl),
		on: fmt.Sprintf("%d-12-20", from+2), by: "Секретаріат", note: "Підсумок виконання Плану дій"})
	l.w.statusChange(commitment, change{scale: "completion", from: string(store.CompletionNoEvidence), to: string(c.completion),
		on: c.endAssessed, by: "Секретаріат", note: "Оцінка після завершення зобов'язання"})
}
