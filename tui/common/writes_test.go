package common

import (
	"testing"
	"time"
)

func TestWritesWaitForEveryWriteBegun(t *testing.T) {
	w := &Writes{}
	if !w.Wait(time.Second) {
		t.Fatal("no write begun, yet the wait timed out")
	}
	end := w.Begin()
	if w.Wait(10 * time.Millisecond) {
		t.Fatal("the wait ended with a write still running")
	}
	end()
	end() // ending twice counts once
	if !w.Wait(time.Second) {
		t.Fatal("the wait did not end after the write")
	}
	var none *Writes
	none.Begin()()
	if !none.Wait(time.Second) {
		t.Error("a nil Writes has nothing to wait for")
	}
}
