package meetingform

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// Values are a meeting's header as the form edits it. Number is the protocol number typed,
// "" for the next in the meeting's series (Proposed, shown as the field's hint); it is not
// offered once the session has started (Fixed).
type Values struct {
	Number, Date, Time, Place, Online string
	Presiding, Secretary              int64
	Proposed                          int
	Fixed                             bool
	Attendance                        store.AttendanceShape // "" as the council's settings say
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
	return &Values{Number: strconv.Itoa(m.Number), Date: store.OneLine(m.Date), Time: store.OneLine(m.StartTime),
		Place: store.OneLine(m.Place), Online: store.OneLine(m.OnlineLink), Presiding: m.PresidingID, Secretary: m.SecretaryID,
		Proposed: m.Number, Fixed: !m.Status.Startable(), Attendance: m.Attendance}
}

// Meeting is the header typed, trimmed, the date as the store keeps it; the caller sets the
// id. A number that is not one is -1, which the store refuses.
func (v *Values) Meeting() store.Meeting {
	return store.Meeting{Number: v.number(), Date: form.ISODate(v.Date), StartTime: store.NormalTime(v.Time),
		Place: strings.TrimSpace(v.Place), OnlineLink: strings.TrimSpace(v.Online), PresidingID: v.Presiding, SecretaryID: v.Secretary,
		Attendance: v.Attendance}
}

// number is the number typed (a leading № allowed), 0 when none, -1 when it is not one.
func (v *Values) number() int {
	text := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v.Number), "№"))
	if text == "" || v.Fixed {
		return 0
	}
	n, err := strconv.Atoi(text)
	if err != nil || n < 1 {
		return -1
	}
	return n
}

// New builds the form over v with the given title. members are the council's members: active
// co-chairs may preside, any active member may keep the minutes; whoever v already names
// stays on offer.
func New(c common.Common, title string, v *Values, members []store.Member) form.Model {
	t := c.T
	chairs := offered(members, v.Presiding, func(mb store.Member) bool { return mb.Role == store.RoleCoChair })
	staff := offered(members, v.Secretary, func(store.Member) bool { return true })
	next := t.T("meetings.form.number_next", map[string]any{"Number": v.Proposed})
	fields := []form.Field{
		form.Date("date", t.T("meetings.form.date"), &v.Date).Placeholder(common.FormatDate(c.Today(), c.Lang)).Required(),
		form.Line("start_time", t.T("meetings.form.time"), &v.Time).Limit(5),
		form.Line("place", t.T("meetings.form.place"), &v.Place).Limit(200),
		form.Line("online", t.T("meetings.form.online"), &v.Online).Limit(300),
		form.Select("presiding", t.T("meetings.form.presiding"), &v.Presiding, options(c, chairs)...).Inline(),
		form.Select("secretary", t.T("meetings.form.secretary"), &v.Secretary, options(c, staff)...).Inline(),
		form.Select("attendance_shape", t.T("meetings.form.attendance"), &v.Attendance,
			form.Options(c.Lang, append([]store.AttendanceShape{""}, store.Attendances...)...)...).Inline(),
	}
	if !v.Fixed { // one line, so that it shows at 80×24
		fields = append(fields, form.Line("number", t.T("meetings.form.number"), &v.Number).Placeholder(next).Limit(len([]rune(next))+3).Inline())
	}
	return form.New(c, "meeting", title, fields).Checked(func() map[string]string { return Check(c, v) })
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
	if v.number() < 0 {
		errs["number"] = c.FieldText("number")
	}
	if strings.TrimSpace(v.Place) == "" && strings.TrimSpace(v.Online) == "" {
		errs["place"] = c.T.T("meetings.form.place_or_online")
	}
	return errs
}
