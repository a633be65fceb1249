package meetings

import (
	"strconv"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// filter is the list's year and status choice; zero values mean "all".
type filter struct {
	year   int
	status store.MeetingStatus
}

func (f filter) active() bool { return f.year != 0 || f.status != "" }

// nextYear cycles all → the newest year → … → the oldest → all.
func (f filter) nextYear(years []int) filter {
	if f.year == 0 {
		if len(years) > 0 {
			f.year = years[0]
		}
		return f
	}
	for i, y := range years {
		if y == f.year && i+1 < len(years) {
			f.year = years[i+1]
			return f
		}
	}
	f.year = 0
	return f
}

// nextStatus cycles all → draft → … → minutes approved → all.
func (f filter) nextStatus() filter {
	if f.status == "" {
		f.status = store.MeetingStatuses[0]
		return f
	}
	for i, s := range store.MeetingStatuses {
		if s == f.status && i+1 < len(store.MeetingStatuses) {
			f.status = store.MeetingStatuses[i+1]
			return f
		}
	}
	f.status = ""
	return f
}

// years lists the years meetings were held in, newest first.
func years(all []store.MeetingSummary) []int {
	var out []int
	seen := map[int]bool{}
	for _, m := range all {
		y, err := strconv.Atoi(m.Date[:min(4, len(m.Date))])
		if err == nil && !seen[y] {
			seen[y] = true
			out = append(out, y)
		}
	}
	return out
}

// warning is what the list warns about: "old" when the last meeting held is more than six
// months ago (OGP's minimum), "none_planned" when no meeting is scheduled from today on,
// "none" when there is no meeting at all; date is the last meeting's date.
func warning(all []store.MeetingSummary, today string) (kind, date string) {
	if len(all) == 0 {
		return "none", ""
	}
	last, planned := "", false
	for _, m := range all {
		if m.Date >= today {
			planned = true
		} else if m.Date > last {
			last = m.Date
		}
	}
	t, err := time.Parse(store.DateLayout, today)
	if last != "" && err == nil && last < t.AddDate(0, -6, 0).Format(store.DateLayout) {
		return "old", last
	}
	if !planned {
		return "none_planned", last
	}
	return "", last
}
