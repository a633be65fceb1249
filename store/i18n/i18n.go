package i18n

import (
	"fmt"
	"sync"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// Catalog translates message ids into one language.
type Catalog struct {
	lang  Lang
	src   *source
	plain sync.Map // id → its text, for messages asked without data (every frame asks again)
}

var catalogs sync.Map // Lang → *Catalog

// New returns the catalog for lang (an unsupported language gets the default's); catalogs
// are shared, one per language.
func New(lang Lang) *Catalog {
	lang = lang.OrDefault()
	if c, ok := catalogs.Load(lang); ok {
		return c.(*Catalog)
	}
	c, _ := catalogs.LoadOrStore(lang, &Catalog{lang: lang, src: sourceOf(lang)})
	return c.(*Catalog)
}

// Lang is the catalog's language.
func (c *Catalog) Lang() Lang { return c.lang }

// T translates id; data fills its {{.Name}} fields. A missing id returns the id itself.
func (c *Catalog) T(id string, data ...map[string]any) string {
	if len(data) > 0 {
		return c.localize(id, &goi18n.LocalizeConfig{MessageID: id, TemplateData: data[0]})
	}
	if c == nil {
		return id
	}
	if s, ok := c.plain.Load(id); ok {
		return s.(string)
	}
	s := c.localize(id, &goi18n.LocalizeConfig{MessageID: id})
	c.plain.Store(id, s)
	return s
}

// N translates a plural message for count; {{.Count}} holds the count, data adds fields.
func (c *Catalog) N(id string, count int, data ...map[string]any) string {
	td := map[string]any{"Count": count}
	if len(data) > 0 {
		for k, v := range data[0] {
			td[k] = v
		}
	}
	return c.localize(id, &goi18n.LocalizeConfig{MessageID: id, PluralCount: count, TemplateData: td})
}

// Coded is a value stored as a code that the catalogs name: the store's enumerations
// (store.MeetingStatus, store.VoteChoice …) give their message id.
type Coded interface{ MsgID() string }

// Label names a coded value; a value the catalogs do not know is shown as stored.
func (c *Catalog) Label(v Coded) string {
	id := v.MsgID()
	if s := c.T(id); s != id {
		return s
	}
	return fmt.Sprint(v)
}

func (c *Catalog) localize(id string, cfg *goi18n.LocalizeConfig) string {
	if c == nil || c.src == nil {
		return id
	}
	s, err := c.src.localize(cfg)
	if err != nil && c.src.loadFor(id) {
		s, err = c.src.localize(cfg)
	}
	if err != nil || s == "" {
		return id
	}
	return s
}
