// Package bar draws progress as a bar of block characters.
//
// Imports: the standard library only.
package bar
