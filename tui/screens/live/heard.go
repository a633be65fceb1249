package live

import (
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// heardStart is what the СЛУХАЛИ field opens with: the text so far and a space, so that
// what is typed next is a word of its own; with nothing typed yet, the reporter's name as
// protocols start the text («Мельник О.В. – »), to edit or keep.
func (m Model) heardStart(it store.AgendaItem) string {
	if text := strings.TrimRight(it.Heard, " \t\n"); text != "" {
		return text + " "
	}
	return m.reporterOffer(it)
}

// reporterOffer is «Мельник О.В. – » for the item's reporter, a member or a guest; "" when
// nobody reports.
func (m Model) reporterOffer(it store.AgendaItem) string {
	name := ""
	for _, rm := range m.live.Record.Roll.Members {
		if it.ReporterMemberID != 0 && rm.Member.ID == it.ReporterMemberID {
			name = rm.Member.FullName
		}
	}
	for _, g := range m.live.Guests {
		if it.ReporterGuestID != 0 && g.ID == it.ReporterGuestID {
			name = g.FullName
		}
	}
	if name == "" {
		return ""
	}
	return store.ShortName(store.OneLine(name)) + " – "
}

// heardToSave is the text typed, or nothing when it is only the reporter's name offered.
func (m Model) heardToSave(itemID int64, text string) string {
	for _, it := range m.live.Items {
		if offer := m.reporterOffer(it); it.ID == itemID && offer != "" && strings.TrimSpace(text) == strings.TrimSpace(offer) {
			return ""
		}
	}
	return text
}
