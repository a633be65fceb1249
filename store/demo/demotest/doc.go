// Package demotest gives tests and benchmarks of any package the large demo council. It is
// written once per test process (or once per CI run, named by $RADA_BENCH_DB) and each
// caller gets its own copy, so a benchmark that writes cannot change another's data.
//
// Imports: store and store/demo; only tests import it.
package demotest
