package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// TestVerifyPassesOnUpgradedVersion1: the frozen council of schema version 1 (see
// store/upgrade_fixture_test.go), upgraded by this Rada, passes `rada verify`.
func TestVerifyPassesOnUpgradedVersion1(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("..", "..", "store", "testdata", "upgrade", "v1.db"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "council.db")
	if err := os.WriteFile(path, body, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, out, errs := rada(t, "--db", path, "verify")
	if code != 0 || !strings.Contains(out, "journal chain of 32 entries intact") {
		t.Fatalf("verify = %d %q %q", code, out, errs)
	}
}
