package demo

import (
	"math/rand/v2"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// The large council: 30 years of monthly meetings (1997-01 … 2026-12), 15 decision items
// each with a roll-call vote, 60 members over time, 10 Action Plans of 20 commitments
// with 8 milestones. Meetings after largeToday are drafts.
const (
	largeFirstYear = 1997
	largeYears     = 30
	largeSeats     = 56 // 4 of the seats change hands once: 60 members over time
	largeItems     = 15
	largePlans     = 10
	largeCommits   = 20
	largeMilestone = 8
	largeToday     = "2026-11-27"
)

type large struct {
	w       *writer
	rng     *rand.Rand
	rules   rules
	members []largeMember
	plans   [][]int64 // commitment ids by plan
}

type largeMember struct {
	id       int64
	from, to string
	side     store.Side
	name     string
}

func writeLarge(w *writer) {
	c := smallCouncil()
	l := &large{w: w, rng: rand.New(rand.NewPCG(1997, 2026)), rules: rules{c.DecisionRule, c.TieRule}}
	w.council(c, "1996-12-01T09:00:00Z")
	l.writeMembers()
	l.writePlans()
	l.writeMeetings()
}

// pick returns one of options at random.
func pick[T any](rng *rand.Rand, options []T) T { return options[rng.IntN(len(options))] }

// chance is true with probability p.
func (l *large) chance(p float64) bool { return l.rng.Float64() < p }
