// Package demo writes the demo council: a small one modelled on Khmelnytskyi's, with
// fictional people and real-looking records, and a large one for performance work.
// The same data comes out on every run: fixed dates, a seeded generator, no clock.
//
// Imports: store only; cmd/rada (rada demo, the welcome screen's "explore") and tests use it.
package demo
