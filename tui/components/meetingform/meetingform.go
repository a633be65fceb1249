package meetingform

import (
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// Values are a meeting's header as the form edits it.
type Values struct {
	Date, Time, Place, Online string
	Presiding, Secretary      int64
}

// Defaults are a new meeting's values: 10:00, the first co-chair presiding, the secretary.
func Defaults(members []store.Member) *Values {
	v := &Values{Time: "10:00"}
	for _, mb := range members {
		switch {
		case !mb.Active:
		case mb.Role == store.RoleCoChair && v.Presiding == 0:
			v.Presiding = mb.ID
		case mb.Role == store.RoleSecretary && v.Secretary == 0:
			v.Secretary = mb.ID
		}
	}
	return v
}

// Of are the values of an existing meeting, its typed texts cleaned for the terminal.
func Of(m store.Meeting) *Values {
	return &Values{Date: store.OneLine(m.Date), Time: store.OneLine(m.StartTime), Place: store.OneLine(m.Place),
		Online: store.OneLine(m.OnlineLink), Presiding: m.PresidingID, Secretary: m.SecretaryID}
}

// Meeting is the header typed, trimmed, the date as the store keeps it; the caller sets the id.
func (v *Values) Meeting() store.Meeting {
	return store.Meeting{Date: form.ISODate(v.Date), StartTime: strings.TrimSpace(v.Time), Place: strings.TrimSpace(v.Place),
		OnlineLink: strings.TrimSpace(v.Online), PresidingID: v.Presiding, SecretaryID: v.Secretary}
}

// New builds the form over v with the given title. members are the council's members: active
// co-chairs may preside, any active member may keep the minutes; whoever v already names
// stays on offer.
func New(c common.Common, title string, v *Values, members []store.Member) form.Model {
	t := c.T
	chairs := offered(members, v.Presiding, func(mb store.Member) bool { return mb.Role == store.RoleCoChair })
	staff := offered(members, v.Secretary, func(store.Member) bool { return true })
	return form.New(c, "meeting", title, []form.Field{
		form.Date("date", t.T("meetings.form.date"), &v.Date).Placeholder(common.FormatDate(c.Today(), c.Lang)).Required(),
		form.Line("start_time", t.T("meetings.form.time"), &v.Time).Limit(5),
		form.Line("place", t.T("meetings.form.place"), &v.Place).Limit(200),
		form.Line("online", t.T("meetings.form.online"), &v.Online).Limit(300),
		form.Select("presiding", t.T("meetings.form.presiding"), &v.Presiding, options(c, chairs)...).Inline(),
		form.Select("secretary", t.T("meetings.form.secretary"), &v.Secretary, options(c, staff)...).Inline(),
	}).Checked(func() map[string]string { return Check(c, v) })
}

// offered are the active members that fit, plus the one already chosen.
func offered(members []store.Member, chosen int64, fits func(store.Member) bool) []store.Member {
	var out []store.Member
	for _, mb := range members {
		if (mb.Active && fits(mb)) || (chosen != 0 && mb.ID == chosen) {
			out = append(out, mb)
		}
	}
	return out
}

func options(c common.Common, ms []store.Member) []huh.Option[int64] {
	out := []huh.Option[int64]{huh.NewOption(c.T.T("meetings.form.nobody"), int64(0))}
	for _, mb := range ms {
		out = append(out, huh.NewOption(store.OneLine(mb.FullName), mb.ID))
	}
	return out
}

// Check validates the values as the store would, plus "a place or a link".
func Check(c common.Common, v *Values) map[string]string {
	errs := map[string]string{}
	if verr := store.ValidateMeeting(v.Meeting()); verr != nil {
		errs = c.FieldErrors(verr)
	}
	if strings.TrimSpace(v.Place) == "" && strings.TrimSpace(v.Online) == "" {
		errs["place"] = c.T.T("meetings.form.place_or_online")
	}
	return errs
}
