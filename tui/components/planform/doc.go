// Package planform describes the fields of the Action Plan section's forms (a plan, a
// commitment), shared by the plan screens and the commitment detail, which never import each other.
//
// Imports: store, tui/common and tui/components/form; never a screen.
package planform
