package main

import (
	"fmt"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// rowProblemText says in a sentence what is wrong with one row of an import file.
func rowProblemText(p store.RowProblem) string {
	switch p.Code {
	case "required":
		return p.Field + ": required"
	case "email":
		return "email: not an e-mail address (name@example.org)"
	case "phone":
		return "phone: not a phone number (digits, spaces, + ( ) -)"
	case "date":
		return p.Field + ": not a date (YYYY-MM-DD or DD.MM.YYYY)"
	case "term_order":
		return "term_to: the term ends before it starts"
	case "choice":
		return p.Field + ": " + choices(p.Field)
	case "one_secretary":
		return "role: the council already has an active secretary"
	case "two_co_chairs":
		return "role: the council already has two active co-chairs"
	case "co_chair_side":
		return "role: the active co-chair from this side already exists (one co-chair per side)"
	case "columns":
		return "the row does not have as many cells as the header has columns"
	case "duplicate_row":
		return fmt.Sprintf("the same member (name and organisation) is already on line %s", p.Value)
	}
	return p.Field + ": " + p.Code
}

func choices(field string) string {
	var codes []string
	switch field {
	case "sector":
		for _, v := range store.Sectors {
			codes = append(codes, string(v))
		}
	case "side":
		codes = []string{string(store.SideGovernment), string(store.SideCivil)}
	case "role":
		for _, v := range store.Roles {
			codes = append(codes, string(v))
		}
	case "active":
		return "use 1 or 0 (так/ні, yes/no)"
	}
	return "use one of " + strings.Join(codes, ", ") + " or its Ukrainian or English name"
}
