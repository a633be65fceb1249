package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// MemberColumns are the columns of the members file, in the order export writes them.
var MemberColumns = []string{"full_name", "position", "organisation", "sector", "side", "role",
	"email", "phone", "term_from", "term_to", "leave_reason", "notes", "active"}

// memberRecord is one member as the members file holds it.
type memberRecord struct {
	FullName     string `json:"full_name"`
	Position     string `json:"position"`
	Organisation string `json:"organisation"`
	Sector       string `json:"sector"`
	Side         string `json:"side"`
	Role         string `json:"role"`
	Email        string `json:"email"`
	Phone        string `json:"phone"`
	TermFrom     string `json:"term_from"`
	TermTo       string `json:"term_to"`
	LeaveReason  string `json:"leave_reason"`
	Notes        string `json:"notes"`
	Active       bool   `json:"active"`
}

func recordOf(m store.Member) memberRecord {
	one := store.OneLine
	return memberRecord{one(m.FullName), one(m.Position), one(m.Organisation), string(m.Sector), string(m.Side),
		string(m.Role), one(m.Email), one(m.Phone), one(m.TermFrom), one(m.TermTo), one(m.LeaveReason),
		store.Clean(m.Notes), m.Active}
}

func (r memberRecord) cells() []string {
	return []string{r.FullName, r.Position, r.Organisation, r.Sector, r.Side, r.Role, r.Email, r.Phone,
		r.TermFrom, r.TermTo, r.LeaveReason, r.Notes, activeCell(r.Active)}
}

func activeCell(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// Members writes the members as "csv" or "json".
func Members(w io.Writer, members []store.Member, format string) error {
	switch format {
	case "csv":
		return MembersCSV(w, members)
	case "json":
		return MembersJSON(w, members)
	}
	return fmt.Errorf("members: unknown format %q (csv or json)", format)
}

// MembersCSV writes a UTF-8 CSV with a header row; a cell a spreadsheet would take for a
// formula gets a leading apostrophe, which ReadMembers removes again.
func MembersCSV(w io.Writer, members []store.Member) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(MemberColumns); err != nil {
		return err
	}
	for _, m := range members {
		cells := recordOf(m).cells()
		for i, c := range cells {
			cells[i] = defuse(c)
		}
		if err := cw.Write(cells); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// MembersJSON writes an indented JSON array of members with the CSV's column names as keys.
func MembersJSON(w io.Writer, members []store.Member) error {
	recs := make([]memberRecord, 0, len(members))
	for _, m := range members {
		recs = append(recs, recordOf(m))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(recs)
}

// formulaStart are the first characters that make a spreadsheet read a cell as a formula
// (and the apostrophe itself, so that one that was typed survives the round trip).
const formulaStart = "=+-@\t\r'"

func defuse(s string) string {
	if s != "" && strings.ContainsRune(formulaStart, rune(s[0])) {
		return "'" + s
	}
	return s
}

func undefuse(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune(formulaStart, rune(s[1])) {
		return s[1:]
	}
	return s
}
