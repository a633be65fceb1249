package live

import (
	"context"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// writeAfter is how long a roll-call or attendance write waits after its key: the key's
// frame is drawn first (a frame is 8.3 ms at 120 fps), without sharing the cores with it.
const writeAfter = 10 * time.Millisecond

// writtenMsg reports one queued write; ok is the status to show when it worked.
type writtenMsg struct {
	seq int
	ok  string
	err error
}

// pending is a write keyed but not yet reported, with what the screen shows of it already
// (show, nil when it shows nothing until stored; it returns the member's row it changed): a
// reload that arrives before the write is reported shows it again.
type pending struct {
	seq  int
	show func(*store.Live) int
}

// queue starts a write that runs after the one keyed before it (the votes and marks of a
// quick hand reach the store in the order they were keyed). The screen reloads once the
// last of them is reported.
func (m Model) queue(ok string, show func(*store.Live) int, fn func(ctx context.Context) error) (Model, tea.Cmd) {
	if show != nil {
		m = m.redrawMember(show(&m.live))
	}
	m.wseq++
	m.writes = append(m.writes, pending{seq: m.wseq, show: show})
	prev, done := m.lastWrite, make(chan struct{})
	m.lastWrite = done
	seq, end := m.wseq, m.c.Writes.Begin()
	return m, func() tea.Msg {
		defer end()
		defer close(done)
		time.Sleep(writeAfter)
		ctx, cancel := common.Context()
		defer cancel()
		if prev != nil {
			select {
			case <-prev:
			case <-ctx.Done(): // the write before was never run: go on
			}
		}
		return writtenMsg{seq: seq, ok: ok, err: fn(ctx)}
	}
}

// written takes a write's report: its message now, the stored truth once none is left.
func (m Model) written(msg writtenMsg) (Model, tea.Cmd) {
	m.writes = slices.DeleteFunc(slices.Clone(m.writes), func(p pending) bool { return p.seq == msg.seq })
	var status tea.Cmd
	if msg.err != nil {
		status = m.fail(msg.err)
	} else if msg.ok != "" {
		status = common.Status(msg.ok)
	}
	if len(m.writes) > 0 {
		return m, status
	}
	m, reload := m.reload(0)
	m.reloaded = true // the change this broadcasts comes back here: this reload already covers it
	return m, tea.Batch(status, reload, common.Changed())
}

// showWrites puts the writes not yet reported on a freshly loaded meeting.
func (m Model) showWrites() Model {
	for _, p := range m.writes {
		if p.show != nil {
			p.show(&m.live)
		}
	}
	return m
}

// showChoice and showPresence show a member's vote or presence on the item keyed.
func showChoice(item, member int64, choice store.VoteChoice) func(*store.Live) int {
	return func(l *store.Live) int {
		i := rollIndex(l, member)
		if i < 0 || l.Current().ID != item {
			return -1
		}
		l.Record.Roll.Members[i].Choice = choice
		return i
	}
}

func showPresence(member int64, p store.Presence) func(*store.Live) int {
	return func(l *store.Live) int {
		i := rollIndex(l, member)
		if i >= 0 {
			l.Record.Roll.Members[i].Presence = p
		}
		return i
	}
}

func rollIndex(l *store.Live, member int64) int {
	for i, rm := range l.Record.Roll.Members {
		if rm.Member.ID == member {
			return i
		}
	}
	return -1
}
