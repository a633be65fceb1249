package form

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// step moves the focus on tab, shift+tab and enter at once, rather than through huh's
// commands, so that text typed right after tab lands in the next field. enter on the last
// field submits; tab there stays. It reports whether it took the key and whether to submit.
func (m Model) step(km tea.KeyMsg) (handled, submit bool) {
	cur := m.hf.GetFocusedField()
	if cur == nil || m.hf.State != huh.StateNormal {
		return false, false
	}
	k := cur.GetKey()
	f, _ := m.field(k)
	last := m.isLast(k)
	switch {
	case key.Matches(km, m.keys.Enter):
		if f.kind == KindText || f.kind == KindMulti {
			return false, false // a text area and a multi-select use enter themselves
		}
		if last {
			return true, true
		}
		m.next(m.hf, k)
		return true, false
	case key.Matches(km, m.keys.Next):
		if !last {
			m.next(m.hf, k)
		}
		return true, false
	case key.Matches(km, m.keys.Prev):
		m.prev(m.hf, k)
		return true, false
	}
	return false, false
}

// next moves hf's focus from the field k to the one after it, turning the page at its end.
func (m Model) next(hf *huh.Form, k string) {
	p, i := m.where(k)
	switch {
	case p < 0 || m.isLast(k):
	case i == len(m.pages[p])-1:
		hf.NextField() // blurs; the page turns below
		hf.NextGroup()
	default:
		hf.NextField()
	}
}

// prev moves hf's focus to the field before k, turning back a page at its start.
func (m Model) prev(hf *huh.Form, k string) {
	p, i := m.where(k)
	switch {
	case p < 0 || (p == 0 && i == 0):
	case i == 0:
		hf.PrevField()
		hf.PrevGroup()
	default:
		hf.PrevField()
	}
}

// where is the page and place of the field k (-1 when no field has it).
func (m Model) where(k string) (page, i int) {
	for p, fields := range m.pages {
		for i, f := range fields {
			if f.key == k {
				return p, i
			}
		}
	}
	return -1, -1
}

func (m Model) isLast(k string) bool {
	p, i := m.where(k)
	return p == len(m.pages)-1 && i == len(m.pages[p])-1
}
