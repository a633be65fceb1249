package tui

import (
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/assignments"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/meetings"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/members"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/plan"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/settings"
)

// section is one tab of the interface.
type section struct {
	key   string                            // the key that jumps to it
	title string                            // the catalog id of its name, shown on its tab
	home  func(common.Common) common.Screen // builds its first screen
}

// sections are the tabs in order, indexed by common.Section: their number, keys, tabs,
// titles and home screens all come from this list.
var sections = [...]section{
	common.SectionMeetings:    {"1", "section.meetings", func(c common.Common) common.Screen { return common.Wrap(meetings.New(c)) }},
	common.SectionMembers:     {"2", "section.members", func(c common.Common) common.Screen { return common.Wrap(members.New(c)) }},
	common.SectionPlan:        {"3", "section.plan", func(c common.Common) common.Screen { return common.Wrap(plan.New(c)) }},
	common.SectionAssignments: {"4", "section.assignments", func(c common.Common) common.Screen { return common.Wrap(assignments.New(c)) }},
	common.SectionSettings:    {"5", "section.settings", func(c common.Common) common.Screen { return common.Wrap(settings.New(c)) }},
}

// sectionKeys are the sections' keys in tab order.
func sectionKeys() []string {
	out := make([]string, len(sections))
	for i, s := range sections {
		out[i] = s.key
	}
	return out
}

// sectionByKey is the section whose key is k.
func sectionByKey(k string) (common.Section, bool) {
	for i, s := range sections {
		if s.key == k {
			return common.Section(i), true
		}
	}
	return 0, false
}

// step is the section by places after s (before it when by is negative), round the tabs.
func step(s common.Section, by int) common.Section {
	n := len(sections)
	return common.Section(((int(s)+by)%n + n) % n)
}
