package store

import (
	"slices"

	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// The council's vocabulary: every enumerated value is stored as the string below and has
// a label in each language's catalog (locales/*/vocab.toml).

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
	VoteChoices        = []VoteChoice{VoteFor, VoteAgainst, VoteAbstain, VoteNotVoted, VoteRecused, VoteAbsent}
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

// label is the name of value in lang, from the catalogs (locales/*/vocab.toml); a value
// the catalogs do not know is shown as stored.
func label(kind, value string, lang i18n.Lang) string {
	if value == "" {
		value = "none"
	}
	id := "vocab." + kind + "_" + value
	if s := i18n.New(lang).T(id); s != id {
		return s
	}
	return value
}

// Label methods name a value in lang.
func (v Sector) Label(lang i18n.Lang) string           { return label("sector", string(v), lang) }
func (v Side) Label(lang i18n.Lang) string             { return label("side", string(v), lang) }
func (v Role) Label(lang i18n.Lang) string             { return label("role", string(v), lang) }
func (v Presence) Label(lang i18n.Lang) string         { return label("presence", string(v), lang) }
func (v VoteChoice) Label(lang i18n.Lang) string       { return label("vote", string(v), lang) }
func (v MeetingStatus) Label(lang i18n.Lang) string    { return label("meeting", string(v), lang) }
func (v ItemKind) Label(lang i18n.Lang) string         { return label("kind", string(v), lang) }
func (v ItemState) Label(lang i18n.Lang) string        { return label("state", string(v), lang) }
func (v ImplStatus) Label(lang i18n.Lang) string       { return label("impl", string(v), lang) }
func (v Completion) Label(lang i18n.Lang) string       { return label("completion", string(v), lang) }
func (v OpenedGov) Label(lang i18n.Lang) string        { return label("opened", string(v), lang) }
func (v OGPValue) Label(lang i18n.Lang) string         { return label("value", string(v), lang) }
func (v AssignmentStatus) Label(lang i18n.Lang) string { return label("assignment", string(v), lang) }
func (v PlanStatus) Label(lang i18n.Lang) string       { return label("plan", string(v), lang) }
func (v Numbering) Label(lang i18n.Lang) string        { return label("numbering", string(v), lang) }
func (v Signers) Label(lang i18n.Lang) string          { return label("signers", string(v), lang) }
func (v QuorumRule) Label(lang i18n.Lang) string       { return label("quorum", string(v), lang) }
func (v DecisionRule) Label(lang i18n.Lang) string     { return label("decision", string(v), lang) }
func (v TieRule) Label(lang i18n.Lang) string          { return label("tie", string(v), lang) }

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

// Locked says whether a meeting in this status may no longer change.
func (v MeetingStatus) Locked() bool { return v == MeetingMinutesApproved }

// OpenData is the vote's word in the national roll-call open-data standard.
func (v VoteChoice) OpenData() string {
	if v == VoteRecused {
		v = VoteNotVoted // the standard has no word for recused: «Не голосував»
	}
	return v.Label(openDataLang)
}
