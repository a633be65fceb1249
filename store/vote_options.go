package store

import "strings"

// VoteOption is one vote choice as every part of Rada reads it: the roll call's key and
// the catalog id of its help, whether the key asks a reason first, and the choice's column
// in a Tally — its field, its name in the catalogs' tally messages and in vote_result. The
// choice's own label is its MsgID. A new vote option is one row here, its words in the
// catalogs and a vote_result column.
type VoteOption struct {
	Choice VoteChoice
	Key    string            // the roll call's key; "" when no key casts it
	Help   string            // catalog id of the key's help
	Reason bool              // the key asks why before the vote is cast
	Arg    string            // the count's name in the catalogs' tally messages ({{.For}})
	Column string            // the count's column in vote_result
	Count  func(*Tally) *int // the count's field in a Tally
}

// VoteOptions are the vote choices in the order the roll call's keys and every list show them.
var VoteOptions = []VoteOption{
	{VoteFor, "f", "live.key.for", false, "For", "votes_for", func(t *Tally) *int { return &t.For }},
	{VoteAgainst, "a", "live.key.against", false, "Against", "votes_against", func(t *Tally) *int { return &t.Against }},
	{VoteAbstain, "s", "live.key.abstain", false, "Abstain", "votes_abstain", func(t *Tally) *int { return &t.Abstain }},
	{VoteNotVoted, "n", "live.key.not_voted", false, "NotVoted", "not_voted", func(t *Tally) *int { return &t.NotVoted }},
	{VoteRecused, "r", "live.key.recused", true, "Recused", "recused", func(t *Tally) *int { return &t.Recused }},
	{VoteAbsent, "", "", false, "Absent", "absent", func(t *Tally) *int { return &t.Absent }},
}

func voteChoices() []VoteChoice {
	out := make([]VoteChoice, len(VoteOptions))
	for i, o := range VoteOptions {
		out[i] = o.Choice
	}
	return out
}

// TallyColumns are vote_result's count columns, in VoteOptions' order.
var TallyColumns = tallyColumns()

func tallyColumns() string {
	cols := make([]string, len(VoteOptions))
	for i, o := range VoteOptions {
		cols[i] = o.Column
	}
	return strings.Join(cols, ", ")
}

// Add counts one choice; anything else counts as not voting.
func (t *Tally) Add(c VoteChoice) {
	for _, o := range VoteOptions {
		if o.Choice == c {
			*o.Count(t)++
			return
		}
	}
	t.NotVoted++
}

// Fields are the tally's counts in VoteOptions' order, to scan into or write.
func (t *Tally) Fields() []any {
	out := make([]any, len(VoteOptions))
	for i, o := range VoteOptions {
		out[i] = o.Count(t)
	}
	return out
}

// Values are the tally's counts in VoteOptions' order.
func (t Tally) Values() []any {
	out := make([]any, len(VoteOptions))
	for i, o := range VoteOptions {
		out[i] = *o.Count(&t)
	}
	return out
}

// Args are the tally's counts by name, for the catalogs' tally messages.
func (t Tally) Args() map[string]any {
	out := make(map[string]any, len(VoteOptions))
	for _, o := range VoteOptions {
		out[o.Arg] = *o.Count(&t)
	}
	return out
}
