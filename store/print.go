package store

import (
	"errors"
	"slices"
	"strconv"
	"strings"
)

// How the council writes its minutes' header and items (issue 15 item 5).
type (
	HeaderLayout    string // where the date and the city stand in the header
	TimeStyle       string // how the start time is written
	VoteOrder       string // whether «Голосували» comes before or after «ВИРІШИЛИ»
	AttendanceShape string // the full list of those present, or counts with the list attached
)

const (
	HeaderDateLeft HeaderLayout = "date_left" // 12.03.2026 … м. Хмельницький
	HeaderCityLeft HeaderLayout = "city_left" // м. Хмельницький … 12.03.2026, 10 год. 00 хв.

	TimeWords TimeStyle = "words" // 10 год. 00 хв.
	TimeColon TimeStyle = "colon" // 10:00
	TimeDot   TimeStyle = "dot"   // 10.00
	TimeDash  TimeStyle = "dash"  // 11-00 год.

	DecidedFirst VoteOrder = "decided_first" // ВИРІШИЛИ, then Голосували
	VotedFirst   VoteOrder = "voted_first"   // Голосували, then ВИРІШИЛИ

	AttendanceList   AttendanceShape = "list"   // «Присутні члени … (13 з 16):» and the numbered list
	AttendanceCounts AttendanceShape = "counts" // «Присутні – 13 осіб (список додається, додаток 1)»
)

// Every value of each print setting, in the order forms offer them (the first is the default).
var (
	HeaderLayouts = []HeaderLayout{HeaderDateLeft, HeaderCityLeft}
	TimeStyles    = []TimeStyle{TimeWords, TimeColon, TimeDot, TimeDash}
	VoteOrders    = []VoteOrder{DecidedFirst, VotedFirst}
	Attendances   = []AttendanceShape{AttendanceList, AttendanceCounts}
)

func (v HeaderLayout) MsgID() string    { return msgID("header", string(v)) }
func (v TimeStyle) MsgID() string       { return msgID("time", string(v)) }
func (v VoteOrder) MsgID() string       { return msgID("order", string(v)) }
func (v AttendanceShape) MsgID() string { return msgID("attendance", string(v)) }

func (v HeaderLayout) Valid() bool    { return slices.Contains(HeaderLayouts, v) }
func (v TimeStyle) Valid() bool       { return slices.Contains(TimeStyles, v) }
func (v VoteOrder) Valid() bool       { return slices.Contains(VoteOrders, v) }
func (v AttendanceShape) Valid() bool { return slices.Contains(Attendances, v) }

// Print is how a meeting's minutes are written. The record assembly reads it in one place
// (printOf in meetingRecord) so that an approved meeting can later keep the one it had.
type Print struct {
	Header HeaderLayout
	Time   TimeStyle
	Order  VoteOrder
	// Attendance is the meeting's own choice, else the council's; Total adds «Всього членів … – N осіб».
	Attendance AttendanceShape
	Total      bool
}

// printOf is the council's print settings with the meeting's own attendance shape, if it has one.
func printOf(c Council, m Meeting) Print {
	p := Print{Header: c.HeaderLayout, Time: c.TimeStyle, Order: c.VoteOrder, Attendance: c.Attendance, Total: c.TotalLine}
	if m.Attendance != "" {
		p.Attendance = m.Attendance
	}
	return p.OrDefault()
}

// OrDefault is p with each setting not chosen (or unknown) as the print was before the settings.
func (p Print) OrDefault() Print {
	if !p.Header.Valid() {
		p.Header = HeaderDateLeft
	}
	if !p.Time.Valid() {
		p.Time = TimeWords
	}
	if !p.Order.Valid() {
		p.Order = DecidedFirst
	}
	if !p.Attendance.Valid() {
		p.Attendance = AttendanceList
	}
	return p
}

// A time typed that is not one: ErrTimeFormat when it is not written as a time at all,
// ErrNoSuchTime when it is but the day has no such hour or minute (25:00, 10:75).
var (
	ErrTimeFormat = errors.New("not a time of day")
	ErrNoSuchTime = errors.New("no such time of day")
)

// ParseTime reads a time of day typed as 10:00, 10.00, 10-00, 1000 (or 9:30, 930) and
// returns it as the store keeps it, HH:MM.
func ParseTime(s string) (string, error) {
	s = strings.TrimSpace(s)
	h, m, ok := strings.Cut(s, ":")
	for _, sep := range []string{".", "-"} {
		if !ok {
			h, m, ok = strings.Cut(s, sep)
		}
	}
	if !ok && (len(s) == 3 || len(s) == 4) {
		h, m, ok = s[:len(s)-2], s[len(s)-2:], true
	}
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 || !digits(h) || !digits(m) {
		return "", ErrTimeFormat
	}
	hh, _ := strconv.Atoi(h)
	mm, _ := strconv.Atoi(m)
	if hh > 23 || mm > 59 {
		return "", ErrNoSuchTime
	}
	return strconv.Itoa(hh/10) + strconv.Itoa(hh%10) + ":" + m, nil
}

// NormalTime is s as HH:MM when it reads as a time, else s as typed for ValidateMeeting to refuse.
func NormalTime(s string) string {
	if t, err := ParseTime(s); err == nil {
		return t
	}
	return strings.TrimSpace(s)
}

// timeCode is the field message code for a start time the store refuses ("" when none).
func timeCode(s string) string {
	_, err := ParseTime(s)
	switch {
	case errors.Is(err, ErrNoSuchTime):
		return "no_such_time"
	case err != nil || !ValidTime(s):
		return "time"
	}
	return ""
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
