package common

import (
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

func TestQuorumText(t *testing.T) {
	quorate := store.QuorumInput{Rule: store.QuorumHalf, Membership: 14, Present: 9}
	short := store.QuorumInput{Rule: store.QuorumHalf, Membership: 14, Present: 5}
	noCivil := store.QuorumInput{Rule: store.QuorumHalf, NeedCivil: true, Membership: 14, Present: 9}
	both := store.QuorumInput{Rule: store.QuorumHalf, NeedCivil: true, Membership: 14, Present: 5}
	cases := []struct {
		name string
		in   store.QuorumInput
		lang i18n.Lang
		want string
	}{
		{"uk quorate", quorate, "uk", "9 з 14 присутні — засідання правомочне"},
		{"uk short", short, "uk", "5 з 14 присутні — кворум відсутній: потрібно 8"},
		{"uk no civil", noCivil, "uk", "9 з 14 присутні — кворум відсутній: немає представника громадськості"},
		{"uk short and no civil", both, "uk", "5 з 14 присутні — кворум відсутній: потрібно 8; немає представника громадськості"},
		{"en quorate", quorate, "en", "9 of 14 present — quorate"},
		{"en short", short, "en", "5 of 14 present — no quorum: 8 needed"},
		{"en no civil", noCivil, "en", "9 of 14 present — no quorum: no civil-society member present"},
		{"en short and no civil", both, "en", "5 of 14 present — no quorum: 8 needed; no civil-society member present"},
		{"unknown lang is uk", quorate, "de", "9 з 14 присутні — засідання правомочне"},
		{"empty lang is uk", short, "", "5 з 14 присутні — кворум відсутній: потрібно 8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := QuorumText(i18n.New(c.lang), store.Quorum(c.in)); got != c.want {
				t.Errorf("%s text = %q, want %q", c.lang, got, c.want)
			}
		})
	}
}

func TestOutcomeText(t *testing.T) {
	adopted := store.DecisionInput{Rule: store.DecisionMembershipMajority, Membership: 14, Present: 12,
		Tally: store.Tally{For: 9, Against: 2, Abstain: 1}}
	rejected := store.DecisionInput{Rule: store.DecisionMembershipMajority, Membership: 14, Present: 12,
		Tally: store.Tally{For: 7, Against: 5}}
	unanimous := store.DecisionInput{Rule: store.DecisionMembershipMajority, Membership: 14, Present: 14,
		Tally: store.Tally{For: 14}}
	tie := func(tr store.TieRule, p *bool) store.DecisionInput {
		return store.DecisionInput{Rule: store.DecisionPresentMajority, Tie: tr, Membership: 14, Present: 10,
			Tally: store.Tally{For: 5, Against: 5}, PresidingFor: p}
	}
	cases := []struct {
		name string
		in   store.DecisionInput
		lang i18n.Lang
		want string
	}{
		{"uk adopted", adopted, "uk", "потрібно 8 з 14, за — 9: рішення прийнято"},
		{"uk rejected", rejected, "uk", "потрібно 8 з 14, за — 7: рішення не прийнято"},
		{"uk unanimous", unanimous, "uk", "потрібно 8 з 14, за — 14: рішення прийнято (одноголосно)"},
		{"uk tie presiding for", tie(store.TiePresidingDecides, ptr(true)), "uk",
			"потрібно 6 з 10, за — 5, рівний розподіл голосів, вирішальний голос головуючого «за»: рішення прийнято"},
		{"uk tie presiding against", tie(store.TiePresidingDecides, ptr(false)), "uk",
			"потрібно 6 з 10, за — 5, рівний розподіл голосів, вирішальний голос головуючого «проти»: рішення не прийнято"},
		{"uk tie presiding did not vote", tie(store.TiePresidingDecides, nil), "uk",
			"потрібно 6 з 10, за — 5, рівний розподіл голосів: рішення не прийнято"},
		{"uk tie fails", tie(store.TieFails, ptr(true)), "uk",
			"потрібно 6 з 10, за — 5, рівний розподіл голосів: рішення не прийнято"},
		{"en adopted", adopted, "en", "needed 8 of 14, for — 9: adopted"},
		{"en rejected", rejected, "en", "needed 8 of 14, for — 7: not adopted"},
		{"en unanimous", unanimous, "en", "needed 8 of 14, for — 14: adopted (unanimously)"},
		{"en tie presiding for", tie(store.TiePresidingDecides, ptr(true)), "en",
			"needed 6 of 10, for — 5, tie, the presiding officer's vote decides: adopted"},
		{"en tie presiding against", tie(store.TiePresidingDecides, ptr(false)), "en",
			"needed 6 of 10, for — 5, tie, the presiding officer's vote decides: not adopted"},
		{"en tie presiding did not vote", tie(store.TiePresidingDecides, nil), "en",
			"needed 6 of 10, for — 5, tie: not adopted"},
		{"en tie fails", tie(store.TieFails, ptr(true)), "en", "needed 6 of 10, for — 5, tie: not adopted"},
		{"unknown lang is uk", adopted, "fr", "потрібно 8 з 14, за — 9: рішення прийнято"},
		{"zero present en", store.DecisionInput{Rule: store.DecisionPresentMajority}, "en", "needed 1 of 0, for — 0: not adopted"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := OutcomeText(i18n.New(c.lang), store.Decide(c.in)); got != c.want {
				t.Errorf("%s text = %q, want %q", c.lang, got, c.want)
			}
		})
	}
}

func ptr(b bool) *bool { return &b }
