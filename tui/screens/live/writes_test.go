package live

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// A vote shows at once, before it is written; refused (quorum lost since the screen last
// read the file: the store judges it at the write), the screen says why and shows what is stored.
func TestRefusedVoteShowsAtOnceThenTheStoredTruth(t *testing.T) {
	c := started(t)
	ctx := context.Background()
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("V"))
	for _, n := range names14[5:13] {
		if err := c.st.SetAttendance(ctx, c.meeting.ID, c.members[n], store.PresenceAbsent, ""); err != nil {
			t.Fatal(err)
		}
	}
	m, cmd := sc.m.Update(runes("f"))
	if got := m.live.Record.Roll.Members[0].Choice; got != store.VoteFor || cmd == nil {
		t.Fatalf("the vote is not on screen at once: %q", got)
	}
	if v := m.View(); !strings.Contains(v, i18n.New(i18n.Ukrainian).Label(store.VoteFor)) {
		t.Fatalf("the view does not show the vote:\n%s", v)
	}
	sc.m = m
	sc.pump(cmd)
	if !strings.Contains(sc.lastStatus(), "кворум") {
		t.Errorf("the refusal does not say why: %q", sc.lastStatus())
	}
	if got := sc.m.live.Record.Roll.Members[0].Choice; got == store.VoteFor {
		t.Error("after the refusal the screen still shows the vote that was not stored")
	}
	if n := sc.m.writes.Pending(); n != 0 {
		t.Errorf("%d writes still pending", n)
	}
}

// Votes keyed before the last is written reach the store in the order keyed, and a reload
// that comes between shows the ones not yet written.
func TestVotesAreWrittenInTheOrderKeyed(t *testing.T) {
	c := started(t)
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("V"))
	last := len(sc.m.live.Record.Roll.Members) - 2 // the last present member
	sc.m.cursor = last
	m, first := sc.m.Update(runes("f"))
	m, second := m.Update(runes("a")) // the cursor stays on the last member
	stale, _ := m.reload(0)
	reloaded, _ := stale.Update(loadLive(c.st, c.meeting.ID, 0, stale.req)())
	if got := reloaded.live.Record.Roll.Members[last].Choice; got != store.VoteAgainst {
		t.Errorf("a reload before the writes lost the vote on screen: %q", got)
	}
	done := make(chan struct{})
	go func() { second(); close(done) }()
	first()
	<-done
	votes, _ := c.st.ListVotes(context.Background(), c.items[0])
	for _, v := range votes {
		if v.MemberID == m.live.Record.Roll.Members[last].Member.ID && v.Choice != store.VoteAgainst {
			t.Errorf("stored %q, want the vote keyed last (against)", v.Choice)
		}
	}
}

// A vote keyed is kept by the program's writes from the key on, so that quitting before
// Bubble Tea runs its command still stores it: the flush at exit runs it, and the command,
// run later, does not write it twice.
func TestKeyedVoteIsFlushedAtExit(t *testing.T) {
	c := started(t)
	sc := openScreen(t, c.st, c.meeting.ID)
	writes := &common.Writes{}
	sc.m.c.Writes = writes
	sc.send(runes("V"))
	m, cmd := sc.m.Update(runes("f"))
	if !writes.Flush(5 * time.Second) {
		t.Fatal("the flush did not end")
	}
	l, err := c.st.GetLive(context.Background(), c.meeting.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Record.Roll.Members[0].Choice; got != store.VoteFor || m.live.Record.Roll.Members[0].Choice != store.VoteFor {
		t.Errorf("after the flush the vote is %q", got)
	}
	if msg, ok := cmd().(common.WrittenMsg); !ok || msg.Err != nil {
		t.Errorf("the command run after the flush reports %#v", msg)
	}
}
