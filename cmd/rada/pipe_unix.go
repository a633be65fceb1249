//go:build unix

package main

import (
	"os/signal"
	"syscall"
)

// keepBrokenPipe makes a write to a closed pipe (rada export … | head -c0) an error the
// command reports with exit status 1, instead of a signal that ends the program silently.
func keepBrokenPipe() { signal.Ignore(syscall.SIGPIPE) }
