package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// WriteFile writes a document to path through a temporary file in the same folder, so a
// failed export never leaves half a file; the file is readable by others (0644), as a
// document meant to be shared.
func WriteFile(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the temporary name means nothing to the person
		}
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// DefaultName is the file name a document is offered under, in lang (doc.file):
// protokol-2026-03.docx for the minutes of a meeting held in March 2026,
// poriadok-dennyi-2026-03.pdf for its agenda, vytiah-2026-03-p2.md for an extract of item 2.
func DefaultName(kind string, date string, item int, f Format, lang i18n.Lang) string {
	month := date
	if len(date) >= 7 {
		month = date[:7]
	}
	id := "doc.file.minutes"
	switch {
	case kind == "agenda":
		id = "doc.file.agenda"
	case item > 0:
		id = "doc.file.extract"
	}
	return word(lang, id, map[string]any{"Month": month, "Item": item}) + f.Ext()
}
