package demo

import "github.com/khmelnytskyi-ogp/rada/store"

// smallPlan is an Action Plan with its commitments.
type smallPlan struct {
	plan
	commitments []smallCommitment
}

type smallCommitment struct {
	commitment
	milestones []milestone
	history    []event
}

// event is a status change; at names the decision point that made it, if any:
// a meeting key with 1-based item and point numbers.
type event struct {
	change
	at         string
	item, pnum int
}

const (
	secretary = "Мельник О. В."
	council   = "Координаційна рада"
)

func impl(from, to store.ImplStatus, on, by, note string) event {
	return event{change: change{scale: "implementation", from: string(from), to: string(to), on: on, by: by, note: note}}
}

func grade(from, to store.Completion, on, by, note string) event {
	return event{change: change{scale: "completion", from: string(from), to: string(to), on: on, by: by, note: note}}
}

// evidenced dates the report that justified an event.
func (e event) evidenced(on string) event {
	e.evidence = on
	return e
}

// decided links an event to the decision point that made it.
func (e event) decided(meeting string, item, pnum int) event {
	e.at, e.item, e.pnum = meeting, item, pnum
	return e
}

func (s *small) writePlans() {
	for _, p := range []smallPlan{firstPlan(), secondPlan()} {
		id := s.w.plan(p.plan)
		for i, c := range p.commitments {
			cid := s.w.commitment(id, i+1, c.commitment)
			s.commitments[c.ogpID] = cid
			for j, m := range c.milestones {
				s.w.milestone(cid, j+1, m)
			}
		}
	}
}

// writeHistories writes every commitment's status changes once the meetings that
// decided some of them exist.
func (s *small) writeHistories() {
	for _, p := range []smallPlan{firstPlan(), secondPlan()} {
		for _, c := range p.commitments {
			for _, e := range c.history {
				ch := e.change
				if e.at != "" {
					m := s.meetings[e.at]
					ch.meeting, ch.point = m.id, m.points[e.item-1][e.pnum-1]
				}
				s.w.statusChange(s.commitment(c.ogpID), ch)
			}
		}
	}
}

// started and finished are the usual first and last events of a commitment.
func started(on string) event {
	return impl(store.ImplNotStarted, store.ImplInProgress, on, secretary, "Розпочато виконання відповідно до Плану дій")
}

func finished(to store.ImplStatus, on, note string) event {
	return impl(store.ImplInProgress, to, on, secretary, note)
}
