package files

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The refusals; Check and Write wrap them with the path.
var (
	ErrLive       = errors.New("is the council's live database or one of its files; choose another file")
	ErrExists     = errors.New("already exists")
	ErrSymlink    = errors.New("is a symbolic link; name the file itself")
	ErrFolder     = errors.New("is a folder; name a file")
	ErrNotRegular = errors.New("is not a regular file (a device, pipe or socket)")
	ErrNoName     = errors.New("no file name given")
)

// Modes of the files Rada writes: private ones (backups, personal data) only for their
// owner, documents meant to be shared readable by others. Windows keeps only the read-only
// bit; a private file there stays private by living in the user's profile.
const (
	Private os.FileMode = 0o600
	Shared  os.FileMode = 0o644
)

// Options are the rules of one write.
type Options struct {
	Force bool        // replace an existing regular file (never a link, device or folder)
	Mode  os.FileMode // Private or Shared
	Live  string      // the open database: never written, nor its -wal, -shm or -journal
}

// Check says whether path may be written under o, writing nothing. The live database comes
// first, however path is spelled: relative, through a symbolic link or as a hard link.
func Check(path string, o Options) error {
	if path == "" {
		return ErrNoName
	}
	if IsLive(path, o.Live) {
		return fmt.Errorf("%s %w", path, ErrLive)
	}
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	case st.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s %w", path, ErrSymlink)
	case st.IsDir():
		return fmt.Errorf("%s %w", path, ErrFolder)
	case !st.Mode().IsRegular():
		return fmt.Errorf("%s %w", path, ErrNotRegular)
	case !o.Force:
		return fmt.Errorf("%s %w", path, ErrExists)
	}
	return nil
}

// sidecars are the files SQLite keeps beside a database.
var sidecars = []string{"", "-wal", "-shm", "-journal"}

// IsLive says whether path is the database live or one of its files: the same file
// (os.SameFile, so any spelling of it, a symbolic link or a hard link), or a name beside
// it that SQLite would take for its log or shared memory.
func IsLive(path, live string) bool {
	if live == "" || path == "" {
		return false
	}
	target, terr := os.Stat(path)
	dirs := []string{live}
	if resolved, err := filepath.EvalSymlinks(live); err == nil && resolved != live {
		dirs = append(dirs, resolved)
	}
	for _, db := range dirs {
		for _, s := range sidecars {
			if st, err := os.Stat(db + s); err == nil && terr == nil && os.SameFile(st, target) {
				return true
			}
			if sameFolder(path, db) && strings.EqualFold(filepath.Base(path), filepath.Base(db)+s) {
				return true
			}
		}
	}
	return false
}

func sameFolder(a, b string) bool {
	sa, err := os.Stat(filepath.Dir(a))
	if err != nil {
		return false
	}
	sb, err := os.Stat(filepath.Dir(b))
	return err == nil && os.SameFile(sa, sb)
}

// unwrapPath drops the *fs.PathError's own path, which the message already names (or which
// is a temporary name that means nothing to the person).
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Watched remembers the first error of the writer it wraps (without the *fs.PathError's
// name of the file), so that a failed write is noticed even when the code writing through it
// buffers or drops the error.
type Watched struct {
	W   io.Writer
	Err error
}

func (w *Watched) Write(p []byte) (int, error) {
	if w.Err != nil {
		return 0, w.Err
	}
	n, err := w.W.Write(p)
	if err != nil {
		w.Err = unwrapPath(err)
	}
	return n, err
}

// Write writes path through write as Replace does.
func Write(path string, o Options, write func(io.Writer) error) error {
	return Replace(path, o, func(f *os.File) error {
		w := &Watched{W: f}
		err := write(w)
		if w.Err != nil {
			return fmt.Errorf("cannot write %s: %w", path, w.Err)
		}
		return err
	})
}
