package live

import (
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// formKind names what a form records; it is also part of its drafts' keys.
type formKind string

const (
	formHeard  formKind = "heard"
	formSpeech formKind = "speech/new"
	formPoint  formKind = "point/new"
	formAssign formKind = "assign/new"
	formRecuse formKind = "recuse"
	formAbsent formKind = "absent" // why a member is absent, ref the member

	formSpeechEdit formKind = "speech/edit" // an existing speech, ref its id
	formPointEdit  formKind = "point/edit"  // an existing point, ref its id
	formAssignEdit formKind = "assign/edit" // an existing assignment, ref its id
)

// editing is the open form: what it records, for which item, where its drafts are kept,
// and the values its fields are bound to.
type editing struct {
	kind   formKind
	itemID int64
	ref    int64  // formRecuse, formAbsent: the member; the edits: the speech, point or assignment edited
	prefix string // drafts' key prefix, "m12/i3/point/new/"
	v      *texts
}

func (e editing) open() bool { return e.kind != "" }

// texts are what the live screen's forms edit.
type texts struct {
	text, speaker, summary, responsible, deadline, reason string
	point                                                 int // 0: no point; else the point's place
}

// memberPeople and guestPeople turn people into the names a form offers.
func memberPeople(members []store.RollMember) []form.Person {
	out := make([]form.Person, 0, len(members))
	for _, m := range members {
		out = append(out, form.Person{Name: store.OneLine(m.Member.FullName), MemberID: m.Member.ID})
	}
	return out
}

func guestPeople(guests []store.Guest) []form.Person {
	out := make([]form.Person, 0, len(guests))
	for _, g := range guests {
		out = append(out, form.Person{Name: store.OneLine(g.FullName), GuestID: g.ID})
	}
	return out
}
