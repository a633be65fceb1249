package common

import (
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// QuorumText explains a quorum verdict with its numbers: "9 of 14 present — quorate".
func QuorumText(t *i18n.Catalog, q store.QuorumResult) string {
	s := t.T("rules.present", map[string]any{"Got": q.Got, "Membership": q.Membership})
	if q.Quorate {
		return s + t.T("rules.quorate")
	}
	s += t.T("rules.no_quorum")
	if q.Got < q.Needed {
		s += t.T("rules.needed", map[string]any{"Needed": q.Needed})
		if q.CivilMissing {
			s += "; "
		}
	}
	if q.CivilMissing {
		s += t.T("rules.no_civil")
	}
	return s
}

// OutcomeText explains a vote's outcome under the council's rule: "needed 7 of 13, for — 12:
// adopted".
func OutcomeText(t *i18n.Catalog, o store.Outcome) string {
	s := t.T("rules.outcome", map[string]any{"Needed": o.Needed, "Base": o.Base, "Got": o.Got})
	switch {
	case o.TieBroken && o.Adopted:
		s += t.T("rules.tie_broken_for")
	case o.TieBroken:
		s += t.T("rules.tie_broken_against")
	case o.Tie:
		s += t.T("rules.tie")
	}
	if o.Adopted {
		s += t.T("rules.adopted")
	} else {
		s += t.T("rules.not_adopted")
	}
	if o.Unanimous {
		s += t.T("rules.unanimous")
	}
	return s
}
