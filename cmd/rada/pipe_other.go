//go:build !unix

package main

// keepBrokenPipe does nothing where a write to a closed pipe is already an error.
func keepBrokenPipe() {}
