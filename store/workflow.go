package store

import (
	"slices"
	"strings"
)

// Action is one step of a meeting's workflow; the store checks it on every write and the
// screens enable their keys by it, both through Allow.
type Action string

// The actions of a meeting's workflow.
const (
	ActEditMeeting     Action = "edit_meeting"     // the header: date, place, officers; the invited guests
	ActRenumber        Action = "renumber"         // the protocol number, until the session starts
	ActDeleteMeeting   Action = "delete_meeting"   // remove a meeting with nothing recorded
	ActEditAgenda      Action = "edit_agenda"      // add, change, move, remove items (a submitted agenda goes back to draft)
	ActSubmitAgenda    Action = "submit_agenda"    // hand the draft agenda to the co-chairs
	ActApproveAgenda   Action = "approve_agenda"   // a co-chair's approval
	ActReturnAgenda    Action = "return_agenda"    // a co-chair sends the agenda back to draft
	ActReceiveItem     Action = "receive_item"     // take an item deferred from an earlier meeting
	ActStart           Action = "start"            // open the session on the approved agenda
	ActStartUnapproved Action = "start_unapproved" // open it before the agenda is approved, once the secretary confirms
	ActAttendance      Action = "attendance"       // the roll call: present, remote, absent
	ActCurrentItem     Action = "current_item"     // remember the item the live screen shows
	ActRecord          Action = "record"           // what was heard, the speeches, the decision points
	ActEditAssignment  Action = "edit_assignment"  // give, change or remove an assignment
	ActFollowUp        Action = "follow_up"        // mark an assignment done, cancelled or open again
	ActVote            Action = "vote"             // cast, clear the roll-call vote
	ActDefer           Action = "defer"            // defer an item to a later meeting
	ActClose           Action = "close"            // end the session
	ActSubmitMinutes   Action = "submit_minutes"   // hand the minutes to the co-chairs
	ActApproveMinutes  Action = "approve_minutes"  // a co-chair's approval; the last one locks the meeting
	ActReturnMinutes   Action = "return_minutes"   // a co-chair sends the minutes back to the secretary
	ActExport          Action = "export"           // write the agenda or the minutes out
)

// step is one row of the workflow: who may take the action, in which statuses, what it
// refuses otherwise, and the status it leads to.
type step struct {
	action Action
	roles  []Role
	when   []MeetingStatus
	why    string        // the refusal in any other status (the lock aside)
	early  string        // the refusal before the session starts, when it differs from why
	to     MeetingStatus // the status after the step ("" stays)
}

var (
	secretary = []Role{RoleSecretary}
	coChair   = []Role{RoleCoChair}
	everyone  = []Role{RoleSecretary, RoleCoChair, RoleMember}

	unlocked  = []MeetingStatus{MeetingDraft, MeetingAgendaSubmitted, MeetingAgendaApproved, MeetingInSession, MeetingClosed, MeetingMinutesSubmitted}
	always    = MeetingStatuses
	recording = []MeetingStatus{MeetingInSession, MeetingClosed}
)

// workflow is the one table of the meeting's workflow: status × action × role, in the order
// of a meeting's life (testdata/workflow.md shows it as a page). The SQLite triggers of the
// lock (migrations/0001_init.sql) stay as the last line behind it.
var workflow = []step{
	{action: ActEditMeeting, roles: secretary, when: unlocked, why: RefuseStatus},
	{action: ActRenumber, roles: secretary, when: []MeetingStatus{MeetingDraft, MeetingAgendaSubmitted, MeetingAgendaApproved}, why: RefuseStatus},
	{action: ActDeleteMeeting, roles: secretary, when: []MeetingStatus{MeetingDraft}, why: RefuseNotDraft},
	{action: ActEditAgenda, roles: secretary, when: unlocked, why: RefuseStatus},
	{action: ActSubmitAgenda, roles: secretary, when: []MeetingStatus{MeetingDraft}, why: RefuseNotDraft, to: MeetingAgendaSubmitted},
	{action: ActApproveAgenda, roles: coChair, when: []MeetingStatus{MeetingAgendaSubmitted}, why: RefuseNotSubmitted, to: MeetingAgendaApproved},
	{action: ActReturnAgenda, roles: coChair, when: []MeetingStatus{MeetingAgendaSubmitted, MeetingAgendaApproved}, why: RefuseNotSubmitted, to: MeetingDraft},
	{action: ActReceiveItem, roles: secretary, when: []MeetingStatus{MeetingDraft, MeetingAgendaSubmitted}, why: RefuseStatus},
	{action: ActStart, roles: secretary, when: []MeetingStatus{MeetingAgendaApproved}, why: RefuseStatus, to: MeetingInSession},
	{action: ActStartUnapproved, roles: secretary, when: []MeetingStatus{MeetingDraft, MeetingAgendaSubmitted}, why: RefuseStatus, to: MeetingInSession},
	{action: ActAttendance, roles: secretary, when: unlocked, why: RefuseStatus},
	{action: ActCurrentItem, roles: secretary, when: []MeetingStatus{MeetingInSession, MeetingClosed, MeetingMinutesSubmitted}, why: RefuseStatus, early: RefuseNotStarted},
	{action: ActRecord, roles: secretary, when: recording, why: RefuseStatus, early: RefuseNotStarted},
	{action: ActEditAssignment, roles: secretary, when: recording, why: RefuseStatus, early: RefuseNotStarted},
	{action: ActFollowUp, roles: everyone, when: always},
	{action: ActVote, roles: secretary, when: recording, why: RefuseStatus, early: RefuseNotStarted},
	{action: ActDefer, roles: secretary, when: recording, why: RefuseStatus, early: RefuseNotStarted},
	{action: ActClose, roles: secretary, when: []MeetingStatus{MeetingInSession}, why: RefuseStatus, early: RefuseNotStarted, to: MeetingClosed},
	{action: ActSubmitMinutes, roles: secretary, when: []MeetingStatus{MeetingClosed}, why: RefuseStatus, to: MeetingMinutesSubmitted},
	{action: ActApproveMinutes, roles: coChair, when: []MeetingStatus{MeetingMinutesSubmitted}, why: RefuseMinutesNotSubmitted, to: MeetingMinutesApproved},
	{action: ActReturnMinutes, roles: coChair, when: []MeetingStatus{MeetingMinutesSubmitted}, why: RefuseStatus, to: MeetingClosed},
	{action: ActExport, roles: everyone, when: always},
}

// Actions lists every action of the table, in its order.
func Actions() []Action {
	out := make([]Action, len(workflow))
	for i, s := range workflow {
		out[i] = s.action
	}
	return out
}

// stepOf is the table's row of action a (a row that admits nobody when there is none).
func stepOf(a Action) step {
	for _, s := range workflow {
		if s.action == a {
			return s
		}
	}
	return step{action: a, why: RefuseStatus}
}

// Allow says whether role may take action a on a meeting in status st; when not, a *Refusal
// says why: the lock first, then the role, then the status.
func Allow(st MeetingStatus, a Action, role Role) error {
	s := stepOf(a)
	allowed := slices.Contains(s.when, st)
	switch {
	case !allowed && st.Locked():
		return &Refusal{Action: a, Status: st, Code: RefuseLocked}
	case !slices.Contains(s.roles, role):
		return &Refusal{Action: a, Status: st, Code: s.roleRefusal()}
	case allowed:
		return nil
	case s.early != "" && st.Startable():
		return &Refusal{Action: a, Status: st, Code: s.early}
	}
	return &Refusal{Action: a, Status: st, Code: s.why}
}

// roleRefusal is the refusal for a role the step does not admit: the co-chairs' steps say
// that only a co-chair approves.
func (s step) roleRefusal() string {
	if slices.Contains(s.roles, RoleCoChair) && !slices.Contains(s.roles, RoleSecretary) {
		return RefuseNotCoChair
	}
	return RefuseNotSecretary
}

// Allows is Allow as a yes or no.
func (st MeetingStatus) Allows(a Action, role Role) bool { return Allow(st, a, role) == nil }

// Startable says whether the session has not started yet: the agenda is being prepared and
// the roll call still follows the register.
func (st MeetingStatus) Startable() bool {
	return slices.Contains(stepOf(ActStart).when, st) || slices.Contains(stepOf(ActStartUnapproved).when, st)
}

// AgendaDraft says whether the agenda still awaits the co-chairs' approval (documents mark it a draft).
func (st MeetingStatus) AgendaDraft() bool {
	return slices.Contains(stepOf(ActSubmitAgenda).when, st) || slices.Contains(stepOf(ActApproveAgenda).when, st)
}

// Held says whether the session took place and is closed: its votes are final.
func (st MeetingStatus) Held() bool {
	return !st.Startable() && !slices.Contains(stepOf(ActClose).when, st)
}

// Locked says whether a meeting in this status may no longer change: its minutes are approved.
func (st MeetingStatus) Locked() bool { return st == stepOf(ActApproveMinutes).to }

// After is the status action a leads to ("" when it keeps the status).
func After(a Action) MeetingStatus { return stepOf(a).to }

// OperatorRole is the role the operator (the person running rada on the file) takes for a:
// the secretary's, or for the co-chairs' own steps the role of the member --as names.
func OperatorRole(a Action, actor Member) Role {
	s := stepOf(a)
	if slices.Contains(s.roles, RoleSecretary) {
		return RoleSecretary
	}
	return memberRole(actor)
}

// memberRole is the role a member acts in: none when there is no such active member.
func memberRole(m Member) Role {
	if m.ID == 0 || !m.Active {
		return ""
	}
	return m.Role
}

// AllowOperator is Allow for the operator; a refusal of their role names them: the member
// --as names (actor), else name.
func AllowOperator(st MeetingStatus, a Action, actor Member, name string) error {
	return named(Allow(st, a, OperatorRole(a, actor)), firstNonEmpty(actor.FullName, name))
}

// statusesSQL lists statuses as an SQL list: 'draft', 'agenda_submitted'.
func statusesSQL(sts []MeetingStatus) string {
	q := make([]string, len(sts))
	for i, st := range sts {
		q[i] = "'" + string(st) + "'"
	}
	return strings.Join(q, ", ")
}

// statusesWhere lists the statuses for which ok holds, in the order of MeetingStatuses.
func statusesWhere(ok func(MeetingStatus) bool) []MeetingStatus {
	var out []MeetingStatus
	for _, st := range MeetingStatuses {
		if ok(st) {
			out = append(out, st)
		}
	}
	return out
}
