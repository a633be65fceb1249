package store

import "context"

// placeStatusChanges reads the commitments' status changes this meeting decided and puts
// each under its item: the item of its decision point, else the first item linked to its
// commitment; the rest stay with the record.
func (r *Record) placeStatusChanges(ctx context.Context, q querier) error {
	rows, err := q.QueryContext(ctx, `SELECT sc.id, sc.commitment_id, sc.scale, sc.from_value, sc.to_value,
		sc.changed_on, sc.changed_by, sc.note, coalesce(sc.meeting_id, 0), coalesce(sc.point_id, 0),
		c.ogp_id, coalesce(d.item_id, 0)
		FROM status_change sc JOIN commitment c ON c.id = sc.commitment_id
		LEFT JOIN decision_point d ON d.id = sc.point_id
		WHERE sc.meeting_id = ?1 OR d.item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?1)
		ORDER BY sc.changed_on, sc.id`, r.Meeting.ID)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var sc StatusChangeRecord
		var itemID int64
		c := &sc.StatusChange
		if err := rows.Scan(&c.ID, &c.CommitmentID, &c.Scale, &c.From, &c.To, &c.ChangedOn, &c.ChangedBy, &c.Note,
			&c.MeetingID, &c.PointID, &sc.OGPID, &itemID); err != nil {
			return err
		}
		if it := r.statusItem(itemID, c.CommitmentID); it != nil {
			it.StatusChanges = append(it.StatusChanges, sc)
		} else {
			r.StatusChanges = append(r.StatusChanges, sc)
		}
	}
	return rows.Err()
}

// statusItem is the item with id itemID, else the first linked to the commitment; nil when none.
func (r *Record) statusItem(itemID, commitmentID int64) *ItemRecord {
	for i := range r.Items {
		if itemID != 0 && r.Items[i].ID == itemID {
			return &r.Items[i]
		}
	}
	for i := range r.Items {
		if r.Items[i].CommitmentID == commitmentID {
			return &r.Items[i]
		}
	}
	return nil
}
