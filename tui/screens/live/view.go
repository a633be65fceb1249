package live

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// View renders the screen within its width and height.
func (m Model) View() string {
	w, h := max(m.c.Width, 1), max(m.c.Height, 1)
	if !m.loaded {
		return m.c.Styles.Muted.Render(m.c.T.T("common.loading"))
	}
	head := m.drawn.head
	var body, foot []string
	selLine := -1
	switch m.mode {
	case modeForm:
		body, foot = m.itemHead(w), m.formLines()
	case modeRoll:
		body, foot = m.rollLines(h-len(head)-3), m.drawn.tally
	case modeAttendance:
		body = m.attendanceLines(h - len(head))
	case modeDefer:
		body = m.deferLines(w)
	default:
		body, selLine = m.itemLines(w)
	}
	if m.confirm.Active() {
		foot = strings.Split(m.confirm.View(w), "\n")
	}
	room := max(h-len(head)-len(foot), 0)
	body = scrollTo(body, m.bodyOffset(len(body), room, selLine), room)
	lines := make([]string, 0, len(head)+len(body)+len(foot))
	lines = append(append(append(lines, head...), body...), foot...)
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if common.Width(l) > w {
			lines[i] = common.Truncate(l, w, "…")
		}
	}
	return strings.Join(lines, "\n")
}

// drawn is what the screen shows of the meeting and its roll, drawn when they or the width
// change rather than on every key: the cursor moves over rows already drawn.
type drawn struct {
	head  []string    // the meeting, the lock banner, the quorum line
	item  string      // the item's first line, over the roll
	rows  [2][]string // each member's row, not under the cursor: [0] presence, [1] vote
	tally []string    // the tally of the choices on screen and its outcome
}

// redraw draws the meeting and its roll again (after a load or at a new width).
func (m Model) redraw() Model {
	if !m.loaded {
		return m
	}
	w := max(m.c.Width, 1)
	members := m.live.Record.Roll.Members
	d := drawn{head: m.headLines(w), item: m.itemHead(w)[0], tally: m.tallyLines(w, true)}
	for v := range d.rows {
		d.rows[v] = make([]string, len(members))
		for i, rm := range members {
			d.rows[v][i] = m.memberRow(rm, false, w, v == 1)
		}
	}
	m.drawn = d
	return m
}

// redrawMember draws member i's rows and the tally again after a vote or mark keyed.
func (m Model) redrawMember(i int) Model {
	members := m.live.Record.Roll.Members
	if !m.loaded || i < 0 || i >= len(members) || len(m.drawn.rows[0]) != len(members) {
		return m.redraw()
	}
	w := max(m.c.Width, 1)
	for v := range m.drawn.rows {
		m.drawn.rows[v] = slices.Clone(m.drawn.rows[v])
		m.drawn.rows[v][i] = m.memberRow(members[i], false, w, v == 1)
	}
	m.drawn.tally = m.tallyLines(w, true)
	return m
}

// bodyOffset is the first body line shown: the selected entry kept in view, else the scroll.
func (m Model) bodyOffset(n, room, selLine int) int {
	switch {
	case m.mode != modeView:
		return 0
	case selLine >= 0:
		return min(max(selLine-room+2, 0), max(n-room, 0))
	}
	return min(m.scroll, max(n-room, 0))
}

func scrollTo(lines []string, off, room int) []string {
	if off > len(lines) {
		off = len(lines)
	}
	lines = lines[off:]
	if len(lines) > room {
		lines = lines[:room]
	}
	return lines
}

// headLines: the meeting, the lock banner, the quorum line.
func (m Model) headLines(w int) []string {
	st, mt := m.c.Styles, m.live.Meeting
	meeting := m.c.T.T("live.meeting_line", map[string]any{"Number": mt.Number, "Date": common.FormatDate(mt.Date, m.c.Lang),
		"Status": m.c.T.Label(mt.Status)})
	out := []string{st.Title.Render(meeting)}
	if m.locked() {
		out = append(out, st.Locked.Render(" "+m.c.T.T("live.locked_banner")+" "))
	} else if m.startable() {
		out = append(out, st.Warning.Render(m.c.T.T("live.not_started")))
	}
	q := m.live.Record.Roll.Quorum
	qs := st.OK
	if !q.Quorate {
		qs = st.Bad
	}
	return append(out, qs.Render("● "+common.QuorumText(m.c.T, q)))
}

// itemHead: which item of how many, its title and reporter.
func (m Model) itemHead(w int) []string {
	st := m.c.Styles
	if !m.hasItem() {
		return []string{st.Muted.Render(m.c.T.T("live.no_items"))}
	}
	it := m.live.Current()
	info := m.c.T.T("live.item_of", map[string]any{"N": m.live.Index + 1, "Total": len(m.live.Items)}) +
		" · " + m.c.T.Label(it.Kind) + " · " + m.stateLabel(it)
	out := []string{st.Muted.Render(info)}
	out = append(out, styled(st.Header, wrapHanging(fmt.Sprintf("%d. ", it.Position), store.OneLine(it.Title), w))...)
	if r := m.reporter(it); r != "" {
		out = append(out, st.Label.Render(m.c.T.T("live.reporter")+": ")+st.Text.Render(r))
	}
	return out
}

func (m Model) reporter(it store.AgendaItem) string {
	if it.ReporterMemberID != 0 {
		return m.memberName(it.ReporterMemberID)
	}
	return m.guestName(it.ReporterGuestID)
}

// itemLines: the item and everything recorded for it, as the minutes will say it, with the
// line of the selected speech, point or assignment (-1 when none is selected).
func (m Model) itemLines(w int) ([]string, int) {
	out := m.itemHead(w)
	selLine := -1
	if !m.hasItem() {
		return out, selLine
	}
	entry := 0
	mark := func(lines []string) []string {
		if entry == m.sel {
			selLine = len(out)
			lines[0] = "▸" + strings.TrimPrefix(lines[0], " ")
			lines = styled(m.c.Styles.TableSelected, lines)
		}
		entry++
		return lines
	}
	st, rec, T := m.c.Styles, m.live.Record, m.c.T.T
	none := st.Muted.Render(T("common.none"))
	out = append(out, "")
	heard := store.OneLine(rec.Item.Heard)
	if heard == "" {
		out = append(out, st.Accent.Render(T("live.heard")+":")+" "+none)
	} else {
		out = append(out, m.labelled(T("live.heard")+": ", heard, w)...)
	}
	out = append(out, st.Accent.Render(T("live.spoke")+":"))
	if len(rec.Speeches) == 0 {
		out[len(out)-1] += " " + none
	}
	for _, sp := range rec.Speeches {
		out = append(out, mark(wrapHanging("  ", m.speaker(sp)+" – "+store.OneLine(sp.Summary), w))...)
	}
	out = append(out, st.Accent.Render(T("live.decided")+":"))
	if len(rec.Points) == 0 {
		out[len(out)-1] += " " + none
	}
	for _, p := range rec.Points {
		out = append(out, mark(wrapHanging("  "+m.pointRef(p.Position)+". ", store.OneLine(p.Text), w))...)
		for _, a := range m.assignmentsOf(p.ID) {
			out = append(out, mark(m.assignmentLine(*a, "      ", w))...)
		}
	}
	for _, a := range m.assignmentsOf(0) {
		out = append(out, mark(m.assignmentLine(*a, "  ", w))...)
	}
	return append(out, m.tallyLines(w, false)...), selLine
}

func (m Model) labelled(label, text string, w int) []string {
	lines := wrapHanging(label, text, w)
	lines[0] = m.c.Styles.Accent.Render(label) + strings.TrimPrefix(lines[0], label)
	return lines
}

func (m Model) speaker(sp store.Speech) string {
	switch {
	case sp.SpeakerMemberID != 0:
		return m.memberName(sp.SpeakerMemberID)
	case sp.SpeakerGuestID != 0:
		return m.guestName(sp.SpeakerGuestID)
	}
	return store.OneLine(sp.SpeakerName)
}

func (m Model) assignmentLine(a store.AssignmentRow, indent string, w int) []string {
	text := m.c.T.T("live.assignment_line", map[string]any{"Text": strings.TrimRight(store.OneLine(a.Text), ". "),
		"Who": dashIfEmpty(strings.TrimRight(store.OneLine(a.ResponsibleName), ". "), m.c.T.T("common.none")), "Deadline": dateOrNone(a.Deadline, m.c.Lang, m.c.T.T("common.none"))})
	return wrapHanging(indent+"→ ", text, w)
}

func dateOrNone(d string, lang i18n.Lang, none string) string {
	if d == "" {
		return none
	}
	return common.FormatDate(d, lang)
}

// tallyLines: the tally and the outcome under the council's rule. Live (during the roll
// call) they are computed from the choices on screen; otherwise they are the recorded result.
func (m Model) tallyLines(w int, live bool) []string {
	st, roll := m.c.Styles, m.live.Record.Roll
	var t store.Tally
	var o store.Outcome
	switch {
	case live:
		t = roll.Tally()
		o = store.Decide(store.DecisionInput{Rule: m.live.Council.DecisionRule, Tie: m.live.Council.TieRule,
			Membership: len(roll.Members), Present: roll.Quorum.Got, Tally: t, PresidingFor: m.presidingFor()})
	case roll.Recorded:
		t, o = roll.Result.Tally, roll.Result.Outcome
	default:
		return nil
	}
	tally := m.c.T.T("live.tally", t.Args())
	var extra []string
	for _, x := range []struct {
		id string
		n  int
	}{{"live.tally_not_voted", t.NotVoted}, {"live.tally_recused", t.Recused}, {"live.tally_absent", t.Absent}} {
		if x.n > 0 {
			extra = append(extra, m.c.T.T(x.id, map[string]any{"N": x.n}))
		}
	}
	if len(extra) > 0 {
		tally += "; " + strings.Join(extra, "; ")
	}
	os := st.OK
	if !o.Adopted {
		os = st.Bad
	}
	out := wrapHanging("", tally, w)
	return append(out, styled(os, wrapHanging("", common.OutcomeText(m.c.T, o), w))...)
}

func (m Model) presidingFor() *bool {
	for _, rm := range m.live.Record.Roll.Members {
		if rm.Member.ID == m.live.Record.Roll.PresidingID && rm.Presence != store.PresenceAbsent &&
			(rm.Choice == store.VoteFor || rm.Choice == store.VoteAgainst) {
			v := rm.Choice == store.VoteFor
			return &v
		}
	}
	return nil
}

// formLines: the open editor, its fields with their messages and suggestions.
func (m Model) formLines() []string { return strings.Split(m.form.View(), "\n") }

// rollLines: one row per member with presence and choice, the cursor kept in view.
func (m Model) rollLines(room int) []string {
	return m.memberRows(m.drawn.item, room, true)
}

// memberRows are the members' rows under a heading, the cursor's row kept in view.
func (m Model) memberRows(heading string, room int, vote bool) []string {
	room = max(room-1, 1)
	members, rows := m.live.Record.Roll.Members, m.drawn.rows[0]
	if vote {
		rows = m.drawn.rows[1]
	}
	start := max(min(m.cursor-room/2, len(members)-room), 0)
	out := make([]string, 0, min(room, len(members))+1)
	out = append(out, heading)
	for i := start; i < len(members) && i < start+room; i++ {
		if i == m.cursor || i >= len(rows) {
			out = append(out, m.memberRow(members[i], i == m.cursor, max(m.c.Width, 1), vote))
		} else {
			out = append(out, rows[i])
		}
	}
	return out
}

func (m Model) memberRow(rm store.RollMember, selected bool, w int, vote bool) string {
	st := m.c.Styles
	right := m.c.T.Label(rm.Presence)
	if vote {
		right = m.choiceLabel(rm)
	}
	mark := "  "
	if selected {
		mark = "▸ "
	}
	nameW := max(w-common.Width(right)-4, 4)
	name := common.Truncate(store.OneLine(rm.Member.FullName), nameW, "…")
	row := mark + name + strings.Repeat(" ", max(nameW-common.Width(name), 0)) + "  " + right
	switch {
	case selected:
		return st.TableSelected.Render(row)
	case rm.Presence == store.PresenceAbsent:
		return st.Muted.Render(row)
	}
	return st.TableRow.Render(row)
}

func (m Model) choiceLabel(rm store.RollMember) string {
	if rm.Presence == store.PresenceAbsent {
		return m.c.T.Label(store.VoteAbsent)
	}
	switch rm.Choice {
	case "", store.VoteAbsent:
		return "·"
	case store.VoteRecused:
		return m.c.T.T("live.recused_short")
	}
	return m.c.T.Label(rm.Choice)
}

func (m Model) attendanceLines(room int) []string {
	return m.memberRows(m.c.Styles.Accent.Render(m.c.T.T("live.attendance_title")), room, false)
}

// wrapHanging wraps text after prefix; following lines are indented by the prefix's width.
func wrapHanging(prefix, text string, w int) []string {
	pw := lipgloss.Width(prefix)
	inner := max(w-pw, 8)
	lines := strings.Split(ansi.Wrap(text, inner, " "), "\n")
	pad := strings.Repeat(" ", pw)
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = pad + lines[i]
		}
	}
	return lines
}

func styled(s lipgloss.Style, lines []string) []string {
	for i := range lines {
		lines[i] = s.Render(lines[i])
	}
	return lines
}

// dashIfEmpty is s, or none when s is empty.
func dashIfEmpty(s, none string) string {
	if s == "" {
		return none
	}
	return s
}

// stateLabel is the item's state; an open item with something recorded is "under
// consideration", not "not considered" (the store marks items done when the meeting closes).
func (m Model) stateLabel(it store.AgendaItem) string {
	r := m.live.Record
	if it.State == store.ItemOpen && r.Item.ID == it.ID && (strings.TrimSpace(r.Item.Heard) != "" ||
		len(r.Speeches)+len(r.Points)+len(r.Assignments) > 0 || r.Roll.Recorded) {
		return m.c.T.T("live.state_under_way")
	}
	return m.c.T.Label(it.State)
}
