package store

import "context"

// Composition is the balance of the council's active members between the two sides.
type Composition struct {
	Government int
	Civil      int
}

// Total is the number of active members.
func (c Composition) Total() int { return c.Government + c.Civil }

// Dominant is the side holding more than two thirds of the active members, or "" when
// the council is balanced (or empty).
func (c Composition) Dominant() Side {
	switch {
	case c.Total() == 0:
		return ""
	case c.Government*3 > c.Total()*2:
		return SideGovernment
	case c.Civil*3 > c.Total()*2:
		return SideCivil
	}
	return ""
}

// Unbalanced says whether one side holds more than two thirds of the active members.
func (c Composition) Unbalanced() bool { return c.Dominant() != "" }

// CompositionOf counts the active members of each side.
func CompositionOf(members []Member) Composition {
	var c Composition
	for _, m := range members {
		if !m.Active {
			continue
		}
		switch m.Side {
		case SideGovernment:
			c.Government++
		case SideCivil:
			c.Civil++
		}
	}
	return c
}

// GetComposition counts the council's active members of each side (for the warning the
// Members and Meetings screens show).
func (s *Store) GetComposition(ctx context.Context) (Composition, error) {
	var c Composition
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(side = 'government'), 0), coalesce(sum(side = 'civil'), 0)
		FROM member WHERE active = 1`).Scan(&c.Government, &c.Civil)
	return c, mapErr(err)
}
