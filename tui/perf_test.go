package tui

import (
	"context"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo/demotest"
)

// The large council's meetings list, loaded.
var meetingsShown = contains("360 засідань", "17.12.2026")

// BenchmarkFirstFrame opens the large council and draws until the meetings list is shown.
func BenchmarkFirstFrame(b *testing.B) {
	path := demotest.Large(b)
	ctx := context.Background()
	b.ReportAllocs()
	defer demotest.CPU(b)()
	for b.Loop() {
		s, err := store.Open(ctx, path, store.WithClock(func() time.Time { return benchNow }))
		if err != nil {
			b.Fatal(err)
		}
		d := newDriver(b, s)
		d.until("the meetings list", meetingsShown)
		b.StopTimer()
		d.settle(100 * time.Millisecond)
		s.Close()
		b.StartTimer()
	}
}

// ready is the large council with every section loaded.
func ready(b *testing.B) *driver {
	d := newDriver(b, openLargeStore(b))
	d.until("the meetings list", meetingsShown)
	d.settle(100 * time.Millisecond)
	return d
}

// BenchmarkMeetingsDown moves the cursor down the meetings list (up again at the end).
func BenchmarkMeetingsDown(b *testing.B) {
	d := ready(b)
	moves := []tea.KeyMsg{keyOf("down"), keyOf("up")}
	b.ReportAllocs()
	defer demotest.CPU(b)()
	n := 0
	for b.Loop() {
		d.press(moves[(n/359)%2])
		n++
	}
}

// BenchmarkOpenMeeting opens the meeting under the cursor and draws it loaded.
func BenchmarkOpenMeeting(b *testing.B) {
	d := ready(b)
	d.press(keyOf("enter"))
	d.until("the meeting", func(v string) bool { return d.depth() == 2 })
	d.settle(50 * time.Millisecond)
	d.press(keyOf("esc"))
	b.ReportAllocs()
	defer demotest.CPU(b)()
	for b.Loop() {
		d.press(keyOf("enter"))
		d.until("the meeting", func(v string) bool { return d.depth() == 2 && !contains("Завантаження")(v) })
		b.StopTimer()
		d.settle(50 * time.Millisecond)
		d.press(keyOf("esc"))
		b.StartTimer()
	}
}

// BenchmarkOpenPlan opens the latest Action Plan's commitments table.
func BenchmarkOpenPlan(b *testing.B) {
	d := ready(b)
	d.press(keyOf("3"))
	d.until("the plans", contains("01.2024 – 12.2026"))
	b.ReportAllocs()
	defer demotest.CPU(b)()
	for b.Loop() {
		d.press(keyOf("enter"))
		d.until("the commitments table", func(v string) bool { return d.depth() == 2 && contains("UAKLY0181")(v) })
		b.StopTimer()
		d.settle(50 * time.Millisecond)
		d.press(keyOf("esc"))
		b.StartTimer()
	}
}

// liveVote opens the live screen of a meeting in session, in roll-call mode on the first item.
func liveVote(b *testing.B) *driver {
	d := liveOpen(b)
	d.press(keyOf("V"))
	d.settle(50 * time.Millisecond)
	return d
}

// liveOpen is the large council's meeting in session on the live screen.
func liveOpen(b *testing.B) *driver {
	s := openLargeStore(b)
	startLive(b, s)
	d := newDriver(b, s) // the root reopens the meeting in session by itself
	d.until("the live meeting", contains("Про стан виконання рішень попередніх засідань"))
	d.settle(100 * time.Millisecond)
	return d
}

// BenchmarkRollCallKey records one member's vote: the key's Update and View (the vote is
// written by the command the key returns, measured in BenchmarkRollCallSaved).
func BenchmarkRollCallKey(b *testing.B) {
	d := liveVote(b)
	choices := script("f", "a", "s", "n")
	b.ReportAllocs()
	defer demotest.CPU(b)()
	i := 0
	for b.Loop() {
		if i%50 == 49 {
			d.press(keyOf("k"))
		}
		d.press(choices[i%len(choices)])
		i++
		b.StopTimer()
		d.settle(50 * time.Millisecond)
		b.StartTimer()
	}
}

// BenchmarkRollCallSaved is a vote key and everything it leads to: the write, the reload
// of the screen, and each of those frames.
func BenchmarkRollCallSaved(b *testing.B) {
	d := liveVote(b)
	b.ReportAllocs()
	defer demotest.CPU(b)()
	i := 0
	for b.Loop() {
		if i%50 == 49 {
			d.press(keyOf("k"))
		}
		d.press(script("f", "a")[i%2])
		d.untilMsg("live.liveLoadedMsg") // written, then read back and drawn
		i++
	}
}

// keyScripts are a few hundred keys a person would press on each screen of the large
// council; BenchmarkKeys times every key's Update plus View.
var keyScripts = []struct {
	name  string
	setup []string // keys to reach the screen (settled, not timed)
	keys  []string
}{
	{"meetings", nil, []string{"down*120", "up*60", "pgdown*4", "pgup*4", "G", "g", "/", "2", "0", "1", "0", "backspace*4", "esc"}},
	{"meeting", []string{"down", "enter"}, []string{"down*14", "up*14", "]", "down*30", "up*10", "]", "]", "down*60", "up*20", "[*3"}},
	{"members", []string{"2"}, []string{"down*59", "up*59", "G", "g", "/", "К", "о", "в", "backspace*3", "esc", "1", "2"}},
	{"plans", []string{"3"}, []string{"down*9", "up*9", "3", "1", "3"}},
	{"commitments", []string{"3", "enter"}, []string{"down*19", "up*19", "o*9", "down*10", "/", "о", "п", "esc"}},
	{"assignments", []string{"4"}, []string{"down*100", "up*50", "G", "g", "pgdown*5"}},
	{"settings", []string{"5"}, []string{"down*12", "up*12"}},
}

// BenchmarkKeys reports p50, p99 and the slowest key (Update plus View) per screen; one op
// is the whole script. The target is p99 under 2 ms (BENCHMARKS.md).
func BenchmarkKeys(b *testing.B) {
	for _, sc := range keyScripts {
		b.Run(sc.name, func(b *testing.B) {
			d := ready(b)
			for _, k := range script(sc.setup...) {
				d.press(k)
				d.settle(100 * time.Millisecond)
			}
			var l latencies
			b.ReportAllocs()
			defer demotest.CPU(b)()
			for b.Loop() {
				l.run(d, script(sc.keys...))
			}
			l.report(b)
		})
	}
	b.Run("rollcall", func(b *testing.B) {
		d := liveVote(b)
		var l latencies
		b.ReportAllocs()
		defer demotest.CPU(b)()
		for b.Loop() {
			l.run(d, script("f", "a", "s", "n", "f*20", "k*10", "j*10", "a*10", "up*30", "n*20"))
		}
		l.report(b)
	})
	b.Run("liveform", func(b *testing.B) {
		d := liveOpen(b)
		d.press(keyOf("v")) // a speech: the speaker's name, offered among the members, and a summary
		d.settle(50 * time.Millisecond)
		var l latencies
		b.ReportAllocs()
		defer demotest.CPU(b)()
		for b.Loop() {
			l.run(d, script("К", "о", "в", "down", "up", "backspace*3", "tab", "П", "і", "д", "т", "р", "и", "м", "а", "в", "backspace*8", "tab"))
		}
		l.report(b)
	})
}
