package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo/demotest"
)

// benchClock is the large council's "today".
func benchClock() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) }

func openLarge(b *testing.B) *store.Store {
	b.Helper()
	return demotest.OpenLarge(b, store.WithClock(benchClock))
}

func BenchmarkOpenLarge(b *testing.B) {
	path := demotest.Large(b)
	ctx := context.Background()
	b.ReportAllocs()
	defer demotest.CPU(b)()
	for b.Loop() {
		s, err := store.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

func BenchmarkListMeetings(b *testing.B) {
	s := openLarge(b)
	ctx := context.Background()
	b.ReportAllocs()
	defer demotest.CPU(b)()
	for b.Loop() {
		ms, err := s.ListMeetings(ctx, store.MeetingFilter{})
		if err != nil || len(ms) != 360 {
			b.Fatalf("%d meetings, %v", len(ms), err)
		}
	}
}

func BenchmarkListPlanSummaries(b *testing.B) {
	s := openLarge(b)
	ctx := context.Background()
	b.ReportAllocs()
	defer demotest.CPU(b)()
	for b.Loop() {
		if _, err := s.ListPlanSummaries(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkListCommitments(b *testing.B) {
	s := openLarge(b)
	ctx := context.Background()
	plans, err := s.ListPlans(ctx)
	if err != nil || len(plans) == 0 {
		b.Fatalf("%d plans, %v", len(plans), err)
	}
	b.ReportAllocs()
	defer demotest.CPU(b)()
	for b.Loop() {
		rows, err := s.ListCommitments(ctx, plans[0].ID, store.CommitmentFilter{Sort: store.SortProgress})
		if err != nil || len(rows) == 0 {
			b.Fatalf("%d rows, %v", len(rows), err)
		}
	}
}

// BenchmarkMeetingRecord reads meeting No 8 of 2026 whole: 15 voted items of 56 members.
func BenchmarkMeetingRecord(b *testing.B) {
	s := openLarge(b)
	ctx := context.Background()
	m, err := s.FindMeetingByNumber(ctx, 8, 2026)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	defer demotest.CPU(b)()
	for b.Loop() {
		rec, err := s.MeetingRecord(ctx, m.ID)
		if err != nil || len(rec.Items) != 15 {
			b.Fatalf("%d items, %v", len(rec.Items), err)
		}
	}
}
