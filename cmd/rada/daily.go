package main

import (
	"context"
	"fmt"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// backupWait bounds the daily backup at exit: the large demo council (13 MB) is copied in
// about 0.3 s, so only a stuck disk reaches it, and closing never waits longer.
const backupWait = 30 * time.Second

// closeBackup leaves the day's backup of s as the interface closes and returns the line that
// says so, or why it failed ("" when the day's backup was already there or the file holds
// nothing to keep). The demo council's file, being throwaway, is never passed here.
func closeBackup(s *store.Store, t *i18n.Catalog, now time.Time) string {
	ctx, cancel := context.WithTimeout(context.Background(), backupWait)
	defer cancel()
	path, made, err := s.DailyBackup(ctx, now)
	if err != nil && ctx.Err() != nil {
		err = fmt.Errorf("took longer than %s", backupWait)
	}
	switch {
	case made && err != nil:
		return t.T("app.backup_prune_failed", map[string]any{"Path": path, "Err": store.OneLine(err.Error())})
	case err != nil:
		return t.T("app.backup_failed", map[string]any{"Err": store.OneLine(err.Error())})
	case made:
		return t.T("app.backup_saved", map[string]any{"Path": path})
	}
	return ""
}
