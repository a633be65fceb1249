package demotest

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
)

// EnvLarge names an already written large demo council to copy instead of writing one.
const EnvLarge = "RADA_BENCH_DB"

const dirPrefix = "rada-demotest-"

var (
	once   sync.Once
	master string
	errGen error
)

// Large returns the path of a private copy of the large demo council in tb.TempDir().
func Large(tb testing.TB) string {
	tb.Helper()
	once.Do(func() { master, errGen = writeMaster() })
	if errGen != nil {
		tb.Fatalf("large demo council: %v", errGen)
	}
	path := filepath.Join(tb.TempDir(), "large.db")
	if err := copyFile(master, path); err != nil {
		tb.Fatalf("copy the large demo council: %v", err)
	}
	return path
}

// OpenLarge opens a private copy of the large demo council, closed when tb ends.
func OpenLarge(tb testing.TB, opts ...store.Option) *store.Store {
	tb.Helper()
	s, err := store.Open(context.Background(), Large(tb), opts...)
	if err != nil {
		tb.Fatalf("open the large demo council: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// writeMaster uses $RADA_BENCH_DB when set, else writes the council into a folder named
// after this process; folders left by processes that have ended are removed first.
func writeMaster() (string, error) {
	if p := os.Getenv(EnvLarge); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("$%s: %w", EnvLarge, err)
		}
		return p, nil
	}
	sweep()
	dir, err := os.MkdirTemp("", fmt.Sprintf("%s%d-", dirPrefix, os.Getpid()))
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "large.db")
	s, err := store.Open(context.Background(), path)
	if err != nil {
		return "", err
	}
	defer s.Close()
	return path, demo.Load(context.Background(), s, demo.Large)
}

// sweep removes the councils of earlier test processes that are gone.
func sweep() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), dirPrefix+"*"))
	for _, d := range dirs {
		pid, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(filepath.Base(d), dirPrefix), "-", 2)[0])
		if err != nil || pid == os.Getpid() || alive(pid) {
			continue
		}
		os.RemoveAll(d)
	}
}

// copyFile copies the database; the master is closed, so its write-ahead log is empty.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// CPU starts counting the process's CPU time; the returned func reports it per operation
// ("cpu-µs/op"), the steadier figure when other work shares the machine. Call it after the loop.
func CPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		if b.N > 0 {
			b.ReportMetric(float64((cpuTime()-start).Microseconds())/float64(b.N), "cpu-µs/op")
		}
	}
}
