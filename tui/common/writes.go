package common

import (
	"context"
	"slices"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// writeAfter is how long a queued write waits after its key: the key's frame is drawn first
// (a frame is 8.3 ms at 120 fps), without sharing the cores with the write.
const writeAfter = 10 * time.Millisecond

// Writes keeps the writes every screen has queued and not yet run, in the order keyed, and
// runs them in that order, each once. At exit Flush runs those Bubble Tea never started (a
// vote keyed with ctrl+c right behind it). A nil *Writes stands for one the process shares.
type Writes struct {
	mu   sync.Mutex
	jobs []*write
}

// shared is the Writes of a Common built without one (a screen under test).
var shared Writes

func (w *Writes) orShared() *Writes {
	if w == nil {
		return &shared
	}
	return w
}

// write is one queued write; once makes sure it runs a single time, whoever runs it first.
type write struct {
	once sync.Once
	fn   func(context.Context) error
	err  error
}

func (w *Writes) add(fn func(context.Context) error) *write {
	j := &write{fn: fn}
	w.mu.Lock()
	w.jobs = append(w.jobs, j)
	w.mu.Unlock()
	return j
}

// run runs every write queued up to j and j itself, in order, each once, and returns j's error.
func (w *Writes) run(j *write) error {
	for _, x := range w.upTo(j) {
		x.once.Do(func() {
			ctx, cancel := Context()
			defer cancel()
			x.err = x.fn(ctx)
		})
		w.forget(x)
	}
	return j.err
}

// upTo is the writes still kept up to j (all of them when j is nil); j alone when it is not kept.
func (w *Writes) upTo(j *write) []*write {
	w.mu.Lock()
	defer w.mu.Unlock()
	if j == nil {
		return slices.Clone(w.jobs)
	}
	i := slices.Index(w.jobs, j)
	if i < 0 {
		return []*write{j}
	}
	return slices.Clone(w.jobs[:i+1])
}

func (w *Writes) forget(j *write) {
	w.mu.Lock()
	w.jobs = slices.DeleteFunc(w.jobs, func(x *write) bool { return x == j })
	w.mu.Unlock()
}

// Flush runs, in order, every write queued and not yet run, and waits for those running; it
// says whether they all ended within d.
func (w *Writes) Flush(d time.Duration) bool {
	w = w.orShared()
	done := make(chan struct{})
	go func() {
		for _, j := range w.upTo(nil) {
			w.run(j)
		}
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

// WriteQueue is one screen's optimistic writes on its data T: each is shown at once, stored
// in the order keyed (through the program's Writes) and reported by a WrittenMsg; the screen
// reloads once, when the last is reported, and puts those still pending on any reload.
type WriteQueue[T any] struct {
	seq     int
	pending []pendingWrite[T]
}

// pendingWrite is a write keyed and not yet reported, with how it shows (nil: it shows
// nothing until stored; it returns the row it changed, -1 for none).
type pendingWrite[T any] struct {
	seq  int
	show func(*T) int
}

// WrittenMsg reports one queued write; OK is the status to show when it worked.
type WrittenMsg struct {
	Seq int
	OK  string
	Err error
}

// Add shows the write on data at once and queues fn after every write keyed before it. It
// returns the row show changed (-1 for none) and the command that writes.
func (q WriteQueue[T]) Add(w *Writes, data *T, ok string, show func(*T) int, fn func(context.Context) error) (WriteQueue[T], int, tea.Cmd) {
	row := -1
	if show != nil {
		row = show(data)
	}
	q.seq++
	q.pending = append(slices.Clone(q.pending), pendingWrite[T]{seq: q.seq, show: show})
	w = w.orShared()
	seq, j := q.seq, w.add(fn)
	return q, row, func() tea.Msg {
		time.Sleep(writeAfter)
		return WrittenMsg{Seq: seq, OK: ok, Err: w.run(j)}
	}
}

// Written takes a write's report; last says no write is pending any more (time to reload).
func (q WriteQueue[T]) Written(msg WrittenMsg) (_ WriteQueue[T], last bool) {
	q.pending = slices.DeleteFunc(slices.Clone(q.pending), func(p pendingWrite[T]) bool { return p.seq == msg.Seq })
	return q, len(q.pending) == 0
}

// Show puts the writes not yet reported on freshly loaded data.
func (q WriteQueue[T]) Show(data *T) {
	for _, p := range q.pending {
		if p.show != nil {
			p.show(data)
		}
	}
}

// Pending is the number of writes keyed and not yet reported.
func (q WriteQueue[T]) Pending() int { return len(q.pending) }
