package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// ReadMembers reads a members file, CSV (UTF-8, with or without a BOM, a header row naming
// the columns in any order) or the JSON that MembersJSON writes. Problems with single rows
// come back in each row's Problems; a problem with the file itself is the error.
func ReadMembers(r io.Reader) ([]store.ImportRow, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '[' {
		return readMembersJSON(data)
	}
	return readMembersCSV(data)
}

func readMembersCSV(data []byte) ([]store.ImportRow, error) {
	cr := csv.NewReader(bufio.NewReader(bytes.NewReader(data)))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("the file is empty: its first row must name the columns")
	}
	if err != nil {
		return nil, err
	}
	cols, err := headerColumns(header)
	if err != nil {
		return nil, fmt.Errorf("line 1: %w", err)
	}
	var rows []store.ImportRow
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		if blank(rec) {
			continue
		}
		if len(rec) != len(cols) {
			rows = append(rows, store.ImportRow{Line: line, Problems: []*store.FieldError{{Field: "row", Code: "columns"}}})
			continue
		}
		vals := map[string]string{}
		for i, c := range cols {
			vals[c] = undefuse(rec[i])
		}
		rows = append(rows, rowFrom(line, vals))
	}
}

// headerColumns checks the header: known names, each once, full_name and side present.
func headerColumns(header []string) ([]string, error) {
	known := map[string]bool{}
	for _, c := range MemberColumns {
		known[c] = true
	}
	var cols, unknown []string
	seen := map[string]bool{}
	for _, h := range header {
		c := strings.ToLower(strings.TrimSpace(h))
		switch {
		case !known[c]:
			unknown = append(unknown, fmt.Sprintf("%q", store.OneLine(h)))
		case seen[c]:
			return nil, fmt.Errorf("column %q appears twice", c)
		}
		seen[c] = true
		cols = append(cols, c)
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("unknown column %s (the columns are %s)", strings.Join(unknown, ", "), strings.Join(MemberColumns, ", "))
	}
	for _, need := range []string{"full_name", "side"} {
		if !seen[need] {
			return nil, fmt.Errorf("the header has no %q column", need)
		}
	}
	return cols, nil
}

func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// rowFrom turns one row's cells, by column name, into a member and its problems.
func rowFrom(line int, vals map[string]string) store.ImportRow {
	r := store.ImportRow{Line: line}
	one := func(c string) string { return strings.TrimSpace(store.OneLine(vals[c])) }
	bad := func(field, code string) { r.Problems = append(r.Problems, &store.FieldError{Field: field, Code: code}) }
	m := store.Member{FullName: one("full_name"), Position: one("position"), Organisation: one("organisation"),
		Email: one("email"), Phone: one("phone"), LeaveReason: one("leave_reason"), Notes: store.Clean(vals["notes"])}
	var ok bool
	if m.Sector, ok = parseChoice(one("sector"), store.Sectors, store.SectorOther, nil); !ok {
		bad("sector", "choice")
	}
	if m.Side, ok = parseChoice(one("side"), store.Sides, "", sideWords); !ok {
		bad("side", "choice")
	}
	if m.Role, ok = parseChoice(one("role"), store.Roles, store.RoleMember, nil); !ok {
		bad("role", "choice")
	}
	m.TermFrom, m.TermTo = parseDate(one("term_from")), parseDate(one("term_to"))
	if a := one("active"); a != "" {
		if m.Active, ok = parseActive(a); ok {
			r.ActiveSet = true
		} else {
			bad("active", "choice")
		}
	}
	r.Member = m
	return r
}

// sideWords are the short names people write for the two sides.
var sideWords = map[string]store.Side{
	"влада": store.SideGovernment, "орган влади": store.SideGovernment, "gov": store.SideGovernment, "government": store.SideGovernment,
	"громадськість": store.SideCivil, "ігс": store.SideCivil, "civil society": store.SideCivil, "cso": store.SideCivil,
}

// parseChoice accepts a value's code or its label in any language, any case; an empty
// cell is def ("" when the column is required).
func parseChoice[T interface {
	~string
	MsgID() string
}](s string, values []T, def T, words map[string]T) (T, bool) {
	if s == "" {
		return def, def != ""
	}
	for _, v := range values {
		if strings.EqualFold(s, string(v)) || slices.ContainsFunc(i18n.Langs, func(l i18n.Lang) bool { return strings.EqualFold(s, i18n.New(l).Label(v)) }) {
			return v, true
		}
	}
	if v, ok := words[strings.ToLower(s)]; ok {
		return v, true
	}
	return def, false
}

// parseDate keeps YYYY-MM-DD and turns the Ukrainian DD.MM.YYYY into it (store.ParseDate);
// anything else is left for validation to refuse.
func parseDate(s string) string {
	iso, _ := store.ParseDate(s)
	return iso
}

func parseActive(s string) (bool, bool) {
	switch strings.ToLower(s) {
	case "1", "true", "yes", "так", "+":
		return true, true
	case "0", "false", "no", "ні":
		return false, true
	}
	return false, false
}
