package store

import (
	"slices"
	"sync"
	"testing"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

var collationNames = []string{"Іваненко Ірина", "Гнатюк Марія", "Ґудзь Олег", "Євтушенко Петро", "Ємець Анна",
	"Ігнатенко Юрій", "Їжак Тарас", "Ивасюк Ольга", "Бондар Олег", "бондар олег", "Abbott Ann", "", "Яковенко Леся",
	"Шевчук Василь", "Щербак Ніна", "Гнатюк Марія"}

// The cached keys order names exactly as the Ukrainian collator does.
func TestCompareNamesMatchesCollator(t *testing.T) {
	col := collate.New(language.Ukrainian, collate.IgnoreCase)
	for _, a := range collationNames {
		for _, b := range collationNames {
			if got, want := CompareNames(a, b), col.CompareString(a, b); got != want {
				t.Errorf("CompareNames(%q, %q) = %d, the collator says %d", a, b, got, want)
			}
		}
	}
}

// SortByName is a stable sort by CompareNames.
func TestSortByNameStable(t *testing.T) {
	type named struct {
		name string
		n    int
	}
	var xs []named
	for i, n := range collationNames {
		xs = append(xs, named{n, i})
	}
	want := slices.Clone(xs)
	slices.SortStableFunc(want, func(a, b named) int { return CompareNames(a.name, b.name) })
	SortByName(xs, func(x named) string { return x.name })
	if !slices.Equal(xs, want) {
		t.Errorf("got %v, want %v", xs, want)
	}
	if xs[0].name != "" || xs[len(xs)-1].name != "Яковенко Леся" {
		t.Errorf("order: %v", xs)
	}
}

// Names are compared from many goroutines at once (the interface's commands): each answer
// is the one the same comparison gives alone (run with -race, as CI does, it also shows
// that the collator is shared safely).
func TestCompareNamesConcurrent(t *testing.T) {
	type pair struct{ a, b string }
	var pairs []pair
	var want []int
	for g := range 8 {
		for i := range 200 {
			p := pair{collationNames[i%len(collationNames)] + string(rune('а'+g)), collationNames[(i*7+g)%len(collationNames)]}
			pairs = append(pairs, p)
			want = append(want, CompareNames(p.a, p.b))
		}
	}
	got := make([]int, len(pairs))
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := g * 200; i < (g+1)*200; i++ {
				got[i] = CompareNames(pairs[i].a, pairs[i].b)
			}
		})
	}
	wg.Wait()
	if !slices.Equal(got, want) {
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("CompareNames(%q, %q) = %d at once, %d alone", pairs[i].a, pairs[i].b, got[i], want[i])
			}
		}
	}
	if !slices.Contains(want, -1) || !slices.Contains(want, 1) {
		t.Fatalf("the pairs do not exercise both orders: %v", want)
	}
}

// permute applies any permutation in place.
func TestPermute(t *testing.T) {
	for n := range 40 {
		idx := make([]int, n)
		for i := range idx {
			idx[i] = (i*7 + 3) % max(n, 1)
		}
		if n%7 == 0 { // 7 shares a factor with n: use a rotation instead
			for i := range idx {
				idx[i] = (i + 1) % n
			}
		}
		xs := make([]int, n)
		for i := range xs {
			xs[i] = i * 10
		}
		want := make([]int, n)
		for i, j := range idx {
			want[i] = xs[j]
		}
		permute(xs, slices.Clone(idx))
		if !slices.Equal(xs, want) {
			t.Fatalf("n=%d: got %v, want %v", n, xs, want)
		}
	}
}

// Apostrophes are ignored whichever way they were typed: Марʼян sorts as Марян, before Маряна.
func TestCompareNamesIgnoresApostrophes(t *testing.T) {
	if CompareNames("Мар'яна", "Мар’яна") != 0 || CompareNames("Марʼяна", "Мар`яна") != 0 {
		t.Error("the spellings of one name compare unequal")
	}
	if CompareNames("Марʼян", "Мар'яна") >= 0 || CompareNames("Мар'яна", "Марина") <= 0 {
		t.Error("an apostrophe took part in the order")
	}
}
