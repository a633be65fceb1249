package export

import "fmt"

// DefaultName is a document's file name: protokol-2026-03.docx for the minutes of a meeting
// held in March 2026, poriadok-dennyi-2026-03.pdf for its agenda, vytiah-2026-03-p2.md for
// an extract of item 2.
func DefaultName(kind string, date string, item int, f Format) string {
	month := date
	if len(date) >= 7 {
		month = date[:7]
	}
	switch {
	case kind == "agenda":
		return "poriadok-dennyi-" + month + f.Ext()
	case item > 0:
		return fmt.Sprintf("vytiah-%s-p%d%s", month, item, f.Ext())
	}
	return "protokol-" + month + f.Ext()
}
