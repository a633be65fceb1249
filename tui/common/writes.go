package common

import (
	"sync"
	"time"
)

// Writes counts the writes a screen has started but not finished, so that the program can
// wait for them before it closes the file: the roll call writes a vote a frame after its
// key, and a vote keyed just before ctrl+c must still be stored. A nil *Writes counts nothing.
type Writes struct{ wg sync.WaitGroup }

// Begin counts a write about to start; call the function it returns once it has ended.
func (w *Writes) Begin() (end func()) {
	if w == nil {
		return func() {}
	}
	w.wg.Add(1)
	var once sync.Once
	return func() { once.Do(w.wg.Done) }
}

// Wait waits for the writes counted, at most d, and says whether they all ended.
func (w *Writes) Wait(d time.Duration) bool {
	if w == nil {
		return true
	}
	done := make(chan struct{})
	go func() {
		w.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}
