package store

// QuorumRule says how many approved members must be present; stored as-is in SQLite.
type QuorumRule string

// Quorum rules.
const (
	QuorumHalf      QuorumRule = "half"       // more than half of the approved membership (strict: of 9 → 5, of 10 → 6)
	QuorumTwoThirds QuorumRule = "two_thirds" // at least two thirds (inclusive: of 9 → 6, of 10 → 7)
)

// DecisionRule says how many votes "for" adopt a motion; stored as-is in SQLite.
type DecisionRule string

// Decision rules.
const (
	DecisionPresentMajority    DecisionRule = "present_majority"    // more than half of members present (minus recused)
	DecisionMembershipMajority DecisionRule = "membership_majority" // more than half of the whole membership (minus recused)
	DecisionPresentTwoThirds   DecisionRule = "present_two_thirds"  // at least two thirds of those present (minus recused)
)

// TieRule says what an even split means; stored as-is in SQLite.
type TieRule string

// Tie rules.
const (
	TiePresidingDecides TieRule = "presiding" // the presiding officer's vote decides
	TieFails            TieRule = "fails"     // the motion fails
)

// Valid reports whether r is a known quorum rule.
func (r QuorumRule) Valid() bool { return r == QuorumHalf || r == QuorumTwoThirds }

// Valid reports whether r is a known decision rule.
func (r DecisionRule) Valid() bool {
	return r == DecisionPresentMajority || r == DecisionMembershipMajority || r == DecisionPresentTwoThirds
}

// Valid reports whether r is a known tie rule.
func (r TieRule) Valid() bool { return r == TiePresidingDecides || r == TieFails }

// MoreThanHalf returns the smallest count strictly greater than n/2 (9→5, 10→6, 0→1).
func MoreThanHalf(n int) int { return n/2 + 1 }

// TwoThirds returns the smallest count at least 2n/3 (9→6, 10→7, 3→2, 0→0).
func TwoThirds(n int) int { return (2*n + 2) / 3 }

// QuorumInput is the attendance a quorum is judged on.
type QuorumInput struct {
	Rule         QuorumRule
	NeedCivil    bool // council also requires at least one civil-society member present
	Membership   int  // approved (active) membership
	Present      int  // present in the room or remotely
	CivilPresent int  // of those present, civil-society members
}

// QuorumResult is a quorum verdict with the numbers behind it.
type QuorumResult struct {
	Needed, Got, Membership int
	Quorate                 bool
	CivilMissing            bool // NeedCivil and nobody from civil society present
}

// Quorum judges attendance; an unknown rule counts as QuorumHalf and at least one member is always needed.
func Quorum(in QuorumInput) QuorumResult {
	needed := MoreThanHalf(in.Membership)
	if in.Rule == QuorumTwoThirds {
		needed = max(TwoThirds(in.Membership), 1)
	}
	civilMissing := in.NeedCivil && in.CivilPresent <= 0
	return QuorumResult{
		Needed:       needed,
		Got:          in.Present,
		Membership:   in.Membership,
		Quorate:      in.Present >= needed && !civilMissing,
		CivilMissing: civilMissing,
	}
}

// Tally counts the votes on one motion.
type Tally struct{ For, Against, Abstain, NotVoted, Recused, Absent int }

// Cast returns the votes actually cast: For+Against+Abstain.
func (t Tally) Cast() int { return t.For + t.Against + t.Abstain }

// DecisionInput is everything a decision is judged on.
type DecisionInput struct {
	Rule         DecisionRule
	Tie          TieRule
	Membership   int // approved membership
	Present      int // present at the vote (snapshot)
	Tally        Tally
	PresidingFor *bool // how the presiding officer voted: nil if they did not vote for/against (abstained, recused, absent, none)
}

// Outcome is a decision with the numbers behind it.
type Outcome struct {
	Base      int // the number the rule counts from, after recused members leave it
	Needed    int
	Got       int // votes "for"
	Adopted   bool
	Tie       bool // an even split: For == Against and For+Against == Base, under a majority rule (never under two thirds)
	TieBroken bool // the tie was settled by the presiding officer's vote
	Unanimous bool // everyone present (minus recused, >0) voted for, nobody against, abstained or not voting
}

// Decide applies the rules to a tally; unknown rules fall back to the defaults
// (DecisionPresentMajority, TiePresidingDecides).
func Decide(in DecisionInput) Outcome {
	t := in.Tally
	present := max(in.Present-t.Recused, 0)
	o := Outcome{Base: present, Got: t.For}
	if in.Rule == DecisionMembershipMajority {
		o.Base = max(in.Membership-t.Recused, 0)
	}
	o.Needed = MoreThanHalf(o.Base)
	if in.Rule == DecisionPresentTwoThirds {
		o.Needed = max(TwoThirds(o.Base), 1)
	}
	o.Tie = in.Rule != DecisionPresentTwoThirds && o.Base > 0 &&
		t.For == t.Against && t.For+t.Against == o.Base
	switch {
	case o.Base == 0:
	case o.Tie && in.Tie != TieFails:
		o.TieBroken = in.PresidingFor != nil
		o.Adopted = o.TieBroken && *in.PresidingFor
	case o.Tie:
	default:
		o.Adopted = t.For >= o.Needed
	}
	o.Unanimous = o.Adopted && present > 0 && t.For == present &&
		t.Against == 0 && t.Abstain == 0 && t.NotVoted == 0
	return o
}

func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}
