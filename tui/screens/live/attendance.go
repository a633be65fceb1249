package live

import (
	"context"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// setAttendance records a member's presence during the meeting.
// TEMP until the meetings helper's SetAttendance lands on main.
func setAttendance(ctx context.Context, st *store.Store, meetingID, memberID int64, p store.Presence) error {
	_, err := st.DB().ExecContext(ctx, `INSERT INTO attendance (meeting_id, member_id, status) VALUES (?, ?, ?)
		ON CONFLICT (meeting_id, member_id) DO UPDATE SET status = excluded.status`, meetingID, memberID, string(p))
	return err
}
