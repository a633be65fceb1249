package common

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// The writes run in the order queued, whichever command Bubble Tea starts first.
func TestWritesRunInTheOrderQueued(t *testing.T) {
	w := &Writes{}
	var mu sync.Mutex
	var ran []int
	var q WriteQueue[[]int]
	var data []int
	var cmds []tea.Cmd
	for i := range 5 {
		var cmd tea.Cmd
		q, _, cmd = q.Add(w, &data, "", nil, func(context.Context) error {
			mu.Lock()
			ran = append(ran, i)
			mu.Unlock()
			return nil
		})
		cmds = append(cmds, cmd)
	}
	var wg sync.WaitGroup
	for _, cmd := range slices.Backward(cmds) {
		wg.Go(func() { cmd() })
	}
	wg.Wait()
	if want := []int{0, 1, 2, 3, 4}; !slices.Equal(ran, want) {
		t.Errorf("ran %v, want %v", ran, want)
	}
}

// Flush runs the writes no command has started, in order and once each: the commands run
// afterwards report them without writing again.
func TestFlushRunsTheWritesNotStartedOnce(t *testing.T) {
	w := &Writes{}
	var ran []int
	var q WriteQueue[[]int]
	var data []int
	var cmds []tea.Cmd
	for i := range 3 {
		var cmd tea.Cmd
		q, _, cmd = q.Add(w, &data, "", func(d *[]int) int { *d = append(*d, i); return i }, func(context.Context) error {
			ran = append(ran, i)
			return nil
		})
		cmds = append(cmds, cmd)
	}
	if !slices.Equal(data, []int{0, 1, 2}) || q.Pending() != 3 {
		t.Fatalf("shown %v with %d pending, want each write shown at once", data, q.Pending())
	}
	cmds[0]() // Bubble Tea ran the first; the program quit before the others
	if !w.Flush(time.Second) {
		t.Fatal("the flush did not end")
	}
	for _, cmd := range cmds {
		msg := cmd().(WrittenMsg)
		q, _ = q.Written(msg)
	}
	if !slices.Equal(ran, []int{0, 1, 2}) {
		t.Errorf("ran %v, want each write once, in order", ran)
	}
	if q.Pending() != 0 {
		t.Errorf("%d writes still pending after every report", q.Pending())
	}
	if !w.Flush(time.Second) || len(w.jobs) != 0 {
		t.Errorf("%d writes kept after they all ran", len(w.jobs))
	}
	var none *Writes
	_, _, cmd := q.Add(none, &data, "", nil, func(context.Context) error { ran = append(ran, 9); return nil })
	cmd()
	if !none.Flush(time.Second) || ran[len(ran)-1] != 9 {
		t.Error("a nil Writes does not run the write")
	}
}
