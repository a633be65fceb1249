package demo

import "github.com/khmelnytskyi-ogp/rada/store"

// meeting is one meeting's whole record as the generators describe it.
type meeting struct {
	series               string
	number               int
	date, start          string
	place, link          string
	status               store.MeetingStatus
	presiding, secretary int64
	opened, closed       string // instants; "" for a meeting not yet held
	created, updated     string
	approvals            []approval
	attendance           []presence // empty until the roll call
	guests               []guest
	items                []item
}

type approval struct {
	kind   string // agenda or minutes
	member int64
	at     string
}

type presence struct {
	member int64
	status store.Presence
	reason string
}

type guest struct{ name, position, organisation string }

// item is an agenda item with what was heard, said, decided and assigned.
type item struct {
	title      string
	kind       store.ItemKind
	reporter   int64 // a member, or
	reporterG  int   // a guest: 1-based index into meeting.guests
	commitment int64
	heard      string
	state      store.ItemState
	speeches   []speech
	points     []point
	ballots    []ballot // nil: no roll-call vote on this item
	tasks      []task
}

type speech struct {
	member  int64
	guest   int // 1-based index into meeting.guests
	summary string
}

type point struct {
	text       string
	commitment int64
}

type ballot struct {
	member int64
	choice store.VoteChoice
	reason string
}

// task is an assignment (доручення) given under a decision point.
type task struct {
	point            int // 1-based index into item.points; 0: the item as a whole
	text             string
	member           int64
	org              string
	deadline         string
	status           store.AssignmentStatus
	doneOn, doneNote string
}

// rules are the council's settings a vote is decided under.
type rules struct {
	decision store.DecisionRule
	tie      store.TieRule
}

// written says where a meeting's rows went: its id and the id of every decision point
// by item and point (both 0-based), so status changes can name the point that decided them.
type written struct {
	id     int64
	points [][]int64
}

// writeMeeting writes m and its whole record. A meeting with approved minutes is written
// as submitted and locked last, because the lock triggers refuse anything after.
func (w *writer) writeMeeting(r rules, m meeting) written {
	status := m.status
	if status == store.MeetingMinutesApproved {
		status = store.MeetingMinutesSubmitted
	}
	out := written{id: w.meetingRow(m, status)}
	for _, a := range m.approvals {
		w.exec("INSERT INTO approval (meeting_id, kind, member_id, approved_at) VALUES (?, ?, ?, ?)",
			out.id, a.kind, a.member, a.at)
	}
	for _, p := range m.attendance {
		w.exec("INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (?, ?, ?, ?)",
			out.id, p.member, string(p.status), p.reason)
	}
	guests := w.guests(out.id, m.guests)
	for i, it := range m.items {
		out.points = append(out.points, w.writeItem(r, m, out.id, i+1, it, guests))
	}
	if m.status == store.MeetingMinutesApproved {
		w.exec("UPDATE meeting SET status = ? WHERE id = ?", string(m.status), out.id)
	}
	return out
}

func (w *writer) meetingRow(m meeting, status store.MeetingStatus) int64 {
	return w.exec(`INSERT INTO meeting (series, number, date, start_time, place, online_link, status, presiding_id,
		secretary_id, opened_at, closed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.series, m.number, m.date, m.start, m.place, m.link, string(status), nullID(m.presiding),
		nullID(m.secretary), m.opened, m.closed, m.created, m.updated)
}

func (w *writer) guests(meeting int64, gs []guest) []int64 {
	ids := make([]int64, len(gs))
	for i, g := range gs {
		ids[i] = w.exec("INSERT INTO guest (meeting_id, position_no, full_name, position, organisation) VALUES (?, ?, ?, ?, ?)",
			meeting, i+1, g.name, g.position, g.organisation)
	}
	return ids
}

// writeItem writes one agenda item and returns its decision points' ids.
func (w *writer) writeItem(r rules, m meeting, meeting int64, pos int, it item, guests []int64) []int64 {
	state := it.state
	if state == "" {
		state = store.ItemOpen
	}
	id := w.exec(`INSERT INTO agenda_item (meeting_id, position_no, title, kind, reporter_member_id, reporter_guest_id,
		commitment_id, heard, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		meeting, pos, it.title, string(it.kind), nullID(it.reporter), nullID(guestID(guests, it.reporterG)),
		nullID(it.commitment), it.heard, string(state))
	for i, sp := range it.speeches {
		w.exec(`INSERT INTO speech (item_id, position_no, speaker_member_id, speaker_guest_id, summary)
			VALUES (?, ?, ?, ?, ?)`, id, i+1, nullID(sp.member), nullID(guestID(guests, sp.guest)), sp.summary)
	}
	points := make([]int64, len(it.points))
	for i, p := range it.points {
		points[i] = w.exec("INSERT INTO decision_point (item_id, position_no, text, commitment_id) VALUES (?, ?, ?, ?)",
			id, i+1, p.text, nullID(p.commitment))
	}
	if it.ballots != nil {
		w.vote(r, m, id, it.ballots)
	}
	for _, t := range it.tasks {
		var pointID int64
		if t.point > 0 {
			pointID = points[t.point-1]
		}
		w.exec(`INSERT INTO assignment (item_id, point_id, text, responsible_member_id, responsible_org, deadline,
			status, done_on, done_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, nullID(pointID), t.text, nullID(t.member), t.org, t.deadline, string(t.status), t.doneOn, t.doneNote)
	}
	return points
}

func guestID(ids []int64, n int) int64 {
	if n <= 0 || n > len(ids) {
		return 0
	}
	return ids[n-1]
}
