package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/commitment"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/live"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/meeting"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/members"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/plan"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/welcome"
)

func (m Model) welcomeScreen() common.Screen {
	return common.Wrap(welcome.New(m.screenCommon(), m.opts.OpenDemo != nil))
}

// screenFor builds the screen an Open message asks for. Each screen's helper adds its case
// here, e.g.:
//
//	case common.OpenMeetingMsg:
//		return common.Wrap(meeting.New(c, msg.ID)), true
func (m Model) screenFor(msg tea.Msg) (common.Screen, bool) {
	c := m.screenCommon()
	switch msg := msg.(type) {
	case common.OpenMeetingMsg:
		return common.Wrap(meeting.New(c, msg.ID)), true
	case common.OpenPlanMsg:
		return common.Wrap(plan.NewCommitments(c, msg.ID)), true
	case common.OpenCommitmentMsg:
		return common.Wrap(commitment.New(c, msg.ID)), true
	case common.OpenMemberMsg:
		return common.Wrap(members.NewDetail(c, msg.ID)), true
	case common.OpenLiveMsg:
		return common.Wrap(live.New(c, msg.MeetingID)), true
	}
	return nil, false
}
