package demo

import "github.com/khmelnytskyi-ogp/rada/store"

// small writes the Khmelnytskyi-like demo council; people, commitments and meetings are
// named by short keys while it is written.
type small struct {
	w           *writer
	rules       rules
	people      []person
	members     map[string]int64 // person key → member id
	commitments map[string]int64 // OGP ID → commitment id
	meetings    map[string]written
}

func writeSmall(w *writer) {
	c := smallCouncil()
	s := &small{w: w, rules: rules{c.DecisionRule, c.TieRule}, people: smallPeople(),
		members: map[string]int64{}, commitments: map[string]int64{}, meetings: map[string]written{}}
	w.council(c, "2021-03-15T09:00:00Z")
	s.writePeople()
	s.writePlans()
	s.writeMeetings()
	s.writeHistories()
}

func smallCouncil() store.Council {
	c := store.DefaultCouncil()
	c.NameEN = "Coordination Council for the Open Government Partnership initiative"
	c.AuthorityUK, c.AuthorityEN = "Хмельницька міська рада", "Khmelnytskyi City Council"
	c.AuthorityCode = "04060772" // fictional ЄДРПОУ code, kept as text
	c.CityUK, c.CityEN = "м. Хмельницький", "Khmelnytskyi"
	return c
}

// id is the member id of a person key; an unknown key is a bug in the data.
func (s *small) id(key string) int64 {
	id, ok := s.members[key]
	if !ok {
		panic("demo: no person " + key)
	}
	return id
}

// commitment is the id of an OGP ID written earlier.
func (s *small) commitment(ogpID string) int64 {
	id, ok := s.commitments[ogpID]
	if !ok {
		panic("demo: no commitment " + ogpID)
	}
	return id
}

// roll is the attendance of everyone whose term covers date: present unless listed.
func (s *small) roll(date string, away map[string]presence) []presence {
	var out []presence
	for _, p := range s.people {
		if p.m.TermFrom > date || (p.m.TermTo != "" && p.m.TermTo < date) {
			continue
		}
		pr, ok := away[p.key]
		if !ok {
			pr.status = store.PresencePresent
		}
		pr.member = s.id(p.key)
		out = append(out, pr)
	}
	return out
}

// ballots is a roll-call vote: "for" from everyone present unless listed, "absent" from the others.
func (s *small) ballots(roll []presence, exceptions map[string]ballot) []ballot {
	byID := make(map[int64]ballot, len(exceptions))
	for key, b := range exceptions {
		byID[s.id(key)] = b
	}
	return ballotsFor(roll, byID)
}

func absent(reason string) presence { return presence{status: store.PresenceAbsent, reason: reason} }

func remote() presence { return presence{status: store.PresenceRemote} }
