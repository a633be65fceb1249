package store

import (
	"context"
)

// loadItems reads the agenda and, one query per kind of row, everything recorded under it.
func (r *Record) loadItems(ctx context.Context, q querier, members map[int64]Person) error {
	guests := map[int64]Guest{}
	for _, g := range r.Guests {
		guests[g.ID] = g
	}
	items, err := recordItems(ctx, q, r.Meeting.ID, members, guests)
	if err != nil {
		return err
	}
	byID := map[int64]*ItemRecord{}
	for i := range items {
		byID[items[i].ID] = &items[i]
	}
	loaders := []func(context.Context, querier, int64, map[int64]*ItemRecord, map[int64]Person, map[int64]Guest) error{
		readSpeeches, readPoints, readVotes, readResults, readAssignments,
	}
	for _, load := range loaders {
		if err := load(ctx, q, r.Meeting.ID, byID, members, guests); err != nil {
			return err
		}
	}
	r.Items = items
	return r.placeStatusChanges(ctx, q)
}

func recordItems(ctx context.Context, q querier, meetingID int64, members map[int64]Person, guests map[int64]Guest) ([]ItemRecord, error) {
	rows, err := q.QueryContext(ctx, `SELECT i.id, i.meeting_id, i.position_no, i.title, i.kind,
		coalesce(i.reporter_member_id, 0), coalesce(i.reporter_guest_id, 0), coalesce(i.commitment_id, 0),
		i.heard, i.state, coalesce(i.deferred_to, 0), coalesce(c.ogp_id, ''), coalesce(c.title, ''),
		coalesce(d.number, 0), coalesce(d.date, '')
		FROM agenda_item i LEFT JOIN commitment c ON c.id = i.commitment_id LEFT JOIN meeting d ON d.id = i.deferred_to
		WHERE i.meeting_id = ? ORDER BY i.position_no, i.id`, meetingID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []ItemRecord
	for rows.Next() {
		var it ItemRecord
		a := &it.AgendaItem
		if err := rows.Scan(&a.ID, &a.MeetingID, &a.Position, &a.Title, &a.Kind, &a.ReporterMemberID,
			&a.ReporterGuestID, &a.CommitmentID, &a.Heard, &a.State, &a.DeferredTo,
			&it.Commitment.OGPID, &it.Commitment.Title, &it.DeferredTo.Number, &it.DeferredTo.Date); err != nil {
			return nil, err
		}
		it.DeferredTo.ID = a.DeferredTo
		it.Commitment.ID = a.CommitmentID
		it.Reporter = recordSpeaker(a.ReporterMemberID, a.ReporterGuestID, "", members, guests)
		out = append(out, it)
	}
	return out, rows.Err()
}

// speaker names a member, a guest or a typed name.
func recordSpeaker(memberID, guestID int64, typed string, members map[int64]Person, guests map[int64]Guest) Speaker {
	if p, ok := members[memberID]; ok && memberID != 0 {
		return Speaker{MemberID: memberID, FullName: p.FullName, Position: p.Position, Organisation: p.Organisation}
	}
	if g, ok := guests[guestID]; ok && guestID != 0 {
		return Speaker{GuestID: guestID, FullName: g.FullName, Position: g.Role, Organisation: g.Organisation}
	}
	return Speaker{FullName: typed}
}

const itemsOfMeeting = "item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?)"

func readSpeeches(ctx context.Context, q querier, meetingID int64, items map[int64]*ItemRecord, members map[int64]Person, guests map[int64]Guest) error {
	rows, err := q.QueryContext(ctx, `SELECT id, item_id, position_no, coalesce(speaker_member_id, 0),
		coalesce(speaker_guest_id, 0), speaker_name, summary FROM speech WHERE `+itemsOfMeeting+` ORDER BY position_no, id`, meetingID)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var sp SpeechRecord
		if err := rows.Scan(&sp.ID, &sp.ItemID, &sp.Position, &sp.SpeakerMemberID, &sp.SpeakerGuestID,
			&sp.SpeakerName, &sp.Summary); err != nil {
			return err
		}
		sp.Speaker = recordSpeaker(sp.SpeakerMemberID, sp.SpeakerGuestID, sp.SpeakerName, members, guests)
		if it := items[sp.ItemID]; it != nil {
			it.Speeches = append(it.Speeches, sp)
		}
	}
	return rows.Err()
}

func readPoints(ctx context.Context, q querier, meetingID int64, items map[int64]*ItemRecord, _ map[int64]Person, _ map[int64]Guest) error {
	rows, err := q.QueryContext(ctx, `SELECT id, item_id, position_no, text, coalesce(commitment_id, 0)
		FROM decision_point WHERE `+itemsOfMeeting+` ORDER BY position_no, id`, meetingID)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var p DecisionPoint
		if err := rows.Scan(&p.ID, &p.ItemID, &p.Position, &p.Text, &p.CommitmentID); err != nil {
			return err
		}
		if it := items[p.ItemID]; it != nil {
			it.Points = append(it.Points, p)
		}
	}
	return rows.Err()
}

func readResults(ctx context.Context, q querier, meetingID int64, items map[int64]*ItemRecord, _ map[int64]Person, _ map[int64]Guest) error {
	rows, err := q.QueryContext(ctx, "SELECT "+voteResultColumns+" FROM vote_result WHERE "+itemsOfMeeting, meetingID)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		v, err := scanVoteResult(rows)
		if err != nil {
			return err
		}
		if it := items[v.ItemID]; it != nil {
			it.Result = &v
		}
	}
	return rows.Err()
}

func readAssignments(ctx context.Context, q querier, meetingID int64, items map[int64]*ItemRecord, members map[int64]Person, _ map[int64]Guest) error {
	rows, err := q.QueryContext(ctx, `SELECT a.id, a.item_id, coalesce(a.point_id, 0), a.text,
		coalesce(a.responsible_member_id, 0), a.responsible_org, a.deadline, a.status, a.done_on, a.done_note,
		coalesce(p.position_no, 0)
		FROM assignment a LEFT JOIN decision_point p ON p.id = a.point_id
		WHERE a.`+itemsOfMeeting+` ORDER BY coalesce(p.position_no, 0), a.id`, meetingID)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var a AssignmentRecord
		if err := rows.Scan(&a.ID, &a.ItemID, &a.PointID, &a.Text, &a.ResponsibleMemberID, &a.ResponsibleOrg,
			&a.Deadline, &a.Status, &a.DoneOn, &a.DoneNote, &a.PointPosition); err != nil {
			return err
		}
		a.Responsible = members[a.ResponsibleMemberID]
		if it := items[a.ItemID]; it != nil {
			it.Assignments = append(it.Assignments, a)
		}
	}
	return rows.Err()
}
