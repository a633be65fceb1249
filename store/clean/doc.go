// Package clean makes text a person typed safe to show in a terminal or a document.
//
// It owns the one sanitiser of typed text: control characters, escape sequences, bidi
// overrides and zero-width characters are removed before text reaches a screen or a file.
//
// Imports: the standard library only.
package clean
