package demo

import (
	"fmt"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
)

var (
	absenceReasons = []string{"відпустка", "лікарняний", "службове відрядження", "сімейні обставини"}
	largeSubjects  = []string{
		"Про звернення громадських організацій щодо відкритих даних",
		"Про пропозиції до проєкту міського бюджету",
		"Про результати громадського обговорення",
		"Про звіт робочої групи з питань громадської участі",
		"Про оновлення переліку наборів відкритих даних",
		"Про рекомендації щодо доступності адміністративних послуг",
		"Про співпрацю з міжнародними організаціями",
	}
)

func (l *large) writeMeetings() {
	for k := range largeYears * 12 {
		year, month := largeFirstYear+k/12, 1+k%12
		l.w.writeMeeting(l.rules, l.meeting(year, month))
	}
}

// meeting is the meeting of one month, on its third Thursday.
func (l *large) meeting(year, month int) meeting {
	date := thirdThursday(year, month)
	m := meeting{
		series: fmt.Sprint(year), number: month, date: date, start: "10:00", place: "Зала засідань міської ради",
		status: largeStatus(date), presiding: l.members[month%2].id, secretary: l.members[2].id,
		created: stamp(date, "06:00"), updated: stamp(date, "10:00"),
	}
	plan := l.plans[min((year-largeFirstYear)/3, largePlans-1)]
	if m.status == store.MeetingDraft {
		m.items = l.agenda(plan, month)
		return m
	}
	m.opened, m.closed = stamp(date, "08:00"), stamp(date, "10:00")
	m.approvals = l.approvals(m)
	m.attendance = l.attendance(date)
	m.items = l.agenda(plan, month)
	for i := range m.items {
		l.record(&m, &m.items[i])
	}
	m.items[1].tasks = []task{l.task(date)}
	return m
}

func thirdThursday(year, month int) string {
	d := time.Date(year, time.Month(month), 1, 12, 0, 0, 0, time.UTC)
	d = d.AddDate(0, 0, (int(time.Thursday)-int(d.Weekday())+7)%7+14)
	return d.Format(store.DateLayout)
}

// largeStatus: meetings to come are drafts, the last held is closed, the two before it
// wait for approval, everything older is locked.
func largeStatus(date string) store.MeetingStatus {
	switch {
	case date > largeToday:
		return store.MeetingDraft
	case date >= "2026-11-01":
		return store.MeetingClosed
	case date >= "2026-09-01":
		return store.MeetingMinutesSubmitted
	}
	return store.MeetingMinutesApproved
}

func (l *large) approvals(m meeting) []approval {
	out := []approval{{"agenda", l.members[0].id, stamp(m.date, "06:30")}, {"agenda", l.members[1].id, stamp(m.date, "06:40")}}
	if m.status == store.MeetingMinutesApproved {
		out = append(out, approval{"minutes", l.members[0].id, m.closed}, approval{"minutes", l.members[1].id, m.closed})
	}
	return out
}

// attendance: most members come, some join remotely, about one in ten is away.
func (l *large) attendance(date string) []presence {
	roll := l.roll(date)
	out := make([]presence, len(roll))
	for i, mb := range roll {
		p := presence{member: mb.id, status: store.PresencePresent}
		switch r := l.rng.Float64(); {
		case r < 0.10:
			p.status, p.reason = store.PresenceAbsent, pick(l.rng, absenceReasons)
		case r < 0.15:
			p.status = store.PresenceRemote
		}
		out[i] = p
	}
	return out
}

// agenda is fifteen decision items: previous decisions, commitments of the current plan,
// other subjects, and any other business.
func (l *large) agenda(plan []int64, month int) []item {
	items := make([]item, largeItems)
	for i := range items {
		it := item{kind: store.ItemDecision, reporter: l.members[2].id}
		switch {
		case i == 0:
			it.title = prevChecks
		case i == largeItems-1:
			it.title, it.reporter = anyOther, 0
		case i <= 8:
			c := (month*8 + i) % largeCommits
			it.title, it.commitment = "Про стан виконання зобов'язання «"+topics[c].title+"»", plan[c]
		default:
			it.title = pick(l.rng, largeSubjects)
		}
		items[i] = it
	}
	return items
}

// record fills in what happened on one item: the report, a speech, the decision and the vote.
func (l *large) record(m *meeting, it *item) {
	it.state = store.ItemDone
	it.heard = "Доповідач поінформував про стан справ і внесені пропозиції."
	if it.reporter != 0 {
		it.heard = store.ShortName(l.memberName(it.reporter)) + " – про стан справ і внесені пропозиції."
	}
	speaker := pick(l.rng, m.attendance)
	if speaker.status == store.PresenceAbsent {
		speaker.member = m.presiding
	}
	it.speeches = []speech{said(speaker.member, "Підтримав проєкт рішення, висловив зауваження щодо строків.")}
	it.points = []point{{text: "Інформацію взяти до відома; пропозиції схвалити.", commitment: it.commitment}}
	it.ballots = l.ballots(m.attendance)
}

func (l *large) ballots(roll []presence) []ballot {
	out := make([]ballot, len(roll))
	for i, p := range roll {
		b := ballot{member: p.member, choice: store.VoteAbsent}
		if p.status != store.PresenceAbsent {
			b.choice = l.choice()
		}
		if b.choice == store.VoteRecused {
			b.reason = "конфлікт інтересів"
		}
		out[i] = b
	}
	return out
}

func (l *large) choice() store.VoteChoice {
	switch r := l.rng.Float64(); {
	case r < 0.05:
		return store.VoteAgainst
	case r < 0.09:
		return store.VoteAbstain
	case r < 0.11:
		return store.VoteNotVoted
	case r < 0.12:
		return store.VoteRecused
	}
	return store.VoteFor
}

// task is the meeting's assignment: due in two months, mostly done on time, now and then left open.
func (l *large) task(date string) task {
	deadline := date[:8] + "28"
	if d, err := time.Parse(store.DateLayout, date); err == nil {
		deadline = d.AddDate(0, 2, 0).Format(store.DateLayout)
	}
	t := task{point: 1, text: "Підготувати інформацію про виконання рішення до наступного засідання",
		member: l.members[2+l.rng.IntN(10)].id, deadline: deadline, status: store.AssignmentOpen}
	if deadline < largeToday && l.chance(0.9) {
		t.status, t.doneOn, t.doneNote = store.AssignmentDone, deadline, "Інформацію надано"
	}
	return t
}

// memberName is the full name of the member with id.
func (l *large) memberName(id int64) string {
	for _, m := range l.members {
		if m.id == id {
			return m.name
		}
	}
	return ""
}
