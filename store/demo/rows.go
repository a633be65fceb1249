package demo

import "github.com/khmelnytskyi-ogp/rada/store"

// The council's own rows: settings, members and their roles, Action Plans.

func (w *writer) council(c store.Council, created string) {
	w.exec(`INSERT INTO council (id, name_uk, name_en, authority_uk, authority_en, authority_code, city_uk, city_en,
		quorum_rule, quorum_civil, decision_rule, tie_rule, numbering, term_label, signers, doc_lang, ui_lang,
		created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.NameUK, c.NameEN, c.AuthorityUK, c.AuthorityEN, c.AuthorityCode, c.CityUK, c.CityEN,
		string(c.QuorumRule), boolInt(c.QuorumCivil), string(c.DecisionRule), string(c.TieRule),
		string(c.Numbering), c.TermLabel, string(c.Signers), c.DocLang, c.UILang, created, created)
}

// member writes a member as created on the first day of the term and last changed on updated.
func (w *writer) member(m store.Member, updated string) int64 {
	created := stamp(m.TermFrom, "09:00")
	return w.exec(`INSERT INTO member (full_name, position, organisation, sector, side, role, email, phone,
		term_from, term_to, leave_reason, notes, active, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.FullName, m.Position, m.Organisation, string(m.Sector), string(m.Side), string(m.Role), m.Email, m.Phone,
		m.TermFrom, m.TermTo, m.LeaveReason, m.Notes, boolInt(m.Active), created, updated)
}

func (w *writer) role(member int64, r store.Role, since, until string) {
	w.exec("INSERT INTO member_role (member_id, role, since, until) VALUES (?, ?, ?, ?)", member, string(r), since, until)
}

// plan is an Action Plan's header.
type plan struct {
	title, ogpTitle      string
	from, to             string // YYYY-MM
	submitted, inception string
	status               store.PlanStatus
	created, updated     string
	leads                []store.Institution
}

func (w *writer) plan(p plan) int64 {
	id := w.exec(`INSERT INTO action_plan (title, ogp_title, period_from, period_to, submitted_on, status,
		inception_done_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.title, p.ogpTitle, p.from, p.to, p.submitted, string(p.status), p.inception, p.created, p.updated)
	w.institutions("plan_institution", "plan_id", id, p.leads)
	return id
}

// institutions writes a plan's or a commitment's institutions in their order.
func (w *writer) institutions(table, owner string, id int64, list []store.Institution) {
	for i, in := range list {
		w.exec("INSERT INTO "+table+" ("+owner+", position_no, name, kind) VALUES (?, ?, ?, ?)", id, i+1, in.Name, string(in.Kind))
	}
}

// commitment holds the fields of an OGP commitment (see store.Commitment).
type commitment struct {
	ogpID, title                          string
	problem, statusQuo, objective, solves string
	lead, others, contact, budget, links  string
	start, end                            string // YYYY-MM
	impl                                  store.ImplStatus
	completion                            store.Completion
	opened                                store.OpenedGov
	withdrawn                             bool
	endAssessed                           string
	values                                []store.OGPValue
	institutions                          []store.Institution
	created, updated                      string
}

func (w *writer) commitment(plan int64, pos int, c commitment) int64 {
	id := w.exec(`INSERT INTO commitment (plan_id, position_no, ogp_id, title, problem, status_quo, objective,
		how_solves, lead_implementer, other_actors, start_month, end_month, contact, budget, links, impl_status,
		completion, opened_gov, withdrawn, end_assessed_on, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		plan, pos, c.ogpID, c.title, c.problem, c.statusQuo, c.objective, c.solves, c.lead, c.others,
		c.start, c.end, c.contact, c.budget, c.links, string(c.impl), string(c.completion), string(c.opened),
		boolInt(c.withdrawn), c.endAssessed, c.created, c.updated)
	for _, v := range c.values {
		w.exec("INSERT INTO commitment_value (commitment_id, value) VALUES (?, ?)", id, string(v))
	}
	w.institutions("commitment_institution", "commitment_id", id, c.institutions)
	return id
}

// milestone is a verifiable deliverable of a commitment.
type milestone struct {
	deliverable, start, end, done, evidence string
}

func (w *writer) milestone(commitment int64, pos int, m milestone) {
	w.exec(`INSERT INTO milestone (commitment_id, position_no, deliverable, start_date, end_date, done_on, evidence)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, commitment, pos, m.deliverable, m.start, m.end, m.done, m.evidence)
}

// change is one dated event in a commitment's status history.
type change struct {
	scale          string // implementation, completion, withdrawn
	from, to       string
	on, by, note   string
	meeting, point int64
	evidence       string // the date of the report that justified it
}

func (w *writer) statusChange(commitment int64, c change) {
	w.exec(`INSERT INTO status_change (commitment_id, scale, from_value, to_value, changed_on, changed_by, note,
		meeting_id, point_id, evidence_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		commitment, c.scale, c.from, c.to, c.on, c.by, c.note, nullID(c.meeting), nullID(c.point), c.evidence)
}
