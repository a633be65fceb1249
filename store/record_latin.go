package store

import "strings"

// LatinNames is the record with every person's name in Latin letters (Latin), for the English
// edition of its documents; positions, organisations, places and everything else typed stay as
// typed, since a transliterated position reads worse than the Ukrainian one. r is not changed.
func (r Record) LatinNames() Record {
	r.Presiding.FullName = Latin(r.Presiding.FullName)
	r.Secretary.FullName = Latin(r.Secretary.FullName)
	r.Present = latinEach(r.Present, func(a *Attendee) { a.FullName = Latin(a.FullName) })
	r.Absent = latinEach(r.Absent, func(a *Attendee) { a.FullName = Latin(a.FullName) })
	r.Guests = latinEach(r.Guests, func(g *Guest) { g.FullName = Latin(g.FullName) })
	r.Approvals = latinEach(r.Approvals, func(a *Approval) { a.MemberName = Latin(a.MemberName) })
	r.Signers = latinEach(r.Signers, func(s *Signer) { s.FullName = Latin(s.FullName) })
	r.Items = latinEach(r.Items, func(it *ItemRecord) {
		it.Heard = latinReporter(it.Heard, it.Reporter.FullName)
		it.Reporter.FullName = Latin(it.Reporter.FullName)
		it.Speeches = latinEach(it.Speeches, func(s *SpeechRecord) { s.Speaker.FullName = Latin(s.Speaker.FullName) })
		it.Votes = latinEach(it.Votes, func(v *VoteRecord) { v.Person.FullName = Latin(v.Person.FullName) })
		it.Assignments = latinEach(it.Assignments, func(a *AssignmentRecord) {
			a.Responsible.FullName = Latin(a.Responsible.FullName)
		})
	})
	return r
}

// latinReporter writes the reporter's name that opens a СЛУХАЛИ text, as protocols start it
// («Мельник О.В. – …»), in Latin letters; the rest stays as typed.
func latinReporter(heard, reporter string) string {
	short := ShortName(reporter)
	if reporter == "" || !strings.HasPrefix(heard, short) {
		return heard
	}
	return ShortName(Latin(reporter)) + heard[len(short):]
}

// latinEach is a copy of xs with fix applied to each element; xs itself is left alone.
func latinEach[T any](xs []T, fix func(*T)) []T {
	if xs == nil {
		return nil
	}
	out := append([]T(nil), xs...)
	for i := range out {
		fix(&out[i])
	}
	return out
}
