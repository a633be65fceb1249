//go:build !linux

package tui

import "time"

// threadCPU is measured on Linux only (the benchmarks' figures come from there); elsewhere
// it is zero, so the p99-cpu figure reads 0 and the wall-time figures stand alone.
func threadCPU() time.Duration { return 0 }
