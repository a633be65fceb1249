package common

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// PulseEvery is how often a screen that a co-chair may change from another terminal (the
// meeting, the live meeting) asks the store whether anything changed.
const PulseEvery = 3 * time.Second

// PulseDueMsg says it is time to look for changes; LastChangeMsg is what the store answered.
type (
	PulseDueMsg   struct{ Seq int }
	LastChangeMsg struct {
		Seq  int
		Last int64
		Err  error
	}
)

// Pulse is a screen's watch on changes made from elsewhere: one cheap query (the journal's
// newest id) on a gentle tick; answers from an older watch are dropped by sequence number.
type Pulse struct {
	seq  int
	last int64
}

// Watch begins the watch (from a screen's Init): a look now, the baseline, and the first tick.
func (p Pulse) Watch(s *store.Store) tea.Cmd {
	return tea.Batch(lastChange(s, p.seq), pulseTick(p.seq))
}

// Due answers a tick of this watch with a look and the next tick.
func (p Pulse) Due(msg PulseDueMsg, s *store.Store) tea.Cmd {
	if msg.Seq != p.seq {
		return nil
	}
	return tea.Batch(lastChange(s, p.seq), pulseTick(p.seq))
}

// Seen takes the store's answer; changed is true when something changed since the last look.
func (p Pulse) Seen(msg LastChangeMsg) (Pulse, bool) {
	if msg.Seq != p.seq || msg.Err != nil {
		return p, false
	}
	changed := p.last != 0 && msg.Last != p.last
	p.last = msg.Last
	return p, changed
}

func pulseTick(seq int) tea.Cmd {
	return tea.Tick(PulseEvery, func(time.Time) tea.Msg { return PulseDueMsg{Seq: seq} })
}

func lastChange(s *store.Store, seq int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := Context()
		defer cancel()
		n, err := s.LastChange(ctx)
		return LastChangeMsg{Seq: seq, Last: n, Err: err}
	}
}
