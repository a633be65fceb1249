package export

import "github.com/khmelnytskyi-ogp/rada/store/i18n"

// DefaultName is the file name a document is offered under, in lang (doc.file):
// protokol-2026-03.docx for the minutes of a meeting held in March 2026,
// poriadok-dennyi-2026-03.pdf for its agenda, vytiah-2026-03-p2.md for an extract of item 2.
func DefaultName(kind string, date string, item int, f Format, lang i18n.Lang) string {
	month := date
	if len(date) >= 7 {
		month = date[:7]
	}
	id := "doc.file.minutes"
	switch {
	case kind == "agenda":
		id = "doc.file.agenda"
	case item > 0:
		id = "doc.file.extract"
	}
	return word(lang, id, map[string]any{"Month": month, "Item": item}) + f.Ext()
}
