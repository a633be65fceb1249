package meetings

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store"
)

func TestBalanceWarningUnderTheList(t *testing.T) {
	c := newCommon(t, "uk", 2)
	ctx := context.Background()
	for i, side := range []store.Side{store.SideGovernment, store.SideGovernment, store.SideGovernment, store.SideCivil} {
		if _, err := c.Store.CreateMember(ctx, store.Member{FullName: "Член " + string(rune('А'+i)), Side: side,
			Role: store.RoleMember, Sector: store.SectorOther}); err != nil {
			t.Fatal(err)
		}
	}
	m := New(c).SetSize(80, 20)
	m, _ = send(t, m, m.Init()())
	v := m.View()
	if !strings.Contains(v, "Склад незбалансований: влада — 3 з 4, більше двох третин") || lipgloss.Height(v) > 20 {
		t.Fatalf("no warning or too tall (%d lines):\n%s", lipgloss.Height(v), v)
	}
	if _, err := c.Store.CreateMember(ctx, store.Member{FullName: "Член Д", Side: store.SideCivil,
		Role: store.RoleMember, Sector: store.SectorOther}); err != nil {
		t.Fatal(err)
	}
	m, _ = send(t, m, m.Init()())
	if strings.Contains(m.View(), "незбалансований") {
		t.Error("3 of 5 is balanced")
	}
}
