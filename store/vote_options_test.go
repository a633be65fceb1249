package store

import (
	"slices"
	"testing"
)

// Each vote option counts into its own tally field, has its own key, column and message
// argument, and the choices the roll call keys are exactly the ones a person may cast.
func TestVoteOptionsAreOneTable(t *testing.T) {
	keys, cols, args := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, o := range VoteOptions {
		var tally Tally
		tally.Add(o.Choice)
		if n := *o.Count(&tally); n != 1 || tally.For+tally.Against+tally.Abstain+tally.NotVoted+tally.Recused+tally.Absent != 1 {
			t.Errorf("%s: adding it counts %+v", o.Choice, tally)
		}
		if tally.Args()[o.Arg] != 1 || !slices.Contains(tally.Values(), any(1)) {
			t.Errorf("%s: its count is not under %q", o.Choice, o.Arg)
		}
		if keys[o.Key] && o.Key != "" || cols[o.Column] || args[o.Arg] {
			t.Errorf("%s: key %q, column %q or argument %q used twice", o.Choice, o.Key, o.Column, o.Arg)
		}
		keys[o.Key], cols[o.Column], args[o.Arg] = true, true, true
		if castable(o.Choice) != (o.Key != "") || (o.Key != "") != (o.Help != "") {
			t.Errorf("%s: castable %t with key %q and help %q", o.Choice, castable(o.Choice), o.Key, o.Help)
		}
	}
	if !slices.Equal(VoteChoices, voteChoices()) || len(VoteChoices) != len(VoteOptions) {
		t.Errorf("VoteChoices %v do not follow VoteOptions", VoteChoices)
	}
	var tally Tally
	tally.Add("")
	if tally.NotVoted != 1 {
		t.Errorf("no choice counts %+v, want not voted", tally)
	}
}
