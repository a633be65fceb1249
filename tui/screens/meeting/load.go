package meeting

import (
	"context"
	"errors"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export"
	"github.com/khmelnytskyi-ogp/rada/store/export/doc"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// detail is everything the meeting screen shows, loaded at once.
type detail struct {
	council     store.Council
	meeting     store.Meeting
	items       []store.ItemRecord
	attendance  []store.AttendanceRow
	guests      []store.Guest
	approvals   store.ApprovalState // the agenda's
	minutes     store.ApprovalState // the minutes'
	text        []doc.TextBlock     // the minutes as they stand, from the record every export uses
	members     []store.Member      // everyone, for names; the forms offer the active ones
	commitments []store.AgendaCommitment
	actor       store.Member // whom --as names; ID 0 when nobody
}

type loadedMsg struct {
	req int
	d   detail
	err error
}

// doneMsg is the result of a change: a status line, or an error; selectID keeps the cursor on
// the item or guest that changed.
type doneMsg struct {
	text     string
	err      error
	selectID int64
}

// savedMsg is the result of a form's save; a validation error keeps the form open.
type savedMsg struct {
	text string
	err  error
	id   int64
}

func load(s *store.Store, id int64, lang i18n.Lang, req int) tea.Cmd {
	return func() tea.Msg {
		d, err := loadDetail(s, id, lang)
		return loadedMsg{req: req, d: d, err: err}
	}
}

func loadDetail(s *store.Store, id int64, lang i18n.Lang) (detail, error) {
	ctx, cancel := common.Context()
	defer cancel()
	var d detail
	rec, err := s.MeetingRecord(ctx, id)
	if err != nil {
		return d, err
	}
	d.council, d.meeting, d.items, d.guests = rec.Council, rec.Meeting, rec.Items, rec.Guests
	minutes, err := export.MinutesDocument(rec, lang, export.Options{})
	if err != nil {
		return d, err
	}
	d.text = doc.Text(minutes)
	steps := []func() error{
		func() (e error) { d.attendance, e = s.GetAttendance(ctx, id); return },
		func() (e error) { d.approvals, e = s.AgendaApprovals(ctx, id); return },
		func() (e error) { d.minutes, e = s.MinutesApprovals(ctx, id); return },
		func() (e error) { d.members, e = s.ListMembers(ctx, store.MemberFilter{}); return },
		func() (e error) { d.commitments, e = s.ListAgendaCommitments(ctx); return },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return d, err
		}
	}
	d.actor, err = s.ActorMember(ctx)
	if errors.Is(err, store.ErrNotFound) {
		err = nil
	}
	return d, err
}

// run makes one store call and reports it as a doneMsg, with text on success.
func run(text string, selectID int64, fn func(ctx context.Context) error) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		return doneMsg{text: text, err: fn(ctx), selectID: selectID}
	}
}

func (d detail) memberName(id int64) string {
	for _, m := range d.members {
		if m.ID == id {
			return m.FullName
		}
	}
	return ""
}

func (d detail) guestName(id int64) string {
	for _, g := range d.guests {
		if g.ID == id {
			return g.FullName
		}
	}
	return ""
}

func (d detail) quorum() store.QuorumResult { return store.QuorumOf(d.council, d.attendance) }

func (d detail) recorded() bool {
	for _, r := range d.attendance {
		if r.Recorded {
			return true
		}
	}
	return false
}
