// Package i18n holds every word Rada shows or prints: the interface's messages and the
// documents' phrases, one folder of catalogs per language (locales/uk/*.toml,
// locales/en/*.toml), read by go-i18n with CLDR plurals. The store, the documents
// (store/export) and the interface (tui) all take their words from here; the store itself
// returns codes and numbers (Catalog.Label names a stored code). Every id must exist in
// every language (a test checks it), and tui/words_test.go renders every screen and
// document in a pseudo-language to prove no word comes from anywhere else.
//
// A new language is its folder of catalogs and one line in Langs (lang.go), plus its name
// in each catalog's [lang] table.
//
//	[members_count]          # a plural message: CLDR forms, Ukrainian one/few/many/other
//	one = "{{.Count}} член"
//	few = "{{.Count}} члени"
//	many = "{{.Count}} членів"
//	other = "{{.Count}} члена"
//
//	c.N("members_count", 22) // "22 члени"
//
// Imports: nothing of Rada.
package i18n
