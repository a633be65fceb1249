// Package keys is the global keymap: next and previous section, a section's key, help,
// back, quit. Each screen's own keymap lives beside the screen; list keys shared by every
// table live here too. Every binding is built with NewBinding (twins.go), so that it also
// answers on the Ukrainian layout.
//
// Imports: store/i18n only.
package keys
