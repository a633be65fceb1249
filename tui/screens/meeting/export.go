package meeting

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
)

// exportAgenda writes the meeting's agenda as Markdown into the current folder and says where.
func exportAgenda(st *store.Store, t *i18n.Catalog, id int64) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		path, err := export.WriteAgendaFile(ctx, st, id, ".")
		if err != nil {
			return common.StatusMsg{Text: t.T("meeting.export.failed", map[string]any{"Err": store.OneLine(err.Error())}), Err: true}
		}
		return common.StatusMsg{Text: t.T("meeting.export.done", map[string]any{"Path": path})}
	}
}
