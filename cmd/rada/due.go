package main

import (
	"context"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// now is the command line's clock; tests fix it.
var now = time.Now

// runDue prints what awaits whom, one line each, under a heading per kind.
func runDue(ctx context.Context, c call) error {
	s, err := openExisting(ctx, c.g, store.ReadOnly())
	if err != nil {
		return err
	}
	defer s.Close()
	council, err := s.GetCouncil(ctx)
	if err != nil {
		return explainOpen(err)
	}
	items, err := s.Due(ctx, now().Format(store.DateLayout))
	if err != nil {
		return err
	}
	t := i18n.New(i18n.Choose(c.g.lang, council.UILang))
	w := &errWriter{w: c.stdout}
	if len(items) == 0 {
		w.line(t.T("due.nothing"))
	}
	for i, it := range items {
		if i == 0 || items[i-1].Kind != it.Kind {
			if i > 0 {
				w.line("")
			}
			w.line(common.DueGroup(t, it.Kind))
		}
		w.line("  " + common.DueLine(t, it))
	}
	return w.err
}
