package store

import "math/rand/v2"

// newRand is a seeded generator; tests log the seed so a failure can be replayed.
func newRand(seed int64) *rand.Rand { return rand.New(rand.NewPCG(uint64(seed), 0x5afe)) }
