package tui

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo/demotest"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/muesli/termenv"
)

// benchNow is the large demo council's "today".
var benchNow = time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)

// Benchmark window: the size the performance targets are stated for.
const (
	benchWidth  = 120
	benchHeight = 40
)

// driver runs the root model as Bubble Tea's event loop does: commands in goroutines,
// their messages fed back one at a time, each followed by View (as the renderer does).
type driver struct {
	tb      testing.TB
	m       Model
	msgs    chan tea.Msg
	pending atomic.Int64
	view    string
}

func newDriver(tb testing.TB, s *store.Store) *driver {
	inColour(tb)
	d := &driver{tb: tb, msgs: make(chan tea.Msg, 4096)}
	d.m = New(Options{Store: s, Lang: "uk", Now: func() time.Time { return benchNow }})
	d.handle(tea.WindowSizeMsg{Width: benchWidth, Height: benchHeight})
	d.exec(d.m.Init())
	d.view = d.m.View()
	return d
}

// inColour renders as a true-colour terminal with a dark background does (the tests'
// goldens are plain text: the profile goes back when tb ends). Styled lines cost more to
// measure and cut than plain ones.
func inColour(tb testing.TB) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	lipgloss.SetHasDarkBackground(true)
	tb.Cleanup(func() { lipgloss.SetColorProfile(termenv.Ascii) })
}

// openLargeStore opens a private copy of the large council with the benchmark clock.
func openLargeStore(tb testing.TB) *store.Store {
	return demotest.OpenLarge(tb, store.WithActor("secretary"), store.WithClock(func() time.Time { return benchNow }))
}

func (d *driver) exec(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	d.pending.Add(1)
	go func() {
		msg := cmd()
		d.msgs <- msg
		d.pending.Add(-1)
	}()
}

// handle gives one message to the model (batches and sequences start their commands).
func (d *driver) handle(msg tea.Msg) {
	if msg == nil {
		return
	}
	if cmds, ok := common.Commands(msg); ok {
		if _, batch := msg.(tea.BatchMsg); batch {
			for _, c := range cmds {
				d.exec(c)
			}
			return
		}
		d.exec(sequence(cmds))
		return
	}
	if _, quit := msg.(tea.QuitMsg); quit {
		return
	}
	next, cmd := d.m.Update(msg)
	d.m = next.(Model)
	d.exec(cmd)
}

// sequence runs commands one after another, as tea.Sequence does, as one batch of results.
func sequence(cmds []tea.Cmd) tea.Cmd {
	return func() tea.Msg {
		var out []tea.Cmd
		for _, c := range cmds {
			if c == nil {
				continue
			}
			msg := c()
			out = append(out, func() tea.Msg { return msg })
		}
		return tea.BatchMsg(out)
	}
}

// step handles one message and renders, returning how long Update plus View took.
func (d *driver) step(msg tea.Msg) time.Duration {
	start := time.Now()
	d.handle(msg)
	d.view = d.m.View()
	return time.Since(start)
}

// until handles messages until the view satisfies done.
func (d *driver) until(what string, done func(view string) bool) {
	deadline := time.After(30 * time.Second)
	for !done(d.view) {
		select {
		case msg := <-d.msgs:
			d.step(msg)
		case <-deadline:
			d.tb.Fatalf("waiting for %s; the view is:\n%s", what, d.view)
		}
	}
}

// untilMsg handles messages until it has handled one of the type named ("live.liveLoadedMsg").
func (d *driver) untilMsg(typeName string) {
	deadline := time.After(30 * time.Second)
	for {
		select {
		case msg := <-d.msgs:
			d.step(msg)
			if r, ok := msg.(routed); ok {
				msg = r.msg
			}
			if fmt.Sprintf("%T", msg) == typeName {
				return
			}
		case <-deadline:
			d.tb.Fatalf("waiting for a %s; the view is:\n%s", typeName, d.view)
		}
	}
}

// settle handles messages until no command is running; commands still running after
// quiet (timers) are left. It returns each message's Update plus View time.
func (d *driver) settle(quiet time.Duration) []time.Duration {
	var out []time.Duration
	for {
		select {
		case msg := <-d.msgs:
			out = append(out, d.step(msg))
			continue
		default:
		}
		if d.pending.Load() == 0 && len(d.msgs) == 0 {
			return out
		}
		select {
		case msg := <-d.msgs:
			out = append(out, d.step(msg))
		case <-time.After(quiet):
			return out
		}
	}
}

// press sends one key; the time is its Update plus View only.
func (d *driver) press(k tea.KeyMsg) time.Duration { return d.step(k) }

// pressCPU sends one key and returns the wall time and this thread's CPU time of its Update
// plus View: the wall time includes waiting for a core on a busy machine, the CPU time not.
func (d *driver) pressCPU(k tea.KeyMsg) (wall, cpu time.Duration) {
	c0 := threadCPU()
	wall = d.step(k)
	return wall, threadCPU() - c0
}

// depth is the number of screens on the current section's stack.
func (d *driver) depth() int { return len(d.m.stacks[d.m.section]) }

func contains(parts ...string) func(string) bool {
	return func(v string) bool {
		for _, p := range parts {
			if !strings.Contains(v, p) {
				return false
			}
		}
		return true
	}
}

func keyOf(s string) tea.KeyMsg {
	switch s {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "pgup":
		return tea.KeyMsg{Type: tea.KeyPgUp}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

// script expands key names: "j*50" is j fifty times.
func script(steps ...string) []tea.KeyMsg {
	var out []tea.KeyMsg
	for _, s := range steps {
		name, n := s, 1
		if i := strings.LastIndex(s, "*"); i > 0 {
			name = s[:i]
			n = atoi(s[i+1:])
		}
		for range n {
			out = append(out, keyOf(name))
		}
	}
	return out
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// percentile of sorted durations, p in [0, 1].
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(int(p*float64(len(sorted))), len(sorted)-1)]
}

// latencies records Update plus View of every key of the script, settling the commands a
// key starts before the next key (outside the timing).
type latencies struct {
	keys, cpu, msgs []time.Duration
	names           []string
	gc              []bool // a garbage collection ran during the key
	bytes, allocs   uint64 // allocated by the keys' Update plus View
}

func (l *latencies) run(d *driver, ks []tea.KeyMsg) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var before, after runtime.MemStats
	for _, k := range ks {
		runtime.ReadMemStats(&before)
		wall, cpu := d.pressCPU(k)
		runtime.ReadMemStats(&after)
		l.bytes += after.TotalAlloc - before.TotalAlloc
		l.allocs += after.Mallocs - before.Mallocs
		l.gc = append(l.gc, after.NumGC != before.NumGC)
		l.keys, l.cpu = append(l.keys, wall), append(l.cpu, cpu)
		l.names = append(l.names, k.String())
		l.msgs = append(l.msgs, d.settle(50*time.Millisecond)...)
	}
}

// slowest names the n slowest keys (with -v).
func (l *latencies) slowest(n int) string {
	idx := make([]int, len(l.keys))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return int(l.keys[b] - l.keys[a]) })
	var out []string
	for _, i := range idx[:min(n, len(idx))] {
		gc := ""
		if l.gc[i] {
			gc = " (gc)"
		}
		out = append(out, fmt.Sprintf("%s #%d %v%s", l.names[i], i, l.keys[i].Round(time.Microsecond), gc))
	}
	return strings.Join(out, ", ")
}

// report puts p50, p99 and the worst key in microseconds beside the benchmark's figures.
func (l *latencies) report(b *testing.B) {
	ks := slices.Clone(l.keys)
	slices.Sort(ks)
	b.ReportMetric(float64(percentile(ks, 0.50).Microseconds()), "p50-µs/key")
	b.ReportMetric(float64(percentile(ks, 0.99).Microseconds()), "p99-µs/key")
	b.ReportMetric(float64(ks[len(ks)-1].Microseconds()), "max-µs/key")
	cs := slices.Clone(l.cpu)
	slices.Sort(cs)
	b.ReportMetric(float64(percentile(cs, 0.99).Microseconds()), "p99-cpu-µs/key")
	b.ReportMetric(float64(l.bytes)/float64(len(l.keys)), "B/key")
	b.ReportMetric(float64(l.allocs)/float64(len(l.keys)), "allocs/key")
	if testing.Verbose() {
		b.Logf("slowest keys: %s", l.slowest(6))
	}
	if len(l.msgs) > 0 {
		ms := slices.Clone(l.msgs)
		slices.Sort(ms)
		b.ReportMetric(float64(percentile(ms, 0.99).Microseconds()), "p99-µs/msg")
	}
}

// startLive puts the large council's draft meeting (No 12 of 2026) in session.
func startLive(tb testing.TB, s *store.Store) int64 {
	tb.Helper()
	ctx := context.Background()
	m, err := s.FindMeetingByNumber(ctx, 12, 2026)
	if err != nil {
		tb.Fatal(err)
	}
	if err := s.StartSession(ctx, m.ID, true); err != nil {
		tb.Fatal(err)
	}
	return m.ID
}
