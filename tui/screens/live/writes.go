package live

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// queue shows a write at once and starts it after the ones keyed before it (the votes and
// marks of a quick hand reach the store in the order they were keyed). The screen reloads
// once the last of them is reported.
func (m Model) queue(ok string, show func(*store.Live) int, fn func(ctx context.Context) error) (Model, tea.Cmd) {
	var row int
	var cmd tea.Cmd
	m.writes, row, cmd = m.writes.Add(m.c.Writes, &m.live, ok, show, fn)
	if show != nil {
		m = m.redrawMember(row)
	}
	return m, cmd
}

// written takes a write's report: its message now, the stored truth once none is left.
func (m Model) written(msg common.WrittenMsg) (Model, tea.Cmd) {
	var last bool
	m.writes, last = m.writes.Written(msg)
	var status tea.Cmd
	if msg.Err != nil {
		status = m.fail(msg.Err)
	} else if msg.OK != "" {
		status = common.Status(msg.OK)
	}
	if !last {
		return m, status
	}
	m, reload := m.reload(0)
	m.reloaded = true // the change this broadcasts comes back here: this reload already covers it
	return m, tea.Batch(status, reload, common.Changed())
}

// showWrites puts the writes not yet reported on a freshly loaded meeting.
func (m Model) showWrites() Model {
	m.writes.Show(&m.live)
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
