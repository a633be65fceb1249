package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export"
	"github.com/khmelnytskyi-ogp/rada/store/files"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

func init() {
	exporters["minutes"] = command{usage: "minutes --meeting N [--year Y] --format md|html|docx|pdf [--lang " + i18n.Codes("|") + "] [--item K] [-o FILE [--force]]", run: runExportMinutes}
	exporters["agenda"] = command{usage: "agenda  --meeting N [--year Y] --format md|html|docx|pdf [--lang " + i18n.Codes("|") + "] [-o FILE [--force]]", run: runExportAgenda}
	exporters["plan"] = command{usage: "plan    [--plan ID] --format md|html|csv|json [--lang " + i18n.Codes("|") + "] [-o FILE [--force]]", run: runExportPlan}
	exporters["opendata"] = command{usage: "opendata -o DIR [--force]", run: runExportOpenData}
}

// docFlags are the flags of the meeting documents.
type docFlags struct {
	meeting, year, item int
	format, lang        string
	out                 output
}

func parseDocFlags(name string, args []string, withItem bool) (docFlags, error) {
	var f docFlags
	fs := newFlags(name)
	fs.IntVar(&f.meeting, "meeting", 0, "the meeting's number as the minutes print it")
	fs.IntVar(&f.year, "year", 0, "the year, among meetings with the same number")
	fs.StringVar(&f.format, "format", "", "md, html, docx or pdf")
	fs.StringVar(&f.lang, "lang", "", i18n.Codes(" or "))
	f.out.register(fs, "write to FILE instead of standard output")
	if withItem {
		fs.IntVar(&f.item, "item", 0, "an extract of agenda item K")
	}
	if err := parseFlags(fs, args); err != nil {
		return f, err
	}
	switch {
	case fs.NArg() > 0:
		return f, usageError{name + ": unexpected " + fs.Arg(0)}
	case f.meeting <= 0:
		return f, usageError{name + ": give --meeting N (the number the minutes print)"}
	case f.item < 0:
		return f, usageError{name + ": --item must be a positive number"}
	}
	var err error
	f.format, err = formatFlag(name, f.format, f.out.path, export.DocFormats)
	if err == nil {
		err = langFlag(name, f.lang)
	}
	return f, err
}

// formatFlag checks --format, or takes it from -o's extension when it is not given.
func formatFlag(name, format, out string, allowed []export.Format) (string, error) {
	if format == "" && out != "" {
		format = strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
	}
	if format == "" {
		return "", usageError{name + ": give --format " + formatList(allowed)}
	}
	f, err := export.ParseFormat(format, allowed)
	if err != nil {
		return "", usageError{name + ": " + err.Error()}
	}
	return string(f), nil
}

func formatList(fs []export.Format) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = string(f)
	}
	return strings.Join(names, "|")
}

func langFlag(name, lang string) error {
	if _, err := i18n.ParseLang(lang); lang != "" && err != nil {
		return usageError{fmt.Sprintf("%s --lang %q: use %s", name, lang, i18n.Codes(" or "))}
	}
	return nil
}

// docLang is --lang, else the global --lang, else the council's documents' language.
func docLang(flagLang string, g globals, c store.Council) i18n.Lang {
	for _, l := range []i18n.Lang{i18n.Lang(flagLang), g.lang, c.DocLang} {
		if l.Valid() {
			return l
		}
	}
	return i18n.Langs[0]
}

// meetingRecord finds the meeting by its number and reads it whole.
func meetingRecord(ctx context.Context, s *store.Store, f docFlags) (store.Record, error) {
	m, err := s.FindMeetingByNumber(ctx, f.meeting, f.year)
	if errors.Is(err, store.ErrNotFound) {
		if f.year > 0 {
			return store.Record{}, fmt.Errorf("no meeting No %d in %d", f.meeting, f.year)
		}
		return store.Record{}, fmt.Errorf("no meeting No %d", f.meeting)
	}
	if err != nil {
		return store.Record{}, err
	}
	return s.MeetingRecord(ctx, m.ID)
}

func runExportMinutes(ctx context.Context, g globals, args []string, stdout io.Writer) error {
	return runMeetingDoc(ctx, g, "export minutes", args, true, stdout, func(w io.Writer, rec store.Record, f docFlags, lang i18n.Lang) error {
		return export.Minutes(w, rec, export.Format(f.format), lang, export.Options{Item: f.item})
	})
}

func runExportAgenda(ctx context.Context, g globals, args []string, stdout io.Writer) error {
	return runMeetingDoc(ctx, g, "export agenda", args, false, stdout, func(w io.Writer, rec store.Record, f docFlags, lang i18n.Lang) error {
		return export.Agenda(w, rec, export.Format(f.format), lang)
	})
}

type renderFunc func(w io.Writer, rec store.Record, f docFlags, lang i18n.Lang) error

func runMeetingDoc(ctx context.Context, g globals, name string, args []string, withItem bool, stdout io.Writer, render renderFunc) error {
	f, err := parseDocFlags(name, args, withItem)
	if err == nil {
		err = f.out.check(name, g)
	}
	if err != nil {
		return err
	}
	s, err := openExisting(ctx, g, store.ReadOnly())
	if err != nil {
		return err
	}
	rec, err := meetingRecord(ctx, s, f)
	defer closeBehind(s)()
	if err != nil {
		return err
	}
	if f.item > 0 {
		if _, ok := rec.Item(f.item); !ok {
			return fmt.Errorf("meeting No %d has no agenda item %d (it has %d)", rec.Meeting.Number, f.item, len(rec.Items))
		}
	}
	lang := docLang(f.lang, g, rec.Council)
	return writeOutput(f.out, files.Shared, s.Path(), stdout, func(w io.Writer) error { return render(w, rec, f, lang) })
}

func runExportPlan(ctx context.Context, g globals, args []string, stdout io.Writer) error {
	fs := newFlags("export plan")
	plan := fs.Int64("plan", 0, "the plan's id (default: the plan in progress)")
	format := fs.String("format", "", "md, html, csv or json")
	lang := fs.String("lang", "", i18n.Codes(" or "))
	var out output
	out.register(fs, "write to FILE instead of standard output")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"export plan: unexpected " + fs.Arg(0)}
	}
	f, err := formatFlag("export plan", *format, out.path, export.PlanFormats)
	if err == nil {
		err = langFlag("export plan", *lang)
	}
	if err == nil {
		err = out.check("export plan", g)
	}
	if err != nil {
		return err
	}
	s, err := openExisting(ctx, g, store.ReadOnly())
	if err != nil {
		return err
	}
	defer s.Close()
	r, err := s.PlanReport(ctx, *plan)
	if errors.Is(err, store.ErrNotFound) {
		if *plan != 0 {
			return fmt.Errorf("no Action Plan with id %d", *plan)
		}
		return errors.New("the council has no Action Plan yet")
	}
	if err != nil {
		return err
	}
	c, _ := s.GetCouncil(ctx)
	l := docLang(*lang, g, c)
	return writeOutput(out, files.Shared, s.Path(), stdout, func(w io.Writer) error { return export.PlanReport(w, r, export.Format(f), l) })
}

func runExportOpenData(ctx context.Context, g globals, args []string, stdout io.Writer) error {
	fs := newFlags("export opendata")
	dir := fs.String("o", "", "the folder to write the datasets into")
	force := fs.Bool("force", false, "replace the datasets' files if they exist")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"export opendata: unexpected " + fs.Arg(0)}
	}
	if *dir == "" {
		return usageError{"export opendata: give -o DIR, the folder to write into"}
	}
	s, err := openExisting(ctx, g, store.ReadOnly())
	if err != nil {
		return err
	}
	defer s.Close()
	d, err := s.OpenData(ctx)
	if err != nil {
		return err
	}
	written, err := export.OpenData(*dir, d, files.Options{Force: *force, Mode: files.Shared, Live: s.Path()})
	if err != nil {
		return explainWrite(err)
	}
	_, err = fmt.Fprintf(stdout, "%d motions, %d votes, %d commitments, %d milestones: %d files in %s\n",
		len(d.Motions), len(d.Votings), len(d.Commitments), len(d.Milestones), len(written), *dir)
	return err
}
