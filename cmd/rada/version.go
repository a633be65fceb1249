package main

import (
	"context"
	"fmt"
)

func runVersion(_ context.Context, c call) error {
	_, err := fmt.Fprintf(c.stdout, "rada %s\n", version)
	return err
}
