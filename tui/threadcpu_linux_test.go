package tui

import (
	"syscall"
	"time"
	"unsafe"
)

// threadCPU is the calling thread's CPU time (the benchmark locks its goroutine to it),
// from clock_gettime(CLOCK_THREAD_CPUTIME_ID): nanoseconds, not scheduler ticks.
func threadCPU() time.Duration {
	var ts syscall.Timespec
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}

const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID
