package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui"
	"github.com/muesli/termenv"
)

// demoFile is the demo council's file name, kept beside the council's own database.
const demoFile = "demo.db"

// runTUI opens the database and runs the interface until the person quits.
func runTUI(ctx context.Context, g globals) error {
	if os.Getenv("NO_COLOR") != "" {
		lipgloss.SetColorProfile(termenv.Ascii)
	}
	go i18n.Preload(i18n.Choose(g.lang, ""))
	s, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	warnRemote(s.Path(), os.Stderr)
	opts := tui.Options{Store: s, DBPath: s.Path(), Lang: g.lang, Actor: g.actor, Remote: detectRemote}
	opts.Move = func(ctx context.Context) (*store.Store, string, error) { return moveToLocal(ctx, g, s) }
	var demoStore *store.Store
	opts.OpenDemo = func(ctx context.Context) (*store.Store, string, error) {
		path := filepath.Join(filepath.Dir(s.Path()), demoFile)
		if filepath.Clean(path) == filepath.Clean(s.Path()) {
			return nil, "", fmt.Errorf("%s is the database already open", path)
		}
		d, p, err := openDemo(ctx, g, path)
		demoStore = d
		return d, p, err
	}
	model, popts := program(tui.New(opts))
	final, err := tea.NewProgram(model, popts...).Run()
	if m, ok := final.(tui.Model); ok {
		if !m.FlushWrites(writesWait) {
			fmt.Fprintln(os.Stderr, "rada: the last change keyed may not have been stored; open the meeting to check it")
		}
		if m.Store() != nil && m.Store() != demoStore {
			if line := closeBackup(m.Store(), m.Catalog(), time.Now()); line != "" {
				fmt.Fprintln(os.Stderr, "rada: "+line)
			}
		}
		if m.Store() != nil && m.Store() != s {
			m.Store().Close()
		}
	}
	s.Close()
	return err
}

// writesWait bounds the writes run at exit (those keyed last and those still running).
const writesWait = 5 * time.Second

// openDemo opens the demo council's file, writing the small demo council into it the first time.
func openDemo(ctx context.Context, g globals, path string) (*store.Store, string, error) {
	if err := prepareFile(path); err != nil {
		return nil, "", err
	}
	var opts []store.Option
	if g.actor != "" {
		opts = append(opts, store.WithActor(g.actor))
	}
	s, err := store.Open(ctx, path, opts...)
	if err != nil {
		return nil, "", explainOpen(err)
	}
	has, err := s.HasCouncil(ctx)
	if err == nil && !has {
		err = demo.Load(ctx, s, demo.Small)
	}
	if err != nil {
		s.Close()
		return nil, "", err
	}
	return s, path, nil
}
