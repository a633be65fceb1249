package meeting

import (
	"context"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/exportdialog"
)

// recordLines are the minutes as they stand — the very document every export writes from
// store.MeetingRecord — wrapped to the screen.
func (m Model) recordLines() []string {
	w := max(m.c.Width-2, 10)
	var out []string
	for i, tb := range m.d.text {
		if i > 0 {
			out = append(out, "")
		}
		for _, l := range tb.Lines {
			lines := hanging(l, w, tb.Indent)
			if tb.Heading {
				for j := range lines {
					lines[j] = m.c.Styles.Subtitle.Render(lines[j])
				}
			}
			out = append(out, lines...)
		}
	}
	return out
}

// hanging wraps text to w; following lines are indented by indent.
func hanging(text string, w, indent int) []string {
	first := strings.Split(ansi.Wrap(text, w, " "), "\n")
	if indent == 0 || len(first) == 1 {
		return first
	}
	rest := strings.Join(first[1:], " ")
	out := []string{first[0]}
	pad := strings.Repeat(" ", indent)
	for _, l := range strings.Split(ansi.Wrap(rest, max(w-indent, 4), " "), "\n") {
		out = append(out, pad+l)
	}
	return out
}

// minutesLine is where the minutes stand: a draft, waiting for the co-chairs, or approved.
func (m Model) minutesLine() string {
	t, mt := m.c.T, m.d.meeting
	switch {
	case mt.Status.Allows(store.ActSubmitMinutes, store.RoleSecretary):
		if mt.ReturnNote != "" {
			return t.T("meeting.minutes.returned_note", map[string]any{"Note": store.OneLine(mt.ReturnNote)})
		}
		return t.T("meeting.minutes.closed_hint")
	case mt.Status.Allows(store.ActApproveMinutes, store.RoleCoChair) || mt.Status.Locked():
		parts := approvalParts(t, m.d.minutes, "meeting.minutes.approved_list")
		if len(m.d.minutes.Approved) == 0 {
			parts = append([]string{t.T("meeting.minutes.submitted_state")}, parts...)
		}
		return store.OneLine(strings.Join(parts, "; "))
	}
	return t.T("meeting.minutes.not_closed", map[string]any{"Status": m.c.T.Label(mt.Status)})
}

// minutesActorLine says what this keyboard may do with the minutes.
func (m Model) minutesActorLine() string {
	t, a := m.c.T, m.d.actor
	switch {
	case m.d.meeting.Status.Locked():
		return t.T("meeting.minutes.locked_hint")
	case a.ID != 0 && a.Role == store.RoleCoChair && approvedBy(m.d.minutes, a.ID):
		return t.T("meeting.minutes.you_approved", map[string]any{"Name": shortName(a.FullName)})
	case a.ID != 0 && a.Role == store.RoleCoChair:
		return t.T("meeting.minutes.you_chair", map[string]any{"Name": shortName(a.FullName)})
	}
	return m.otherActor("meeting.minutes.you_other")
}

// approvalParts lists who approved (approvedID) and who is awaited.
func approvalParts(t *i18n.Catalog, st store.ApprovalState, approvedID string) []string {
	var done, waiting, parts []string
	for _, a := range st.Approved {
		done = append(done, shortName(a.MemberName)+" "+stamp(a.ApprovedAt, t))
	}
	for _, p := range st.Pending {
		waiting = append(waiting, shortName(p.FullName))
	}
	if len(done) > 0 {
		parts = append(parts, t.T(approvedID, map[string]any{"List": strings.Join(done, ", ")}))
	}
	if len(waiting) > 0 {
		parts = append(parts, t.T("meeting.agenda.waiting_list", map[string]any{"List": strings.Join(waiting, ", ")}))
	}
	return parts
}

// minutesKey handles S (submit), A (approve), R (return) and x (export) on the Record tab: the store
// decides, and a refusal says why.
func (m Model) minutesKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k, t, st, id := m.keys, m.c.T, m.c.Store, m.id
	switch {
	case pressed(km, k.SubmitMinutes):
		return m, run(t.T("meeting.minutes.submitted"), 0, func(ctx context.Context) error { return st.SubmitMinutes(ctx, id) })
	case pressed(km, k.ApproveMinutes):
		return m, approveMinutes(st, t, id)
	case pressed(km, k.ReturnMinutes):
		return m.ask(promptReturnMinutes, 0), nil
	case key.Matches(km, k.Export):
		return m, common.Send(common.PushMsg{Screen: exportdialog.Screen(m.c, id)})
	}
	return m, nil
}

// approveMinutes records the actor's approval and says who approved, and whether that locked the meeting.
func approveMinutes(st *store.Store, t *i18n.Catalog, id int64) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		a, locked, err := st.ApproveMinutes(ctx, id)
		text := t.T("meeting.agenda.approved_by", map[string]any{"Name": shortName(a.MemberName), "At": stamp(a.ApprovedAt, t)})
		if locked {
			text = t.T("meeting.minutes.locked_now", map[string]any{"Name": shortName(a.MemberName)})
		}
		return doneMsg{text: text, err: err}
	}
}

// recordTop is the two lines above the minutes: where the approval stands and who acts.
func (m Model) recordTop() []string {
	st := m.c.Styles
	line := st.Accent.Render(m.minutesLine())
	if m.d.meeting.Status.Locked() {
		line = st.Locked.Render(m.minutesLine())
	}
	if s := m.d.meeting.Status; !s.Locked() && !s.Allows(store.ActApproveMinutes, store.RoleCoChair) {
		return []string{line} // nothing to approve yet: the co-chairs' keys would do nothing
	}
	return []string{line, st.Muted.Render(m.minutesActorLine())}
}
