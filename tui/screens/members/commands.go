package members

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// memberSavedMsg says a create or update finished.
type memberSavedMsg struct {
	member store.Member
	err    error
}

// useLoadedMsg says in which records the member d was pressed on appears.
type useLoadedMsg struct {
	member store.Member
	use    store.MemberUse
	err    error
}

// memberDeletedMsg and memberLeftMsg report the end of d's two paths.
type (
	memberDeletedMsg struct {
		member store.Member
		err    error
	}
	memberLeftMsg struct {
		member store.Member
		err    error
	}
)

// statsLoadedMsg carries a member's detail.
type statsLoadedMsg struct {
	reqID int
	stats store.MemberStats
	err   error
}

func saveMember(s *store.Store, m store.Member) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		var err error
		if m.ID == 0 {
			m.ID, err = s.CreateMember(ctx, m)
		} else {
			err = s.UpdateMember(ctx, m)
		}
		return memberSavedMsg{member: m, err: err}
	}
}

func loadUse(s *store.Store, m store.Member) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		u, err := s.GetMemberUse(ctx, m.ID)
		return useLoadedMsg{member: m, use: u, err: err}
	}
}

func deleteMember(s *store.Store, m store.Member) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		return memberDeletedMsg{member: m, err: s.DeleteMember(ctx, m.ID)}
	}
}

func leaveCouncil(s *store.Store, m store.Member, date, reason string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		return memberLeftMsg{member: m, err: s.LeaveCouncil(ctx, m.ID, date, reason)}
	}
}

func loadStats(s *store.Store, id int64, reqID int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		st, err := s.GetMemberStats(ctx, id)
		return statsLoadedMsg{reqID: reqID, stats: st, err: err}
	}
}
