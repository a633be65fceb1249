package members

import (
	"context"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// newCommon opens a founded council in a temporary file.
func newCommon(t *testing.T, lang i18n.Lang) common.Common {
	t.Helper()
	return screentest.Common(screentest.NewCouncil(t, "test", screentest.Now), lang, 80, 19, screentest.Now)
}

func addMember(t *testing.T, c common.Common, name string, side store.Side, role store.Role) int64 {
	t.Helper()
	id, err := c.Store.CreateMember(context.Background(), store.Member{FullName: name, Side: side, Role: role,
		Sector: store.SectorNGO, Organisation: "ГО «Світло»"})
	if err != nil {
		t.Fatal(err)
	}
	return id
}
