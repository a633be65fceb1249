package store

import "context"

// Live is everything the live meeting screen shows, read at once: the meeting, the
// council's rules, the agenda, the guests, and the record of the item on screen.
type Live struct {
	Meeting Meeting
	Council Council
	Items   []AgendaItem
	Index   int // the item on screen, an index into Items (-1: the agenda is empty)
	Guests  []Guest
	Record  LiveItem
}

// LiveItem is what has been recorded for one item so far.
type LiveItem struct {
	Item        AgendaItem
	Speeches    []Speech
	Points      []DecisionPoint
	Assignments []AssignmentRow
	Roll        RollCall // the membership with presence now, their votes and the result
}

// Current is the item on screen (zero when the agenda is empty).
func (l Live) Current() AgendaItem {
	if l.Index < 0 || l.Index >= len(l.Items) {
		return AgendaItem{}
	}
	return l.Items[l.Index]
}

// GetLive reads the live screen's state with the item at position on screen (0: the
// meeting's current item; out of range: the nearest one).
func (s *Store) GetLive(ctx context.Context, meetingID int64, position int) (Live, error) {
	var l Live
	var err error
	if l.Meeting, err = findMeeting(ctx, s.db, meetingID); err != nil {
		return l, err
	}
	if l.Council, err = findCouncil(ctx, s.db); err != nil {
		return l, err
	}
	if l.Items, err = listAgenda(ctx, s.db, meetingID); err != nil {
		return l, err
	}
	if l.Guests, err = listGuests(ctx, s.db, meetingID); err != nil {
		return l, err
	}
	if position == 0 {
		position = l.Meeting.CurrentItem
	}
	l.Index = indexAtPosition(l.Items, position)
	if l.Index < 0 {
		l.Record.Roll, err = loadRollCall(ctx, s.db, l.Council, l.Meeting, 0)
		return l, err
	}
	l.Record, err = s.itemRecord(ctx, l.Council, l.Meeting, l.Items[l.Index])
	return l, err
}

func indexAtPosition(items []AgendaItem, position int) int {
	if len(items) == 0 {
		return -1
	}
	for i, it := range items {
		if it.Position >= position {
			return i
		}
	}
	return len(items) - 1
}

func (s *Store) itemRecord(ctx context.Context, c Council, m Meeting, it AgendaItem) (LiveItem, error) {
	r := LiveItem{Item: it}
	var err error
	if r.Speeches, err = s.ListSpeeches(ctx, it.ID); err != nil {
		return r, err
	}
	if r.Points, err = s.ListPoints(ctx, it.ID); err != nil {
		return r, err
	}
	if r.Assignments, err = s.ListAssignments(ctx, AssignmentFilter{ItemID: it.ID}); err != nil {
		return r, err
	}
	r.Roll, err = loadRollCall(ctx, s.db, c, m, it.ID)
	return r, err
}
