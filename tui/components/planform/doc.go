// Package planform builds the forms of the Action Plan section (a plan, a commitment),
// shared by the plan screens and the commitment detail, which never import each other.
//
// Imports: store and tui/common; never a screen.
package planform
