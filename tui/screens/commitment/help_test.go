package commitment

import (
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// TestEachKeyOnceInHelp: on every pane the full help names each key once.
func TestEachKeyOnceInHelp(t *testing.T) {
	f := newFixture(t, store.Commitment{Title: "Відкриті дані", StartMonth: "2025-04", EndMonth: "2026-06"})
	sc := open(t, f, 80, 24)
	for range paneCount {
		seen := map[string]string{}
		for _, g := range sc.M.FullHelp() {
			for _, b := range g {
				k := b.Help().Key
				if d, dup := seen[k]; dup {
					t.Errorf("pane %d: %q twice: %q and %q", sc.M.pane, k, d, b.Help().Desc)
				}
				seen[k] = b.Help().Desc
			}
		}
		sc.Keys("l")
	}
}
