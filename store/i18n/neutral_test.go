package i18n

import (
	"io/fs"
	"strings"
	"testing"
)

// TestScreensUseNeutralWords: the screens' Ukrainian words for a person's presence and vote
// are neutral (not «Утримався», «Присутній», which read wrong for a woman). The documents'
// vote words (documents.toml, as protocols write them) and the open-data standard's
// (vocab opendata_*) stay as they are.
func TestScreensUseNeutralWords(t *testing.T) {
	gendered := []string{"утримався", "присутній", "відсутній", "голосував", "відсутня", "присутня"}
	err := fs.WalkDir(locales, "locales/uk", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, "documents.toml") {
			return err
		}
		b, err := locales.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			l := strings.ToLower(line)
			if strings.HasPrefix(l, "#") || strings.HasPrefix(l, "opendata_") {
				continue
			}
			l = strings.ReplaceAll(l, "кворум відсутній", "") // the quorum, not a person
			for _, w := range gendered {
				if strings.Contains(l, w) {
					t.Errorf("%s:%d: %q on a screen: %s", path, i+1, w, line)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
