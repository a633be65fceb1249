package demo

import (
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// vote writes the ballots of one roll-call vote and its result under the council's rules.
func (w *writer) vote(r rules, m meeting, item int64, ballots []ballot) {
	for _, b := range ballots {
		w.exec("INSERT INTO vote (item_id, member_id, choice, reason) VALUES (?, ?, ?, ?)",
			item, b.member, string(b.choice), b.reason)
	}
	in := decisionInput(r, m, ballots)
	o := store.Decide(in)
	t := in.Tally
	values := append([]any{item, string(r.decision), string(r.tie), in.Membership, in.Present, o.Base, o.Needed},
		t.Values()...)
	values = append(values, boolInt(o.Adopted), boolInt(o.TieBroken), boolInt(o.Unanimous), m.opened)
	w.exec(`INSERT INTO vote_result (item_id, decision_rule, tie_rule, membership, present, base, needed, `+
		store.TallyColumns+`, adopted, tie_broken, unanimous, recorded_at) VALUES (`+
		strings.TrimSuffix(strings.Repeat("?, ", len(values)), ", ")+`)`, values...)
}

// decisionInput counts the ballots against the meeting's attendance.
func decisionInput(r rules, m meeting, ballots []ballot) store.DecisionInput {
	in := store.DecisionInput{Rule: r.decision, Tie: r.tie, Membership: len(m.attendance)}
	for _, p := range m.attendance {
		if p.status != store.PresenceAbsent {
			in.Present++
		}
	}
	for _, b := range ballots {
		in.Tally.Add(b.choice)
		if b.member == m.presiding && (b.choice == store.VoteFor || b.choice == store.VoteAgainst) {
			yes := b.choice == store.VoteFor
			in.PresidingFor = &yes
		}
	}
	return in
}

// ballotsFor gives every member on the roll the choice in exceptions, else "for" when
// present and "absent" when away. Reasons go with recusals.
func ballotsFor(roll []presence, exceptions map[int64]ballot) []ballot {
	out := make([]ballot, 0, len(roll))
	for _, p := range roll {
		if b, ok := exceptions[p.member]; ok {
			b.member = p.member
			out = append(out, b)
			continue
		}
		choice := store.VoteFor
		if p.status == store.PresenceAbsent {
			choice = store.VoteAbsent
		}
		out = append(out, ballot{member: p.member, choice: choice})
	}
	return out
}
