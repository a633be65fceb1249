package members

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// Detail is one member's page: contact, term, role history, attendance over the last
// 12 months, votes and assignments.
type Detail struct {
	c       common.Common
	id      int64
	reqID   int
	stats   store.MemberStats
	loaded  bool
	loadErr string
	vp      viewport.Model
	keys    detailKeys
}

type detailKeys struct{ Edit, Scroll key.Binding }

// NewDetail opens member id's page; Init loads it.
func NewDetail(c common.Common, id int64) Detail {
	d := Detail{c: c, id: id, reqID: 1, vp: viewport.New(0, 0)}
	vk := &d.vp.KeyMap
	keys.AddTwins(&vk.PageDown, &vk.PageUp, &vk.HalfPageUp, &vk.HalfPageDown, &vk.Down, &vk.Up, &vk.Left, &vk.Right)
	d.keys = detailKeys{
		Edit:   keys.NewBinding(key.WithKeys("e"), key.WithHelp("e", c.T.T("members.key.edit"))),
		Scroll: keys.NewBinding(key.WithKeys("up", "down", "k", "j", "pgup", "pgdown"), key.WithHelp("↑/↓", c.T.T("members.key.scroll"))),
	}
	return d.SetSize(c.Width, c.Height)
}

// Init loads the member's detail.
func (d Detail) Init() tea.Cmd { return loadStats(d.c.Store, d.id, d.reqID) }

// Update scrolls, opens the form on e and reloads after any change.
func (d Detail) Update(msg tea.Msg) (Detail, tea.Cmd) {
	switch msg := msg.(type) {
	case statsLoadedMsg:
		if msg.reqID != d.reqID {
			return d, nil
		}
		d.loaded = true
		if msg.err != nil {
			d.loadErr = d.c.ErrText(msg.err)
			return d, d.c.Error(msg.err)
		}
		d.loadErr, d.stats = "", msg.stats
		d.vp.SetContent(d.body())
		return d, nil
	case common.DataChangedMsg:
		d.reqID++
		return d, loadStats(d.c.Store, d.id, d.reqID)
	case tea.KeyMsg:
		if key.Matches(msg, d.keys.Edit) && d.loaded && d.loadErr == "" {
			return d, common.Send(common.PushMsg{Screen: common.Wrap(NewForm(d.c, d.stats.Member))})
		}
	}
	var cmd tea.Cmd
	d.vp, cmd = d.vp.Update(msg)
	return d, cmd
}

// body is the page's text, wrapped to the width.
func (d Detail) body() string {
	var b strings.Builder
	d.writeMember(&b)
	d.writeRoles(&b)
	d.writeAttendance(&b)
	d.writeVotes(&b)
	d.writeAssignments(&b)
	return ansi.Wordwrap(strings.TrimRight(b.String(), "\n"), max(d.c.Width, 1), "")
}

func (d Detail) line(b *strings.Builder, label, value string) {
	if value == "" {
		return
	}
	st := d.c.Styles
	fmt.Fprintf(b, "%s %s\n", st.Label.Render(label+":"), st.Field.Render(store.OneLine(value)))
}

func (d Detail) heading(b *strings.Builder, text string) {
	fmt.Fprintf(b, "\n%s\n", d.c.Styles.Subtitle.Render(text))
}

func (d Detail) writeMember(b *strings.Builder) {
	t, m := d.c.T, d.stats.Member
	d.line(b, t.T("members.field.position"), m.Position)
	d.line(b, t.T("members.field.organisation"), m.Organisation)
	d.line(b, t.T("members.field.sector"), t.Label(m.Sector))
	d.line(b, t.T("members.field.side"), t.Label(m.Side))
	d.line(b, t.T("members.field.role"), t.Label(m.Role))
	d.line(b, t.T("members.field.email"), m.Email)
	d.line(b, t.T("members.field.phone"), m.Phone)
	d.line(b, t.T("members.detail.term"), d.term(m))
	if !m.Active {
		d.line(b, t.T("members.field.leave_reason"), m.LeaveReason)
	}
	if m.Notes != "" {
		fmt.Fprintf(b, "%s\n%s\n", d.c.Styles.Label.Render(t.T("members.field.notes")+":"), store.Clean(m.Notes))
	}
}

func (d Detail) term(m store.Member) string {
	from, to := d.date(m.TermFrom), d.date(m.TermTo)
	switch {
	case from == "" && to == "":
		return ""
	case to == "":
		return d.c.T.T("members.detail.since", map[string]any{"From": from})
	}
	return d.c.T.T("members.detail.term_range", map[string]any{"From": or(from, "…"), "To": to})
}

func (d Detail) date(s string) string { return common.FormatDate(s, d.c.Lang) }

func (d Detail) writeRoles(b *strings.Builder) {
	d.heading(b, d.c.T.T("members.detail.roles"))
	for _, r := range d.stats.Roles {
		until := d.date(r.Until)
		if until == "" {
			until = d.c.T.T("members.detail.now")
		}
		fmt.Fprintf(b, "  %s: %s – %s\n", d.c.T.Label(r.Role), d.date(r.Since), until)
	}
}

func (d Detail) writeAttendance(b *strings.Builder) {
	t, a := d.c.T, d.stats.Attendance
	d.heading(b, t.T("members.detail.attendance", map[string]any{"From": d.date(a.From), "To": d.date(a.To)}))
	if a.Meetings == 0 {
		fmt.Fprintf(b, "  %s\n", t.T("members.detail.no_meetings"))
		return
	}
	fmt.Fprintf(b, "  %s\n", t.N("members.detail.attended", a.Meetings, map[string]any{
		"Attended": a.Present + a.Remote, "Percent": a.Percent(), "Remote": a.Remote}))
}

func (d Detail) writeVotes(b *strings.Builder) {
	t := d.c.T
	d.heading(b, t.N("members.detail.votes", len(d.stats.Votes)))
	for _, v := range d.stats.Votes {
		fmt.Fprintf(b, "  %s\n", t.T("members.detail.vote", map[string]any{"Number": v.MeetingNumber,
			"Date": d.date(v.MeetingDate), "Item": v.ItemPosition, "Title": store.OneLine(v.ItemTitle),
			"Choice": d.c.T.Label(v.Choice)}))
	}
}

func (d Detail) writeAssignments(b *strings.Builder) {
	t := d.c.T
	d.heading(b, t.N("members.detail.assignments", len(d.stats.Assignments)))
	for _, a := range d.stats.Assignments {
		deadline := d.date(a.Deadline)
		if deadline == "" {
			deadline = t.T("common.none")
		}
		fmt.Fprintf(b, "  %s\n", t.T("members.detail.assignment", map[string]any{"Text": store.OneLine(a.Text),
			"Deadline": deadline, "Status": d.c.T.Label(a.Status), "Number": a.MeetingNumber, "Date": d.date(a.MeetingDate)}))
	}
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// SetSize gives the page all but the title line.
func (d Detail) SetSize(w, h int) Detail {
	d.c.Width, d.c.Height = w, h
	d.vp.Width, d.vp.Height = max(w, 0), max(h-1, 0)
	if d.loaded && d.loadErr == "" {
		d.vp.SetContent(d.body())
	}
	return d
}

// View is the member's name and the page.
func (d Detail) View() string {
	st := d.c.Styles
	switch {
	case !d.loaded:
		return st.Title.Render(d.Title()) + "\n" + st.Muted.Render(d.c.T.T("common.loading"))
	case d.loadErr != "":
		return st.Title.Render(d.Title()) + "\n" + st.StatusErr.Render(d.loadErr)
	}
	return st.Title.Render(ansi.Truncate(d.Title(), max(d.c.Width, 1), "…")) + "\n" + d.vp.View()
}

// ShortHelp shows edit, and scrolling when the page is longer than the screen.
func (d Detail) ShortHelp() []key.Binding {
	var out []key.Binding
	if d.loaded && d.loadErr == "" {
		out = append(out, d.keys.Edit)
	}
	if d.vp.TotalLineCount() > d.vp.Height {
		out = append(out, d.keys.Scroll)
	}
	return out
}

// FullHelp lists the page's keys.
func (d Detail) FullHelp() [][]key.Binding { return [][]key.Binding{{d.keys.Edit, d.keys.Scroll}} }

// Capturing is false: the page takes no typed text.
func (d Detail) Capturing() bool { return false }

// Title is the member's name, or a placeholder while loading.
func (d Detail) Title() string {
	if !d.loaded || d.loadErr != "" {
		return d.c.T.T("members.detail.title")
	}
	p := d.stats.Member
	name := store.OneLine(p.FullName)
	switch {
	case p.Active:
	case p.TermTo != "":
		name += " (" + d.c.T.T("members.former_left", map[string]any{"Date": common.FormatDate(p.TermTo, d.c.Lang)}) + ")"
	default:
		name += " (" + d.c.T.T("members.former_title") + ")"
	}
	return name
}
