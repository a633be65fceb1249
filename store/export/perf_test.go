package export_test

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo/demotest"
	"github.com/khmelnytskyi-ogp/rada/store/export"
	"github.com/khmelnytskyi-ogp/rada/store/files"
)

// largeRecord reads meeting No 8 of 2026 of the large council: 15 voted items, minutes approved.
func largeRecord(b *testing.B) store.Record {
	b.Helper()
	s := demotest.OpenLarge(b, store.ReadOnly(), store.WithClock(benchClock))
	ctx := context.Background()
	m, err := s.FindMeetingByNumber(ctx, 8, 2026)
	if err != nil {
		b.Fatal(err)
	}
	rec, err := s.MeetingRecord(ctx, m.ID)
	if err != nil {
		b.Fatal(err)
	}
	return rec
}

func benchClock() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) }

func BenchmarkMinutes(b *testing.B) {
	rec := largeRecord(b)
	for _, f := range export.DocFormats {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			defer demotest.CPU(b)()
			for b.Loop() {
				if err := export.Minutes(io.Discard, rec, f, "uk", export.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkOpenData reads every dataset of the large council and writes its twelve files.
func BenchmarkOpenData(b *testing.B) {
	s := demotest.OpenLarge(b, store.ReadOnly(), store.WithClock(benchClock))
	ctx := context.Background()
	dir := b.TempDir()
	b.ReportAllocs()
	defer demotest.CPU(b)()
	for b.Loop() {
		read := func(sink store.OpenDataSink) error { return s.FeedOpenData(ctx, sink) }
		if _, err := export.OpenData(dir, read, files.Options{Mode: files.Shared, Force: true}); err != nil {
			b.Fatal(err)
		}
	}
}
