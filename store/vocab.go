package store

import (
	"slices"

	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// The council's vocabulary: every enumerated value is stored as the string below and has
// a label in each language's catalog (locales/*/vocab.toml; the Ukrainian vote words as the
// national roll-call standard spells them: За, Проти, Утримався, Не голосував, Відсутній).

type (
	Sector           string
	Side             string
	Role             string
	Presence         string
	VoteChoice       string
	MeetingStatus    string
	ItemKind         string
	ItemState        string
	ImplStatus       string
	Completion       string
	OpenedGov        string
	OGPValue         string
	AssignmentStatus string
	PlanStatus       string
	Numbering        string
	Signers          string
)

const (
	SectorExecutive   Sector = "executive"
	SectorEnterprise  Sector = "enterprise"
	SectorInstitution Sector = "institution"
	SectorNGO         Sector = "ngo"
	SectorOther       Sector = "other"

	SideGovernment Side = "government"
	SideCivil      Side = "civil"

	RoleCoChair   Role = "co_chair"
	RoleSecretary Role = "secretary"
	RoleMember    Role = "member"

	PresencePresent Presence = "present"
	PresenceRemote  Presence = "remote"
	PresenceAbsent  Presence = "absent"

	VoteFor      VoteChoice = "for"
	VoteAgainst  VoteChoice = "against"
	VoteAbstain  VoteChoice = "abstain"
	VoteNotVoted VoteChoice = "not_voted"
	VoteRecused  VoteChoice = "recused"
	VoteAbsent   VoteChoice = "absent"

	MeetingDraft            MeetingStatus = "draft"
	MeetingAgendaSubmitted  MeetingStatus = "agenda_submitted"
	MeetingAgendaApproved   MeetingStatus = "agenda_approved"
	MeetingInSession        MeetingStatus = "in_session"
	MeetingClosed           MeetingStatus = "closed"
	MeetingMinutesSubmitted MeetingStatus = "minutes_submitted"
	MeetingMinutesApproved  MeetingStatus = "minutes_approved"

	ItemInformation ItemKind = "information"
	ItemDecision    ItemKind = "decision"
	ItemElection    ItemKind = "election"

	ItemOpen     ItemState = "open"
	ItemDone     ItemState = "done"
	ItemDeferred ItemState = "deferred"

	ImplNotStarted ImplStatus = "not_started"
	ImplInProgress ImplStatus = "in_progress"
	ImplPartlyDone ImplStatus = "partly_done"
	ImplDone       ImplStatus = "done"
	ImplNotDone    ImplStatus = "not_done"

	CompletionNoEvidence  Completion = "no_evidence"
	CompletionNotStarted  Completion = "not_started"
	CompletionLimited     Completion = "limited"
	CompletionSubstantial Completion = "substantial"
	CompletionComplete    Completion = "complete"

	OpenedGovNone        OpenedGov = ""
	OpenedGovWorsened    OpenedGov = "worsened"
	OpenedGovNoChange    OpenedGov = "no_change"
	OpenedGovMarginal    OpenedGov = "marginal"
	OpenedGovMajor       OpenedGov = "major"
	OpenedGovOutstanding OpenedGov = "outstanding"

	ValueAccessInfo     OGPValue = "access_info"
	ValueParticipation  OGPValue = "participation"
	ValueAccountability OGPValue = "accountability"
	ValueTechnology     OGPValue = "technology"

	AssignmentOpen      AssignmentStatus = "open"
	AssignmentDone      AssignmentStatus = "done"
	AssignmentCancelled AssignmentStatus = "cancelled"

	PlanDraft      PlanStatus = "draft"
	PlanInProgress PlanStatus = "in_progress"
	PlanFinished   PlanStatus = "finished"

	NumberingYear Numbering = "year"
	NumberingTerm Numbering = "term"

	SignersPresiding Signers = "presiding" // the presiding officer and the secretary
	SignersCoChairs  Signers = "co_chairs" // both co-chairs and the secretary
)

// Every value of each enumeration, in the order forms offer them.
var (
	Sectors            = []Sector{SectorExecutive, SectorEnterprise, SectorInstitution, SectorNGO, SectorOther}
	Sides              = []Side{SideGovernment, SideCivil}
	Roles              = []Role{RoleMember, RoleCoChair, RoleSecretary}
	Presences          = []Presence{PresencePresent, PresenceRemote, PresenceAbsent}
	VoteChoices        = voteChoices() // from VoteOptions
	MeetingStatuses    = []MeetingStatus{MeetingDraft, MeetingAgendaSubmitted, MeetingAgendaApproved, MeetingInSession, MeetingClosed, MeetingMinutesSubmitted, MeetingMinutesApproved}
	ItemKinds          = []ItemKind{ItemInformation, ItemDecision, ItemElection}
	ItemStates         = []ItemState{ItemOpen, ItemDone, ItemDeferred}
	ImplStatuses       = []ImplStatus{ImplNotStarted, ImplInProgress, ImplPartlyDone, ImplDone, ImplNotDone}
	Completions        = []Completion{CompletionNoEvidence, CompletionNotStarted, CompletionLimited, CompletionSubstantial, CompletionComplete}
	OpenedGovs         = []OpenedGov{OpenedGovNone, OpenedGovWorsened, OpenedGovNoChange, OpenedGovMarginal, OpenedGovMajor, OpenedGovOutstanding}
	OGPValues          = []OGPValue{ValueAccessInfo, ValueParticipation, ValueAccountability, ValueTechnology}
	AssignmentStatuses = []AssignmentStatus{AssignmentOpen, AssignmentDone, AssignmentCancelled}
	PlanStatuses       = []PlanStatus{PlanDraft, PlanInProgress, PlanFinished}
	Numberings         = []Numbering{NumberingYear, NumberingTerm}
	SignerOptions      = []Signers{SignersPresiding, SignersCoChairs}
)

// msgID is the catalogs' id of a stored value: "vocab.<kind>_<value>" (locales/*/vocab.toml).
func msgID(kind, value string) string {
	if value == "" {
		value = "none"
	}
	return "vocab." + kind + "_" + value
}

// MsgID methods give the catalog id that names a value (i18n.Catalog.Label shows it).
func (v Sector) MsgID() string           { return msgID("sector", string(v)) }
func (v Side) MsgID() string             { return msgID("side", string(v)) }
func (v Role) MsgID() string             { return msgID("role", string(v)) }
func (v Presence) MsgID() string         { return msgID("presence", string(v)) }
func (v VoteChoice) MsgID() string       { return msgID("vote", string(v)) }
func (v MeetingStatus) MsgID() string    { return msgID("meeting", string(v)) }
func (v ItemKind) MsgID() string         { return msgID("kind", string(v)) }
func (v ItemState) MsgID() string        { return msgID("state", string(v)) }
func (v ImplStatus) MsgID() string       { return msgID("impl", string(v)) }
func (v Completion) MsgID() string       { return msgID("completion", string(v)) }
func (v OpenedGov) MsgID() string        { return msgID("opened", string(v)) }
func (v OGPValue) MsgID() string         { return msgID("value", string(v)) }
func (v AssignmentStatus) MsgID() string { return msgID("assignment", string(v)) }
func (v PlanStatus) MsgID() string       { return msgID("plan", string(v)) }
func (v Numbering) MsgID() string        { return msgID("numbering", string(v)) }
func (v Signers) MsgID() string          { return msgID("signers", string(v)) }
func (v QuorumRule) MsgID() string       { return msgID("quorum", string(v)) }
func (v DecisionRule) MsgID() string     { return msgID("decision", string(v)) }
func (v TieRule) MsgID() string          { return msgID("tie", string(v)) }

// Valid methods say whether a value belongs to its enumeration.
func (v Sector) Valid() bool           { return slices.Contains(Sectors, v) }
func (v Side) Valid() bool             { return slices.Contains(Sides, v) }
func (v Role) Valid() bool             { return slices.Contains(Roles, v) }
func (v Presence) Valid() bool         { return slices.Contains(Presences, v) }
func (v VoteChoice) Valid() bool       { return slices.Contains(VoteChoices, v) }
func (v MeetingStatus) Valid() bool    { return slices.Contains(MeetingStatuses, v) }
func (v ItemKind) Valid() bool         { return slices.Contains(ItemKinds, v) }
func (v ImplStatus) Valid() bool       { return slices.Contains(ImplStatuses, v) }
func (v Completion) Valid() bool       { return slices.Contains(Completions, v) }
func (v OpenedGov) Valid() bool        { return slices.Contains(OpenedGovs, v) }
func (v OGPValue) Valid() bool         { return slices.Contains(OGPValues, v) }
func (v AssignmentStatus) Valid() bool { return slices.Contains(AssignmentStatuses, v) }
func (v PlanStatus) Valid() bool       { return slices.Contains(PlanStatuses, v) }

// OpenData is the vote's word in the national roll-call open-data standard.
func (v VoteChoice) OpenData() string {
	if v == VoteRecused {
		v = VoteNotVoted // the standard has no word for recused: «Не голосував»
	}
	return i18n.New(openDataLang).T(msgID("opendata_vote", string(v))) // the standard's words, not the screens'
}
