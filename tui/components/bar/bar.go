package bar

import "strings"

// Bar draws share (0–1) as a bar of width cells: █ done, ░ to do.
func Bar(share float64, width int) string {
	if width <= 0 {
		return ""
	}
	share = max(0, min(1, share))
	full := int(share*float64(width) + 0.5)
	return strings.Repeat("█", full) + strings.Repeat("░", width-full)
}
