package live

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

type (
	liveLoadedMsg struct {
		req  int
		live store.Live
		err  error
	}
	draftsLoadedMsg struct {
		drafts map[string]string
		err    error
	}
	draftSavedMsg struct{ err error }
	// doneMsg reports a store action; ok is the status text to show on success.
	doneMsg struct {
		ok      string
		err     error
		closed  bool // the meeting was closed: leave the live screen
		started bool // the session was started
	}
	// savedMsg reports a form's record saved (or refused).
	savedMsg struct {
		kind   formKind
		prefix string
		err    error
	}
	targetsLoadedMsg struct {
		targets []store.Meeting
		err     error
	}
)

func loadLive(st *store.Store, meetingID int64, position, req int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		l, err := st.GetLive(ctx, meetingID, position)
		return liveLoadedMsg{req: req, live: l, err: err}
	}
}

func loadDrafts(st *store.Store, prefix string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		d, err := st.ListDrafts(ctx, prefix)
		return draftsLoadedMsg{drafts: d, err: err}
	}
}

func saveDrafts(st *store.Store, drafts map[string]string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		return draftSavedMsg{err: st.SaveDrafts(ctx, drafts)}
	}
}

// act runs one store action and reports it with the text to show when it worked.
func act(ok string, fn func(ctx context.Context) error) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		return doneMsg{ok: ok, err: fn(ctx)}
	}
}

// record saves a form's record, then forgets its drafts.
func record(st *store.Store, kind formKind, prefix, marker string, fn func(ctx context.Context) error) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		if err := fn(ctx); err != nil {
			return savedMsg{kind: kind, prefix: prefix, err: err}
		}
		err := st.ClearDrafts(ctx, prefix)
		if err == nil {
			err = st.ClearDraft(ctx, marker)
		}
		return savedMsg{kind: kind, prefix: prefix, err: err}
	}
}

func loadTargets(st *store.Store, meetingID int64) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		t, err := st.ListDeferTargets(ctx, meetingID)
		return targetsLoadedMsg{targets: t, err: err}
	}
}

// draftPrefix is where every draft of a meeting is kept; openKey remembers the open form.
func draftPrefix(meetingID int64) string { return fmt.Sprintf("m%d/", meetingID) }
func openKey(meetingID int64) string     { return fmt.Sprintf("m%d/open", meetingID) }

func formPrefix(meetingID, itemID int64, kind formKind, ref int64) string {
	if ref != 0 {
		return fmt.Sprintf("m%d/i%d/%s/%d/", meetingID, itemID, kind, ref)
	}
	return fmt.Sprintf("m%d/i%d/%s/", meetingID, itemID, kind)
}
