package store

// The council's vocabulary: every enumerated value is stored as the string below and has
// a Ukrainian and an English label (the vote words as the national roll-call standard
// spells them: За, Проти, Утримався, Не голосував, Відсутній).

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

// labels: "type.value" → {uk, en}.
var labels = map[string][2]string{
	"sector.executive":   {"Виконавчий орган", "Executive body"},
	"sector.enterprise":  {"Комунальне підприємство", "Municipal enterprise"},
	"sector.institution": {"Установа", "Institution"},
	"sector.ngo":         {"Громадська організація", "NGO"},
	"sector.other":       {"Інше", "Other"},

	"side.government": {"Представник органу влади", "Government representative"},
	"side.civil":      {"Представник громадськості (ІГС)", "Civil society representative"},

	"role.co_chair":  {"Співголова", "Co-chair"},
	"role.secretary": {"Секретар", "Secretary"},
	"role.member":    {"Член ради", "Member"},

	"presence.present": {"Присутній", "Present"},
	"presence.remote":  {"Дистанційно", "Remote"},
	"presence.absent":  {"Відсутній", "Absent"},

	"vote.for":       {"За", "For"},
	"vote.against":   {"Проти", "Against"},
	"vote.abstain":   {"Утримався", "Abstained"},
	"vote.not_voted": {"Не голосував", "Did not vote"},
	"vote.recused":   {"Не голосував через конфлікт інтересів", "Recused (conflict of interest)"},
	"vote.absent":    {"Відсутній", "Absent"},

	"meeting.draft":             {"Проєкт", "Draft"},
	"meeting.agenda_submitted":  {"Порядок денний подано", "Agenda submitted"},
	"meeting.agenda_approved":   {"Порядок денний затверджено", "Agenda approved"},
	"meeting.in_session":        {"Триває", "In session"},
	"meeting.closed":            {"Закрито", "Closed"},
	"meeting.minutes_submitted": {"Протокол подано", "Minutes submitted"},
	"meeting.minutes_approved":  {"Протокол затверджено", "Minutes approved"},

	"kind.information": {"Інформація", "Information"},
	"kind.decision":    {"Рішення", "Decision"},
	"kind.election":    {"Вибори", "Election"},

	"state.open":     {"Не розглянуто", "Open"},
	"state.done":     {"Розглянуто", "Done"},
	"state.deferred": {"Перенесено", "Deferred"},

	"impl.not_started": {"Не розпочато", "Not started"},
	"impl.in_progress": {"Виконується", "In progress"},
	"impl.partly_done": {"Виконано частково", "Partly done"},
	"impl.done":        {"Виконано", "Done"},
	"impl.not_done":    {"Не виконано", "Not done"},

	"completion.no_evidence": {"Немає даних", "No evidence available"},
	"completion.not_started": {"Не розпочато", "Not started"},
	"completion.limited":     {"Обмежений", "Limited"},
	"completion.substantial": {"Значний", "Substantial"},
	"completion.complete":    {"Повний", "Complete"},

	"opened.":            {"—", "—"},
	"opened.worsened":    {"Погіршилось", "Worsened"},
	"opened.no_change":   {"Не змінилось", "Did not change"},
	"opened.marginal":    {"Незначно", "Marginal"},
	"opened.major":       {"Суттєво", "Major"},
	"opened.outstanding": {"Видатно", "Outstanding"},

	"value.access_info":    {"Доступ до публічної інформації", "Access to information"},
	"value.participation":  {"Громадська участь", "Civic participation"},
	"value.accountability": {"Підзвітність", "Public accountability"},
	"value.technology":     {"Технології та інновації", "Technology and innovation"},

	"assignment.open":      {"Виконується", "Open"},
	"assignment.done":      {"Виконано", "Done"},
	"assignment.cancelled": {"Скасовано", "Cancelled"},

	"plan.draft":       {"Проєкт", "Draft"},
	"plan.in_progress": {"Виконується", "In progress"},
	"plan.finished":    {"Завершено", "Finished"},

	"numbering.year": {"У межах календарного року", "Within the calendar year"},
	"numbering.term": {"У межах каденції", "Within the council's term"},

	"signers.presiding": {"Головуючий і секретар", "Presiding officer and secretary"},
	"signers.co_chairs": {"Обидва співголови і секретар", "Both co-chairs and the secretary"},

	"quorum.half":                  {"Більше половини затвердженого складу", "More than half of the approved membership"},
	"quorum.two_thirds":            {"Не менше двох третин складу", "At least two thirds of the membership"},
	"decision.present_majority":    {"Проста більшість присутніх", "Simple majority of members present"},
	"decision.membership_majority": {"Більшість від складу ради", "Majority of the whole membership"},
	"decision.present_two_thirds":  {"Дві третини присутніх", "Two thirds of members present"},
	"tie.presiding":                {"Вирішальний голос головуючого", "The presiding officer's vote decides"},
	"tie.fails":                    {"Рішення не прийнято", "The motion fails"},
}

func label(kind, value, lang string) string {
	l, ok := labels[kind+"."+value]
	if !ok {
		return value
	}
	if lang == "en" {
		return l[1]
	}
	return l[0]
}

func known(kind, value string) bool { _, ok := labels[kind+"."+value]; return ok }

// Label methods give the Ukrainian ("uk") or English ("en") name of a value.
func (v Sector) Label(lang string) string           { return label("sector", string(v), lang) }
func (v Side) Label(lang string) string             { return label("side", string(v), lang) }
func (v Role) Label(lang string) string             { return label("role", string(v), lang) }
func (v Presence) Label(lang string) string         { return label("presence", string(v), lang) }
func (v VoteChoice) Label(lang string) string       { return label("vote", string(v), lang) }
func (v MeetingStatus) Label(lang string) string    { return label("meeting", string(v), lang) }
func (v ItemKind) Label(lang string) string         { return label("kind", string(v), lang) }
func (v ItemState) Label(lang string) string        { return label("state", string(v), lang) }
func (v ImplStatus) Label(lang string) string       { return label("impl", string(v), lang) }
func (v Completion) Label(lang string) string       { return label("completion", string(v), lang) }
func (v OpenedGov) Label(lang string) string        { return label("opened", string(v), lang) }
func (v OGPValue) Label(lang string) string         { return label("value", string(v), lang) }
func (v AssignmentStatus) Label(lang string) string { return label("assignment", string(v), lang) }
func (v PlanStatus) Label(lang string) string       { return label("plan", string(v), lang) }
func (v Numbering) Label(lang string) string        { return label("numbering", string(v), lang) }
func (v Signers) Label(lang string) string          { return label("signers", string(v), lang) }
func (v QuorumRule) Label(lang string) string       { return label("quorum", string(v), lang) }
func (v DecisionRule) Label(lang string) string     { return label("decision", string(v), lang) }
func (v TieRule) Label(lang string) string          { return label("tie", string(v), lang) }

// Valid methods say whether a value belongs to its enumeration.
func (v Sector) Valid() bool           { return known("sector", string(v)) }
func (v Side) Valid() bool             { return known("side", string(v)) }
func (v Role) Valid() bool             { return known("role", string(v)) }
func (v Presence) Valid() bool         { return known("presence", string(v)) }
func (v VoteChoice) Valid() bool       { return known("vote", string(v)) }
func (v MeetingStatus) Valid() bool    { return known("meeting", string(v)) }
func (v ItemKind) Valid() bool         { return known("kind", string(v)) }
func (v ImplStatus) Valid() bool       { return known("impl", string(v)) }
func (v Completion) Valid() bool       { return known("completion", string(v)) }
func (v OpenedGov) Valid() bool        { return known("opened", string(v)) }
func (v OGPValue) Valid() bool         { return known("value", string(v)) }
func (v AssignmentStatus) Valid() bool { return known("assignment", string(v)) }
func (v PlanStatus) Valid() bool       { return known("plan", string(v)) }

// OpenData is the vote's word in the national roll-call open-data standard.
func (v VoteChoice) OpenData() string {
	if v == VoteRecused {
		return "Не голосував"
	}
	return v.Label("uk")
}
