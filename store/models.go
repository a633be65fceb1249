package store

import "github.com/khmelnytskyi-ogp/rada/store/i18n"

// Council holds the council's settings (one row per file).
type Council struct {
	NameUK, NameEN           string // "Координаційна рада з питань впровадження ініціативи «Партнерство «Відкритий Уряд»"
	AuthorityUK, AuthorityEN string // "Хмельницька міська рада"
	AuthorityCode            string // ЄДРПОУ, as text
	CityUK, CityEN           string
	QuorumRule               QuorumRule
	QuorumCivil              bool // at least one civil-society member must be present
	DecisionRule             DecisionRule
	TieRule                  TieRule
	Numbering                Numbering
	TermLabel                string // the current term's series under per-term numbering, e.g. "2025–2027"
	Signers                  Signers
	DocLang                  i18n.Lang
	UILang                   i18n.Lang       // "" when the interface follows the environment
	BackupsKeep              int             // daily backups kept in backups/ beside the file (0: DefaultBackupsKeep)
	HeaderLayout             HeaderLayout    // the minutes' header ("" before chosen: date left)
	TimeStyle                TimeStyle       // the start time as written ("" before chosen: «10 год. 00 хв.»)
	VoteOrder                VoteOrder       // «Голосували» after or before «ВИРІШИЛИ» ("" before chosen: after)
	Attendance               AttendanceShape // the attendance's shape unless a meeting chooses ("" before chosen: the list)
	TotalLine                bool            // the minutes say «Всього членів … – N осіб»
}

// Name is the council's name in lang.
func (c Council) Name(lang i18n.Lang) string { return lang.Pick(c.NameUK, c.NameEN) }

// Authority is the body the council belongs to, in lang.
func (c Council) Authority(lang i18n.Lang) string { return lang.Pick(c.AuthorityUK, c.AuthorityEN) }

// City is the council's city in lang.
func (c Council) City(lang i18n.Lang) string { return lang.Pick(c.CityUK, c.CityEN) }

// Member is a person on the council, current or former.
type Member struct {
	ID           int64
	FullName     string // "Прізвище Ім'я По батькові"
	Position     string
	Organisation string
	Sector       Sector
	Side         Side
	Role         Role
	Email        string
	Phone        string
	TermFrom     string // YYYY-MM-DD or ""
	TermTo       string // YYYY-MM-DD or ""; set when the member leaves
	LeaveReason  string
	Notes        string
	Active       bool
}

// Meeting is one meeting's header.
type Meeting struct {
	ID          int64
	Series      string // the numbering series: the year, or the term's label
	Number      int
	Date        string // YYYY-MM-DD
	StartTime   string // HH:MM
	Place       string
	OnlineLink  string
	Status      MeetingStatus
	PresidingID int64
	SecretaryID int64
	Attendance  AttendanceShape // the attendance's shape in its minutes; "" as the council's settings say
	CurrentItem int             // position of the live screen's item
	ReturnNote  string
	OpenedAt    string
	ClosedAt    string
}

// MeetingSummary is a meetings-list row.
type MeetingSummary struct {
	Meeting
	Items      int
	Membership int  // active members on the meeting's date
	Present    int  // present or remote
	Recorded   bool // attendance has been taken
	Quorum     QuorumResult
}

// Approval is a co-chair's approval of an agenda or minutes.
type Approval struct {
	MeetingID  int64
	Kind       string // "agenda" or "minutes"
	MemberID   int64
	MemberName string
	ApprovedAt string
}

// Attendance is one member's presence at a meeting.
type Attendance struct {
	MeetingID int64
	MemberID  int64
	Status    Presence
	Reason    string
}

// Guest is an invited person with an advisory voice.
type Guest struct {
	ID           int64
	MeetingID    int64
	Position     int
	FullName     string
	Role         string // position held
	Organisation string
}

// AgendaItem is one item of a meeting's agenda with what was heard.
type AgendaItem struct {
	ID               int64
	MeetingID        int64
	Position         int
	Title            string
	Kind             ItemKind
	ReporterMemberID int64
	ReporterGuestID  int64
	CommitmentID     int64
	Heard            string // СЛУХАЛИ
	State            ItemState
	DeferredTo       int64
}

// Speech is one ВИСТУПИЛИ entry.
type Speech struct {
	ID              int64
	ItemID          int64
	Position        int
	SpeakerMemberID int64
	SpeakerGuestID  int64
	SpeakerName     string
	Summary         string
}

// DecisionPoint is one numbered point of ВИРІШИЛИ.
type DecisionPoint struct {
	ID           int64
	ItemID       int64
	Position     int
	Text         string
	CommitmentID int64
}

// Vote is one member's choice in an item's roll call.
type Vote struct {
	ItemID   int64
	MemberID int64
	Choice   VoteChoice
	Reason   string
}

// VoteResult is the outcome of an item's roll call, with the rule and presence it used.
type VoteResult struct {
	ItemID       int64
	DecisionRule DecisionRule
	TieRule      TieRule
	Membership   int
	Present      int
	Tally        Tally
	Outcome      Outcome
	RecordedAt   string
}

// Assignment is a доручення given by a decision.
type Assignment struct {
	ID                  int64
	ItemID              int64
	PointID             int64
	Text                string
	ResponsibleMemberID int64
	ResponsibleOrg      string
	Deadline            string
	Status              AssignmentStatus
	DoneOn              string
	DoneNote            string
}

// ActionPlan is one OGP Local Action Plan.
type ActionPlan struct {
	ID              int64
	Title           string
	OGPTitle        string
	PeriodFrom      string // YYYY-MM
	PeriodTo        string // YYYY-MM
	SubmittedOn     string
	Status          PlanStatus
	InceptionDoneOn string
}

// Commitment is one commitment of an Action Plan, with the fields of OGP's commitment
// template and two status scales kept apart: the secretariat's implementation status and
// the IRM completion grade (with "did it open government?"); withdrawn is a flag of its own.
type Commitment struct {
	ID              int64
	PlanID          int64
	Position        int
	OGPID           string // UAKLY0003
	Title           string
	Problem         string
	StatusQuo       string
	Objective       string
	HowSolves       string
	LeadImplementer string
	OtherActors     string
	StartMonth      string // YYYY-MM
	EndMonth        string // YYYY-MM
	Contact         string
	Budget          string
	Links           string
	Values          []OGPValue
	ImplStatus      ImplStatus
	Completion      Completion
	OpenedGov       OpenedGov
	Withdrawn       bool
	EndAssessedOn   string
}

// Milestone is a verifiable deliverable of a commitment.
type Milestone struct {
	ID           int64
	CommitmentID int64
	Position     int
	Deliverable  string
	StartDate    string
	EndDate      string
	DoneOn       string
	Evidence     string
}

// StatusChange is one dated event in a commitment's history.
type StatusChange struct {
	ID           int64
	CommitmentID int64
	Scale        string // "implementation", "completion" or "withdrawn"
	From, To     string
	ChangedOn    string
	ChangedBy    string
	Note         string
	MeetingID    int64
	PointID      int64
	EvidenceOn   string // YYYY-MM-DD of the report or decision that justified it, or ""
}
