package export

import "github.com/khmelnytskyi-ogp/rada/store"

// sampleRecord is a small meeting built by hand: 5 members, 3 present (one remote), a guest,
// an item linked to a commitment with a speech, two points, an assignment, a vote and the
// commitment's status change, an item deferred to meeting № 4, and "Різне"; the meeting also
// changed another commitment's completion that no item is linked to.
// evil is put into every typed field to show that it stays text.
func sampleRecord(evil string) store.Record {
	council := store.DefaultCouncil()
	council.AuthorityUK, council.AuthorityEN = "Хмельницька міська рада", "Khmelnytskyi City Council"
	council.CityUK, council.CityEN = "м. Хмельницький", "Khmelnytskyi"
	council.AuthorityCode = "04060772"
	chair := store.Person{MemberID: 1, FullName: "Петренко Олена Іванівна", Position: "заступниця міського голови" + evil, Role: store.RoleCoChair, Side: store.SideGovernment}
	civ := store.Person{MemberID: 2, FullName: "Бондар Тарас Миколайович", Position: "голова правління", Organisation: "ГО «Відкрите місто»", Role: store.RoleCoChair, Side: store.SideCivil}
	sec := store.Person{MemberID: 3, FullName: "Ткачук Ірина Олегівна", Position: "головна спеціалістка", Role: store.RoleSecretary, Side: store.SideGovernment}
	m1 := store.Person{MemberID: 4, FullName: "Антоненко Юрій Петрович" + evil, Role: store.RoleMember, Side: store.SideCivil}
	m2 := store.Person{MemberID: 5, FullName: "Яковенко Марія Василівна", Role: store.RoleMember, Side: store.SideGovernment}
	item := store.ItemRecord{
		AgendaItem: store.AgendaItem{ID: 10, Position: 1, Title: "Про стан виконання Плану дій" + evil, Kind: store.ItemDecision, Heard: "Петренко О.І. – заступницю міського голови, яка поінформувала про виконання" + evil, State: store.ItemDone},
		Reporter:   store.Speaker{MemberID: 1, FullName: chair.FullName, Position: "заступниця міського голови"},
		Commitment: store.CommitmentRef{ID: 7, OGPID: "UAKLY0003", Title: "Бюджет участі"},
		Speeches:   []store.SpeechRecord{{Speech: store.Speech{ID: 1, Summary: "Підтримую" + evil}, Speaker: store.Speaker{MemberID: 4, FullName: m1.FullName}}},
		Points: []store.DecisionPoint{
			{ID: 21, Position: 1, Text: "Інформацію взяти до відома"},
			{ID: 22, Position: 2, Text: "Підготувати звіт" + evil},
		},
		Votes: []store.VoteRecord{
			{Vote: store.Vote{MemberID: 2, Choice: store.VoteFor}, Person: civ},
			{Vote: store.Vote{MemberID: 1, Choice: store.VoteFor}, Person: chair},
			{Vote: store.Vote{MemberID: 3, Choice: store.VoteAbstain}, Person: sec},
		},
		Result: &store.VoteResult{Membership: 5, Present: 3, Tally: store.Tally{For: 2, Abstain: 1, Absent: 2},
			Outcome: store.Outcome{Base: 3, Needed: 2, Got: 2, Adopted: true}},
		Assignments: []store.AssignmentRecord{{Assignment: store.Assignment{ID: 31, PointID: 22, Text: "Підготувати звіт" + evil, ResponsibleMemberID: 5, Deadline: "2026-04-30"}, Responsible: m2, PointPosition: 2}},
		StatusChanges: []store.StatusChangeRecord{{StatusChange: store.StatusChange{ID: 41, CommitmentID: 7, Scale: store.ScaleImplementation,
			From: string(store.ImplNotStarted), To: string(store.ImplInProgress), MeetingID: 1, PointID: 21}, OGPID: "UAKLY0003"}},
	}
	deferred := store.ItemRecord{AgendaItem: store.AgendaItem{ID: 12, Position: 2, Title: "Про бюджет участі на 2027 рік", State: store.ItemDeferred, DeferredTo: 2},
		DeferredTo: store.MeetingRef{ID: 2, Number: 4, Date: "2026-04-16"}}
	other := store.ItemRecord{AgendaItem: store.AgendaItem{ID: 11, Position: 3, Title: "Різне", State: store.ItemDone, Heard: "Оголошення"}}
	return store.Record{
		Council:    council,
		Meeting:    store.Meeting{ID: 1, Series: "2026", Number: 3, Date: "2026-03-12", StartTime: "10:00", Place: "Мала зала міської ради" + evil, Status: store.MeetingClosed},
		Presiding:  chair,
		Secretary:  sec,
		Membership: 5,
		Recorded:   true,
		Present:    []store.Attendee{{Person: civ, Status: store.PresenceRemote}, {Person: chair, Status: store.PresencePresent}, {Person: sec, Status: store.PresencePresent}},
		Absent:     []store.Attendee{{Person: m1, Status: store.PresenceAbsent, Reason: "відрядження" + evil}, {Person: m2}},
		Quorum:     store.QuorumResult{Needed: 3, Got: 3, Membership: 5, Quorate: true},
		Guests:     []store.Guest{{ID: 1, FullName: "Гнатюк Петро" + evil, Role: "експерт", Organisation: "ГО «Світло»"}},
		Items:      []store.ItemRecord{item, deferred, other},
		StatusChanges: []store.StatusChangeRecord{{StatusChange: store.StatusChange{ID: 42, CommitmentID: 8, Scale: store.ScaleCompletion,
			From: string(store.CompletionLimited), To: string(store.CompletionSubstantial), MeetingID: 1}, OGPID: "UAKLY0005"}},
		Signers: []store.Signer{{Kind: store.SignCoChair, Person: chair}, {Kind: store.SignSecretary, Person: sec}},
	}
}
