// Package i18n holds the interface's message catalogs (Ukrainian and English) and picks
// the language. Catalogs live in locales/<area>.<lang>.toml, one pair per area of the
// interface; every id must exist in both languages (a test checks it).
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
