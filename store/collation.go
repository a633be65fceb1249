package store

import (
	"bytes"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// CompareNames orders two names alphabetically in Ukrainian (А Б В Г Ґ Д Е Є Ж З И І Ї Й К …),
// ignoring case and apostrophes (Мар'яна, Мар’яна and Марʼяна are one name), with numbers in
// text compared as numbers. Every list and export of people sorts with it. Safe for
// concurrent use.
func CompareNames(a, b string) int {
	ka, kb := nameKeys.get(a, b)
	return bytes.Compare(ka, kb)
}

// nameKeys keeps each name's Ukrainian sort key: the same few dozen names are compared
// again and again (a roll call, 300,000 lines of open data), and a key compares as fast as
// bytes while collating two strings costs microseconds. The lock also guards the collator,
// which is not safe for concurrent use.
var nameKeys keyCache

// maxNameKeys bounds the cache; past it the cache starts again.
const maxNameKeys = 4096

type keyCache struct {
	mu   sync.Mutex
	keys map[string][]byte
	col  *collate.Collator
	buf  collate.Buffer
}

func (c *keyCache) get(a, b string) ([]byte, []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.key(a), c.key(b)
}

func (c *keyCache) key(s string) []byte {
	if k, ok := c.keys[s]; ok {
		return k
	}
	if c.col == nil { // built when first needed: most commands never sort a name
		c.col = collate.New(language.Ukrainian, collate.IgnoreCase, collate.Numeric)
	}
	if c.keys == nil || len(c.keys) >= maxNameKeys {
		c.keys = map[string][]byte{}
	}
	k := bytes.Clone(c.col.KeyFromString(&c.buf, apostrophes.Replace(s)))
	c.buf.Reset()
	c.keys[s] = k
	return k
}

// apostropheMarks are the spellings of the Ukrainian apostrophe people type.
const apostropheMarks = "'’ʼ‘`"

// apostrophes removes them: sorting ignores them, as transliteration does.
var apostrophes = func() *strings.Replacer {
	var pairs []string
	for _, r := range apostropheMarks {
		pairs = append(pairs, string(r), "")
	}
	return strings.NewReplacer(pairs...)
}()

func isApostrophe(r rune) bool { return strings.ContainsRune(apostropheMarks, r) }

// SortByName sorts xs by name(x) in Ukrainian alphabetical order, keeping the order of
// equal names; each name's key is looked up once and only indices move while sorting.
func SortByName[T any](xs []T, name func(T) string) {
	if len(xs) < 2 {
		return
	}
	keys := make([][]byte, len(xs))
	nameKeys.mu.Lock()
	for i, x := range xs {
		keys[i] = nameKeys.key(name(x))
	}
	nameKeys.mu.Unlock()
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return bytes.Compare(keys[a], keys[b]) })
	permute(xs, idx)
}

// permute puts xs[idx[i]] at i, in place, following each cycle of the permutation.
func permute[T any](xs []T, idx []int) {
	for i := range idx {
		if idx[i] < 0 {
			continue
		}
		first := xs[i]
		j := i
		for idx[j] != i {
			next := idx[j]
			xs[j] = xs[next]
			idx[j] = -1
			j = next
		}
		xs[j] = first
		idx[j] = -1
	}
}
