package store

import (
	"context"
	"database/sql"
	"errors"
	"sort"
)

// Record is one meeting gathered whole — header, attendance, agenda and everything said,
// decided and voted — the single read model every document and the minutes screen render.
type Record struct {
	Council    Council
	Meeting    Meeting
	Presiding  Person // zero when not chosen yet
	Secretary  Person
	Membership int        // approved members on the meeting's date
	Recorded   bool       // attendance has been taken
	Present    []Attendee // present in the room or remotely, by name
	Absent     []Attendee // absent (with reason) or not marked, by name
	Quorum     QuorumResult
	Guests     []Guest
	Items      []ItemRecord
	Approvals  []Approval
	Signers    []Signer
	// StatusChanges are the commitments' status changes this meeting decided that no item
	// holds (neither by a decision point nor by a link to the commitment).
	StatusChanges []StatusChangeRecord
	Print         Print // how the minutes are written: the one place documents read it
}

// Person is a member as a record names them.
type Person struct {
	MemberID     int64
	FullName     string
	Position     string
	Organisation string
	Role         Role
	Side         Side
}

// Attendee is a member's presence at the meeting.
type Attendee struct {
	Person
	Status Presence
	Reason string
}

// Speaker is whoever reported or spoke: a member, a guest, or a name typed.
type Speaker struct {
	MemberID     int64
	GuestID      int64
	FullName     string
	Position     string
	Organisation string
}

// CommitmentRef names the commitment an item is about.
type CommitmentRef struct {
	ID    int64
	OGPID string
	Title string
}

// MeetingRef names another meeting as documents do: № 4 of 12.03.2027.
type MeetingRef struct {
	ID     int64
	Number int
	Date   string
}

// StatusChangeRecord is a commitment's status change with the commitment's OGP ID.
type StatusChangeRecord struct {
	StatusChange
	OGPID string
}

// SpeechRecord is a ВИСТУПИЛИ entry with its speaker.
type SpeechRecord struct {
	Speech
	Speaker Speaker
}

// VoteRecord is one line of a roll call.
type VoteRecord struct {
	Vote
	Person Person
}

// AssignmentRecord is a доручення with its responsible party named.
type AssignmentRecord struct {
	Assignment
	Responsible   Person // zero when an organisation is responsible
	PointPosition int    // the decision point it belongs to, 0 when none
}

// ResponsibleName is the member's short name, or the organisation.
func (a AssignmentRecord) ResponsibleName() string {
	if a.Responsible.FullName != "" {
		return ShortName(a.Responsible.FullName)
	}
	return a.ResponsibleOrg
}

// ItemRecord is one agenda item with what was heard, said, decided and voted.
type ItemRecord struct {
	AgendaItem
	Reporter    Speaker // zero when nobody reports
	Commitment  CommitmentRef
	DeferredTo  MeetingRef // the meeting a deferred item went to
	Speeches    []SpeechRecord
	Points      []DecisionPoint
	Votes       []VoteRecord // by name
	Result      *VoteResult  // nil when no vote was taken
	Assignments []AssignmentRecord
	// StatusChanges are the status changes decided at this item: by one of its points, or,
	// naming only the meeting, of the commitment the item is linked to.
	StatusChanges []StatusChangeRecord
}

// SignerKind says in which capacity someone signs the minutes.
type SignerKind string

// Signer kinds.
const (
	SignPresiding SignerKind = "presiding"
	SignCoChair   SignerKind = "co_chair"
	SignSecretary SignerKind = "secretary"
)

// Signer is one signature line of the minutes.
type Signer struct {
	Kind SignerKind
	Person
}

// Draft says whether the minutes are not yet approved (documents are marked as drafts).
func (r Record) Draft() bool { return !r.Meeting.Status.Locked() }

// Locked says whether the record can no longer change.
func (r Record) Locked() bool { return r.Meeting.Status.Locked() }

// Item returns the agenda item at position pos.
func (r Record) Item(pos int) (ItemRecord, bool) {
	for _, it := range r.Items {
		if it.Position == pos {
			return it, true
		}
	}
	return ItemRecord{}, false
}

// MeetingRecord gathers one meeting whole in a fixed handful of queries.
// It reads in one transaction, so a vote written meanwhile is either wholly in it or not.
func (s *Store) MeetingRecord(ctx context.Context, meetingID int64) (r Record, err error) {
	err = s.read(ctx, func(tx *sql.Tx) error {
		r, err = meetingRecord(ctx, tx, meetingID)
		return err
	})
	return r, err
}

func meetingRecord(ctx context.Context, q querier, meetingID int64) (Record, error) {
	var r Record
	var err error
	if r.Council, err = findCouncil(ctx, q); err != nil && !errors.Is(err, ErrNotFound) {
		return r, err
	}
	if r.Meeting, err = findMeeting(ctx, q, meetingID); err != nil {
		return r, err
	}
	r.Print = printOf(r.Council, r.Meeting)
	members, err := recordMembers(ctx, q)
	if err != nil {
		return r, err
	}
	r.Presiding, r.Secretary = members[r.Meeting.PresidingID], members[r.Meeting.SecretaryID]
	if err := r.loadAttendance(ctx, q, members); err != nil {
		return r, err
	}
	if r.Guests, err = listGuests(ctx, q, meetingID); err != nil {
		return r, err
	}
	if err := r.loadItems(ctx, q, members); err != nil {
		return r, err
	}
	if r.Approvals, err = recordApprovals(ctx, q, meetingID); err != nil {
		return r, err
	}
	r.Signers = recordSigners(r, members)
	return r, nil
}

// recordMembers reads every member, current and former, as a Person.
func recordMembers(ctx context.Context, q querier) (map[int64]Person, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, full_name, position, organisation, role, side FROM member")
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	out := map[int64]Person{}
	for rows.Next() {
		var p Person
		if err := rows.Scan(&p.MemberID, &p.FullName, &p.Position, &p.Organisation, &p.Role, &p.Side); err != nil {
			return nil, err
		}
		out[p.MemberID] = p
	}
	return out, rows.Err()
}

// loadAttendance fills presence, membership and quorum from the roll call; a member not
// marked counts as absent here, since the minutes record only what was taken.
func (r *Record) loadAttendance(ctx context.Context, q querier, members map[int64]Person) error {
	roll, err := recordRoll(ctx, q, r.Meeting, members)
	if err != nil {
		return err
	}
	counted := make([]AttendanceRow, len(roll))
	for i, a := range roll {
		counted[i] = AttendanceRow{Member: Member{ID: a.MemberID, Side: a.Side}, Status: a.Status}
		switch a.Status {
		case "":
			counted[i].Status = PresenceAbsent
			r.Absent = append(r.Absent, a)
		case PresenceAbsent:
			r.Recorded = true
			r.Absent = append(r.Absent, a)
		default:
			r.Recorded = true
			r.Present = append(r.Present, a)
		}
	}
	r.Quorum = QuorumOf(r.Council, counted)
	r.Membership = r.Quorum.Membership
	return nil
}

// recordRoll reads the roll call by name; a member not marked has no status. Once the
// session has started the roll is the attendance rows alone.
func recordRoll(ctx context.Context, q querier, m Meeting, members map[int64]Person) ([]Attendee, error) {
	query := "SELECT mb.id, " + rollPresence + rollOf + " ORDER BY mb.id"
	if !m.Status.Startable() {
		query = "SELECT member_id, status, reason, 1 FROM attendance WHERE meeting_id = ? ORDER BY member_id"
	}
	rows, err := q.QueryContext(ctx, query, m.ID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Attendee
	for rows.Next() {
		var a Attendee
		var id int64
		var recorded bool
		if err := rows.Scan(&id, &a.Status, &a.Reason, &recorded); err != nil {
			return nil, err
		}
		if a.Person = members[id]; !recorded {
			a.Status = ""
		}
		out = append(out, a)
	}
	SortByName(out, func(a Attendee) string { return a.FullName })
	return out, rows.Err()
}

func recordApprovals(ctx context.Context, q querier, meetingID int64) ([]Approval, error) {
	rows, err := q.QueryContext(ctx, `SELECT a.meeting_id, a.kind, a.member_id, m.full_name, a.approved_at
		FROM approval a JOIN member m ON m.id = a.member_id WHERE a.meeting_id = ? ORDER BY a.kind, a.approved_at, a.id`, meetingID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Approval
	for rows.Next() {
		var a Approval
		if err := rows.Scan(&a.MeetingID, &a.Kind, &a.MemberID, &a.MemberName, &a.ApprovedAt); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// signers are the signature lines the council's settings ask for.
func recordSigners(r Record, members map[int64]Person) []Signer {
	var out []Signer
	if r.Council.Signers == SignersCoChairs {
		for _, p := range recordCoChairs(r, members) {
			out = append(out, Signer{Kind: SignCoChair, Person: p})
		}
	}
	if len(out) == 0 {
		kind := SignPresiding
		if r.Presiding.Role == RoleCoChair {
			kind = SignCoChair
		}
		out = append(out, Signer{Kind: kind, Person: r.Presiding})
	}
	return append(out, Signer{Kind: SignSecretary, Person: r.Secretary})
}

// coChairs are the co-chairs on the meeting's date, the presiding one first.
func recordCoChairs(r Record, members map[int64]Person) []Person {
	var out []Person
	for _, a := range append(append([]Attendee(nil), r.Present...), r.Absent...) {
		if a.Role == RoleCoChair {
			out = append(out, a.Person)
		}
	}
	if p, ok := members[r.Meeting.PresidingID]; ok && p.Role == RoleCoChair && !recordHasPerson(out, p.MemberID) {
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].MemberID == r.Meeting.PresidingID && out[j].MemberID != r.Meeting.PresidingID
	})
	return out
}

func recordHasPerson(ps []Person, id int64) bool {
	for _, p := range ps {
		if p.MemberID == id {
			return true
		}
	}
	return false
}

// RollCall is an item's complete roll call: the votes recorded, and every other member of
// the council on the meeting's date as absent (if marked absent or not marked) or as not
// voting (if present). Empty when no vote was taken.
func (r Record) RollCall(it ItemRecord) []VoteRecord {
	if it.Result == nil {
		return nil
	}
	out := append([]VoteRecord(nil), it.Votes...)
	voted := map[int64]bool{}
	for _, v := range it.Votes {
		voted[v.MemberID] = true
	}
	add := func(as []Attendee, choice VoteChoice) {
		for _, a := range as {
			if !voted[a.MemberID] {
				out = append(out, VoteRecord{Vote: Vote{ItemID: it.ID, MemberID: a.MemberID, Choice: choice}, Person: a.Person})
			}
		}
	}
	add(r.Present, VoteNotVoted)
	add(r.Absent, VoteAbsent)
	SortByName(out, func(v VoteRecord) string { return v.Person.FullName })
	return out
}
