// Command rada is the coordination council's secretariat program: a terminal interface
// over one SQLite file, and commands that export its documents and data.
//
// It owns the command line — flags, subcommands, exit status, messages on standard error —
// and wires the parts together: it opens the store, hands it to the interface or to an
// export, and loads the demo council. No council rule lives here.
//
// Imports: store and its packages (demo, export), tui and store/i18n; nothing imports it.
package main
