package common

import (
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// dueIDs are the catalog ids of each kind of store.DueItem: its group and its line.
var dueIDs = map[store.DueKind]string{
	store.DueAgendaDraft:     "agenda_draft",
	store.DueAgendaApproval:  "agenda_approval",
	store.DueMinutesApproval: "minutes_approval",
	store.DueMinutesLate:     "minutes_late",
	store.DueAssignment:      "assignment",
	store.DueNextMeeting:     "next_meeting",
	store.DueInception:       "inception",
	store.DueEndAssessment:   "end_assessment",
}

// DueGroup names a kind of due item, as the heading of its group.
func DueGroup(t *i18n.Catalog, k store.DueKind) string { return t.T("due.group." + dueIDs[k]) }

// DueLine says one due item in a line: what, whose, by when and how late.
func DueLine(t *i18n.Catalog, it store.DueItem) string {
	lang := t.Lang()
	who := it.Who
	if it.Kind != store.DueAssignment { // a responsible may be an organisation: named in full
		who = make([]string, len(it.Who))
		for i, w := range it.Who {
			who[i] = store.ShortName(w)
		}
	}
	data := map[string]any{"Number": it.MeetingNumber, "Date": FormatDate(it.MeetingDate, lang),
		"Who": store.OneLine(strings.Join(who, ", ")), "Text": store.OneLine(it.Title), "Title": store.OneLine(it.Title),
		"OGPID": it.OGPID, "Due": FormatDate(it.Due, lang), "Since": FormatDate(it.Since, lang)}
	id := "due." + dueIDs[it.Kind]
	var line string
	switch it.Kind {
	case store.DueMinutesLate:
		return t.N(id, it.Late+store.MinutesDueDays, data) + whoSuffix(t, it.Kind, data)
	case store.DueNextMeeting:
		if it.MeetingID != 0 {
			id += "_planned"
		}
		line = t.T(id, data)
	default:
		line = t.T(id, data) + whoSuffix(t, it.Kind, data)
	}
	if it.Late > 0 {
		line += t.N("due.late", it.Late)
	}
	return line
}

// whoSuffix names the secretary beside an agenda to submit or minutes to write.
func whoSuffix(t *i18n.Catalog, k store.DueKind, data map[string]any) string {
	if (k != store.DueAgendaDraft && k != store.DueMinutesLate) || data["Who"] == "" {
		return ""
	}
	return t.T("due.who", data)
}
