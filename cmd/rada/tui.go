package main

import (
	"context"
	"errors"
)

// runTUI opens the interface; the shell arrives with the tui package.
func runTUI(ctx context.Context, g globals) error {
	return errors.New("the interface is not built yet")
}
