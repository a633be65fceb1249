package meeting

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// recordLines is a preview of what the minutes will say so far, wrapped to the screen.
func (m Model) recordLines() []string {
	var out []string
	w := max(m.c.Width-2, 10)
	for _, p := range m.recordParagraphs() {
		if p == "" {
			out = append(out, "")
			continue
		}
		out = append(out, strings.Split(ansi.Wrap(p, w, " "), "\n")...)
	}
	return out
}

func (m Model) recordParagraphs() []string {
	t, d, mt := m.c.T, m.d, m.d.meeting
	tr := func(id string, data ...map[string]any) string { return t.T("meeting.rec."+id, data...) }
	out := []string{
		tr("title", map[string]any{"Number": mt.Number}),
		store.OneLine(strings.Join(nonEmpty(dotted(mt.Date), mt.StartTime, mt.Place, mt.OnlineLink), " · ")),
		tr("presiding", map[string]any{"Name": orDash(d.memberName(mt.PresidingID))}),
		tr("secretary", map[string]any{"Name": orDash(d.memberName(mt.SecretaryID))}),
		"",
	}
	out = append(out, m.presenceParagraphs()...)
	out = append(out, "", tr("agenda"))
	for _, it := range d.items {
		line := fmt.Sprintf("%d. %s", it.Position, store.OneLine(it.Title))
		if it.Reporter != "" {
			line += " " + tr("reporter", map[string]any{"Name": shortName(it.Reporter)})
		}
		out = append(out, line)
	}
	for _, it := range d.items {
		out = append(out, "")
		out = append(out, m.itemParagraphs(it)...)
	}
	return out
}

func (m Model) presenceParagraphs() []string {
	tr := func(id string, data ...map[string]any) string { return m.c.T.T("meeting.rec."+id, data...) }
	var present, absent []string
	for _, r := range m.d.attendance {
		name := store.OneLine(r.FullName)
		switch r.Status {
		case store.PresenceAbsent:
			if r.Reason != "" {
				name += " (" + store.OneLine(r.Reason) + ")"
			}
			absent = append(absent, name)
		case store.PresenceRemote:
			present = append(present, name+" "+tr("remote_mark"))
		default:
			present = append(present, name)
		}
	}
	q := m.d.quorum()
	out := []string{tr("present", map[string]any{"Got": q.Got, "Of": q.Membership, "List": orDash(strings.Join(present, ", "))})}
	if len(absent) > 0 {
		out = append(out, tr("absent", map[string]any{"List": strings.Join(absent, ", ")}))
	}
	if len(m.d.guests) > 0 {
		var gs []string
		for _, g := range m.d.guests {
			gs = append(gs, guestRow(g))
		}
		out = append(out, tr("invited", map[string]any{"List": strings.Join(gs, "; ")}))
	}
	if !m.d.recorded() {
		out = append(out, tr("not_taken"))
	} else if q.Quorate {
		out = append(out, tr("quorate"))
	} else {
		out = append(out, tr("not_quorate"))
	}
	return out
}

func (m Model) itemParagraphs(it store.ItemPreview) []string {
	tr := func(id string, data ...map[string]any) string { return m.c.T.T("meeting.rec."+id, data...) }
	lines := strings.Split(store.Clean(it.Heard), "\n")
	heard := strings.Join(nonEmpty(shortName(it.Reporter), store.OneLine(lines[0])), " – ")
	out := []string{fmt.Sprintf("%d. %s %s", it.Position, tr("heard"), orDash(heard))}
	for _, l := range lines[1:] {
		out = append(out, store.OneLine(l))
	}
	for _, sp := range it.Speeches {
		out = append(out, tr("spoke")+" "+store.OneLine(strings.Join(nonEmpty(shortName(sp.SpeakerName), sp.Summary), " – ")))
	}
	if len(it.Points) > 0 || it.Vote != nil || len(it.Assignments) > 0 {
		out = append(out, tr("decided"))
	}
	for _, p := range it.Points {
		out = append(out, fmt.Sprintf("%d.%d. %s", it.Position, p.Position, store.OneLine(p.Text)))
	}
	for _, a := range it.Assignments {
		line := tr("assignment", map[string]any{"Text": store.OneLine(a.Text), "Who": orDash(store.OneLine(a.Responsible))})
		if a.Deadline != "" {
			line += " " + tr("deadline", map[string]any{"Date": dotted(a.Deadline)})
		}
		out = append(out, line)
	}
	if v := it.Vote; v != nil {
		out = append(out, tr("voted", map[string]any{"For": v.Tally.For, "Against": v.Tally.Against, "Abstain": v.Tally.Abstain}))
		switch {
		case v.Outcome.Adopted && v.Outcome.Unanimous:
			out = append(out, tr("adopted")+" "+tr("unanimous"))
		case v.Outcome.Adopted:
			out = append(out, tr("adopted"))
		default:
			out = append(out, tr("rejected"))
		}
	}
	if len(out) == 1 && it.Heard == "" && it.State == store.ItemOpen {
		out = append(out, tr("nothing_yet"))
	}
	return out
}

func nonEmpty(parts ...string) []string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}
