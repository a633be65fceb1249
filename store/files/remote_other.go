//go:build !linux && !darwin && !windows

package files

// remoteKind cannot tell on this system: no warning rather than a wrong one.
func remoteKind(string) string { return "" }
