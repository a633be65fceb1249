package store

import "testing"

func TestRuleValid(t *testing.T) {
	cases := []struct {
		name string
		got  bool
		want bool
	}{
		{"quorum half", QuorumHalf.Valid(), true},
		{"quorum two thirds", QuorumTwoThirds.Valid(), true},
		{"quorum empty", QuorumRule("").Valid(), false},
		{"quorum unknown", QuorumRule("majority").Valid(), false},
		{"decision present", DecisionPresentMajority.Valid(), true},
		{"decision membership", DecisionMembershipMajority.Valid(), true},
		{"decision two thirds", DecisionPresentTwoThirds.Valid(), true},
		{"decision unknown", DecisionRule("half").Valid(), false},
		{"tie presiding", TiePresidingDecides.Valid(), true},
		{"tie fails", TieFails.Valid(), true},
		{"tie unknown", TieRule("coin").Valid(), false},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: Valid() = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestRuleStoredStrings(t *testing.T) {
	cases := map[string]string{
		string(QuorumHalf):                 "half",
		string(QuorumTwoThirds):            "two_thirds",
		string(DecisionPresentMajority):    "present_majority",
		string(DecisionMembershipMajority): "membership_majority",
		string(DecisionPresentTwoThirds):   "present_two_thirds",
		string(TiePresidingDecides):        "presiding",
		string(TieFails):                   "fails",
	}
	for got, want := range cases {
		if got != want {
			t.Errorf("stored string %q, want %q", got, want)
		}
	}
}

func TestRuleThresholds(t *testing.T) {
	cases := []struct{ n, half, twoThirds int }{
		{0, 1, 0},
		{1, 1, 1},
		{2, 2, 2},
		{3, 2, 2},
		{8, 5, 6},
		{9, 5, 6},
		{10, 6, 7},
		{12, 7, 8},
		{14, 8, 10},
		{15, 8, 10},
	}
	for _, c := range cases {
		if got := MoreThanHalf(c.n); got != c.half {
			t.Errorf("MoreThanHalf(%d) = %d, want %d", c.n, got, c.half)
		}
		if got := TwoThirds(c.n); got != c.twoThirds {
			t.Errorf("TwoThirds(%d) = %d, want %d", c.n, got, c.twoThirds)
		}
	}
}

func TestQuorum(t *testing.T) {
	cases := []struct {
		name string
		in   QuorumInput
		want QuorumResult
	}{
		{"half of 9, 5 present", QuorumInput{Rule: QuorumHalf, Membership: 9, Present: 5},
			QuorumResult{Needed: 5, Got: 5, Membership: 9, Quorate: true}},
		{"half of 9, 4 present", QuorumInput{Rule: QuorumHalf, Membership: 9, Present: 4},
			QuorumResult{Needed: 5, Got: 4, Membership: 9}},
		{"half of 10 is strict, 5 present", QuorumInput{Rule: QuorumHalf, Membership: 10, Present: 5},
			QuorumResult{Needed: 6, Got: 5, Membership: 10}},
		{"half of 10, 6 present", QuorumInput{Rule: QuorumHalf, Membership: 10, Present: 6},
			QuorumResult{Needed: 6, Got: 6, Membership: 10, Quorate: true}},
		{"half of 14, 7 present", QuorumInput{Rule: QuorumHalf, Membership: 14, Present: 7},
			QuorumResult{Needed: 8, Got: 7, Membership: 14}},
		{"half of 15, 8 present", QuorumInput{Rule: QuorumHalf, Membership: 15, Present: 8},
			QuorumResult{Needed: 8, Got: 8, Membership: 15, Quorate: true}},
		{"two thirds of 9 is inclusive, 6 present", QuorumInput{Rule: QuorumTwoThirds, Membership: 9, Present: 6},
			QuorumResult{Needed: 6, Got: 6, Membership: 9, Quorate: true}},
		{"two thirds of 9, 5 present", QuorumInput{Rule: QuorumTwoThirds, Membership: 9, Present: 5},
			QuorumResult{Needed: 6, Got: 5, Membership: 9}},
		{"two thirds of 10, 6 present", QuorumInput{Rule: QuorumTwoThirds, Membership: 10, Present: 6},
			QuorumResult{Needed: 7, Got: 6, Membership: 10}},
		{"two thirds of 15, 10 present", QuorumInput{Rule: QuorumTwoThirds, Membership: 15, Present: 10},
			QuorumResult{Needed: 10, Got: 10, Membership: 15, Quorate: true}},
		{"civil required and present", QuorumInput{Rule: QuorumHalf, NeedCivil: true, Membership: 14, Present: 9, CivilPresent: 2},
			QuorumResult{Needed: 8, Got: 9, Membership: 14, Quorate: true}},
		{"civil required and missing", QuorumInput{Rule: QuorumHalf, NeedCivil: true, Membership: 14, Present: 9},
			QuorumResult{Needed: 8, Got: 9, Membership: 14, CivilMissing: true}},
		{"civil not required", QuorumInput{Rule: QuorumHalf, Membership: 14, Present: 9},
			QuorumResult{Needed: 8, Got: 9, Membership: 14, Quorate: true}},
		{"zero present", QuorumInput{Rule: QuorumHalf, Membership: 14},
			QuorumResult{Needed: 8, Got: 0, Membership: 14}},
		{"empty council, two thirds", QuorumInput{Rule: QuorumTwoThirds},
			QuorumResult{Needed: 1}},
		{"unknown rule falls back to half", QuorumInput{Rule: "", Membership: 10, Present: 6},
			QuorumResult{Needed: 6, Got: 6, Membership: 10, Quorate: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Quorum(c.in); got != c.want {
				t.Errorf("Quorum(%+v) = %+v, want %+v", c.in, got, c.want)
			}
		})
	}
}

func ptr(b bool) *bool { return &b }

func TestDecide(t *testing.T) {
	yes, no := ptr(true), ptr(false)
	cases := []struct {
		name string
		in   DecisionInput
		want Outcome
	}{
		// present majority
		{"present 9, 5 for", DecisionInput{Rule: DecisionPresentMajority, Membership: 14, Present: 9,
			Tally: Tally{For: 5, Against: 3, Abstain: 1}},
			Outcome{Base: 9, Needed: 5, Got: 5, Adopted: true}},
		{"present 9, 4 for", DecisionInput{Rule: DecisionPresentMajority, Membership: 14, Present: 9,
			Tally: Tally{For: 4, Against: 2, Abstain: 3}},
			Outcome{Base: 9, Needed: 5, Got: 4}},
		{"present 10, 5 for is not enough", DecisionInput{Rule: DecisionPresentMajority, Membership: 15, Present: 10,
			Tally: Tally{For: 5, Against: 3, Abstain: 2}},
			Outcome{Base: 10, Needed: 6, Got: 5}},
		{"present 10, 2 recused", DecisionInput{Rule: DecisionPresentMajority, Membership: 14, Present: 10,
			Tally: Tally{For: 5, Against: 2, Abstain: 1, Recused: 2}},
			Outcome{Base: 8, Needed: 5, Got: 5, Adopted: true}},
		{"abstentions count against", DecisionInput{Rule: DecisionPresentMajority, Membership: 14, Present: 10,
			Tally: Tally{For: 4, Against: 1, Abstain: 5}},
			Outcome{Base: 10, Needed: 6, Got: 4}},
		// membership majority
		{"membership 14, 8 for", DecisionInput{Rule: DecisionMembershipMajority, Membership: 14, Present: 9,
			Tally: Tally{For: 8, Against: 1, Absent: 5}},
			Outcome{Base: 14, Needed: 8, Got: 8, Adopted: true}},
		{"membership 14, 7 for of 9 present", DecisionInput{Rule: DecisionMembershipMajority, Membership: 14, Present: 9,
			Tally: Tally{For: 7, Against: 2, Absent: 5}},
			Outcome{Base: 14, Needed: 8, Got: 7}},
		{"membership 15, 1 recused", DecisionInput{Rule: DecisionMembershipMajority, Membership: 15, Present: 12,
			Tally: Tally{For: 8, Against: 3, Recused: 1, Absent: 3}},
			Outcome{Base: 14, Needed: 8, Got: 8, Adopted: true}},
		// two thirds of present
		{"two thirds of 9, 6 for", DecisionInput{Rule: DecisionPresentTwoThirds, Membership: 14, Present: 9,
			Tally: Tally{For: 6, Against: 3}},
			Outcome{Base: 9, Needed: 6, Got: 6, Adopted: true}},
		{"two thirds of 10, 6 for", DecisionInput{Rule: DecisionPresentTwoThirds, Membership: 14, Present: 10,
			Tally: Tally{For: 6, Against: 4}},
			Outcome{Base: 10, Needed: 7, Got: 6}},
		{"two thirds, even split is no tie", DecisionInput{Rule: DecisionPresentTwoThirds, Tie: TiePresidingDecides,
			Membership: 14, Present: 10, Tally: Tally{For: 5, Against: 5}, PresidingFor: yes},
			Outcome{Base: 10, Needed: 7, Got: 5}},
		// ties
		{"tie, presiding for", DecisionInput{Rule: DecisionPresentMajority, Tie: TiePresidingDecides,
			Membership: 14, Present: 10, Tally: Tally{For: 5, Against: 5}, PresidingFor: yes},
			Outcome{Base: 10, Needed: 6, Got: 5, Adopted: true, Tie: true, TieBroken: true}},
		{"tie, presiding against", DecisionInput{Rule: DecisionPresentMajority, Tie: TiePresidingDecides,
			Membership: 14, Present: 10, Tally: Tally{For: 5, Against: 5}, PresidingFor: no},
			Outcome{Base: 10, Needed: 6, Got: 5, Tie: true, TieBroken: true}},
		{"tie, presiding did not vote", DecisionInput{Rule: DecisionPresentMajority, Tie: TiePresidingDecides,
			Membership: 14, Present: 10, Tally: Tally{For: 5, Against: 5}},
			Outcome{Base: 10, Needed: 6, Got: 5, Tie: true}},
		{"tie fails, presiding for", DecisionInput{Rule: DecisionPresentMajority, Tie: TieFails,
			Membership: 14, Present: 10, Tally: Tally{For: 5, Against: 5}, PresidingFor: yes},
			Outcome{Base: 10, Needed: 6, Got: 5, Tie: true}},
		{"tie fails, presiding against", DecisionInput{Rule: DecisionPresentMajority, Tie: TieFails,
			Membership: 14, Present: 10, Tally: Tally{For: 5, Against: 5}, PresidingFor: no},
			Outcome{Base: 10, Needed: 6, Got: 5, Tie: true}},
		{"tie after recusals", DecisionInput{Rule: DecisionPresentMajority, Tie: TiePresidingDecides,
			Membership: 14, Present: 10, Tally: Tally{For: 4, Against: 4, Recused: 2}, PresidingFor: yes},
			Outcome{Base: 8, Needed: 5, Got: 4, Adopted: true, Tie: true, TieBroken: true}},
		{"membership tie", DecisionInput{Rule: DecisionMembershipMajority, Tie: TiePresidingDecides,
			Membership: 14, Present: 14, Tally: Tally{For: 7, Against: 7}, PresidingFor: yes},
			Outcome{Base: 14, Needed: 8, Got: 7, Adopted: true, Tie: true, TieBroken: true}},
		{"membership, even split of those present is no tie", DecisionInput{Rule: DecisionMembershipMajority,
			Tie: TiePresidingDecides, Membership: 14, Present: 10, Tally: Tally{For: 5, Against: 5, Absent: 4}, PresidingFor: yes},
			Outcome{Base: 14, Needed: 8, Got: 5}},
		{"even split with abstention is no tie", DecisionInput{Rule: DecisionPresentMajority, Tie: TiePresidingDecides,
			Membership: 14, Present: 9, Tally: Tally{For: 4, Against: 4, Abstain: 1}, PresidingFor: yes},
			Outcome{Base: 9, Needed: 5, Got: 4}},
		{"unknown tie rule falls back to presiding", DecisionInput{Rule: DecisionPresentMajority,
			Membership: 14, Present: 10, Tally: Tally{For: 5, Against: 5}, PresidingFor: yes},
			Outcome{Base: 10, Needed: 6, Got: 5, Adopted: true, Tie: true, TieBroken: true}},
		// unanimity
		{"unanimous", DecisionInput{Rule: DecisionPresentMajority, Membership: 14, Present: 9,
			Tally: Tally{For: 9, Absent: 5}},
			Outcome{Base: 9, Needed: 5, Got: 9, Adopted: true, Unanimous: true}},
		{"unanimous apart from recused", DecisionInput{Rule: DecisionPresentMajority, Membership: 14, Present: 10,
			Tally: Tally{For: 8, Recused: 2}},
			Outcome{Base: 8, Needed: 5, Got: 8, Adopted: true, Unanimous: true}},
		{"one abstention is not unanimous", DecisionInput{Rule: DecisionPresentMajority, Membership: 14, Present: 9,
			Tally: Tally{For: 8, Abstain: 1}},
			Outcome{Base: 9, Needed: 5, Got: 8, Adopted: true}},
		{"one not voting is not unanimous", DecisionInput{Rule: DecisionPresentTwoThirds, Membership: 14, Present: 9,
			Tally: Tally{For: 8, NotVoted: 1}},
			Outcome{Base: 9, Needed: 6, Got: 8, Adopted: true}},
		{"unanimous under membership rule", DecisionInput{Rule: DecisionMembershipMajority, Membership: 14, Present: 10,
			Tally: Tally{For: 10, Absent: 4}},
			Outcome{Base: 14, Needed: 8, Got: 10, Adopted: true, Unanimous: true}},
		{"all present for but not enough", DecisionInput{Rule: DecisionMembershipMajority, Membership: 14, Present: 5,
			Tally: Tally{For: 5, Absent: 9}},
			Outcome{Base: 14, Needed: 8, Got: 5}},
		// nobody there
		{"zero present", DecisionInput{Rule: DecisionPresentMajority, Tie: TiePresidingDecides, Membership: 14},
			Outcome{Base: 0, Needed: 1}},
		{"zero present, two thirds", DecisionInput{Rule: DecisionPresentTwoThirds, Membership: 14},
			Outcome{Base: 0, Needed: 1}},
		{"everyone recused", DecisionInput{Rule: DecisionPresentMajority, Membership: 14, Present: 3,
			Tally: Tally{Recused: 3}},
			Outcome{Base: 0, Needed: 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Decide(c.in); got != c.want {
				t.Errorf("Decide(%+v) = %+v, want %+v", c.in, got, c.want)
			}
		})
	}
}

func TestRuleTallyCast(t *testing.T) {
	tl := Tally{For: 5, Against: 2, Abstain: 1, NotVoted: 1, Recused: 2, Absent: 3}
	if got := tl.Cast(); got != 8 {
		t.Errorf("Cast() = %d, want 8", got)
	}
}
