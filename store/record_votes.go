package store

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// readVotes gives each item its roll call, sorted by name. A meeting has hundreds of votes;
// SQLite packs each item's into one row ("12for 13against …"), which spares the driver a
// row per vote, and says whether any carries a reason; the few reasons are read apart.
func readVotes(ctx context.Context, q querier, meetingID int64, items map[int64]*ItemRecord, members map[int64]Person, _ map[int64]Guest) error {
	rows, err := q.QueryContext(ctx, `SELECT item_id, group_concat(member_id || choice, ' '), max(reason)
		FROM vote WHERE `+itemsOfMeeting+` GROUP BY item_id`, meetingID)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	rank := nameRanks(members)
	slots := make([]VoteRecord, len(rank))
	var withReasons []any
	for rows.Next() {
		var itemID int64
		var packed, reason string
		if err := rows.Scan(&itemID, &packed, &reason); err != nil {
			return err
		}
		it := items[itemID]
		if it == nil {
			continue
		}
		if it.Votes, err = unpackVotes(itemID, packed, members, rank, slots); err != nil {
			return err
		}
		if reason != "" {
			withReasons = append(withReasons, itemID)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return readVoteReasons(ctx, q, withReasons, items)
}

// nameRanks numbers the members in name order (equal names by id): each roll call is put in
// that order by placing every vote at its member's number, with no sort.
func nameRanks(members map[int64]Person) map[int64]int {
	people := slices.SortedFunc(maps.Values(members), func(a, b Person) int { return cmp.Compare(a.MemberID, b.MemberID) })
	SortByName(people, func(p Person) string { return p.FullName })
	rank := make(map[int64]int, len(people))
	for i, p := range people {
		rank[p.MemberID] = i
	}
	return rank
}

// unpackVotes reads one item's packed roll call ("12for 13against …") in name order: each
// vote goes to its member's rank in slots, scratch space as long as the ranks.
func unpackVotes(itemID int64, packed string, members map[int64]Person, rank map[int64]int, slots []VoteRecord) ([]VoteRecord, error) {
	clear(slots)
	var unranked []VoteRecord // a member the register no longer has: last, as read
	n := 0
	for vote := range strings.FieldsSeq(packed) {
		digits := strings.IndexFunc(vote, func(r rune) bool { return r < '0' || r > '9' })
		memberID, err := strconv.ParseInt(vote[:max(digits, 0)], 10, 64)
		if digits <= 0 || err != nil {
			return nil, fmt.Errorf("item %d: unreadable vote %q", itemID, vote)
		}
		v := VoteRecord{Vote: Vote{ItemID: itemID, MemberID: memberID, Choice: voteChoiceOf(vote[digits:])}, Person: members[memberID]}
		if r, ok := rank[memberID]; ok {
			slots[r] = v
			n++
		} else {
			unranked = append(unranked, v)
		}
	}
	out := make([]VoteRecord, 0, n+len(unranked))
	for _, v := range slots {
		if v.MemberID != 0 {
			out = append(out, v)
		}
	}
	return append(out, unranked...), nil
}

// voteChoiceOf is the choice named s, without a new string per vote.
func voteChoiceOf(s string) VoteChoice {
	for _, c := range VoteChoices {
		if string(c) == s {
			return c
		}
	}
	return VoteChoice(s)
}

// readVoteReasons puts the reasons given (a recusal's, say) on the votes of the items named.
func readVoteReasons(ctx context.Context, q querier, itemIDs []any, items map[int64]*ItemRecord) error {
	if len(itemIDs) == 0 {
		return nil
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(itemIDs)), ", ")
	rows, err := q.QueryContext(ctx, `SELECT item_id, member_id, reason FROM vote WHERE item_id IN (`+marks+`)
		AND reason <> ''`, itemIDs...)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var itemID, memberID int64
		var reason string
		if err := rows.Scan(&itemID, &memberID, &reason); err != nil {
			return err
		}
		if it := items[itemID]; it != nil {
			for i := range it.Votes {
				if it.Votes[i].MemberID == memberID {
					it.Votes[i].Reason = reason
				}
			}
		}
	}
	return rows.Err()
}
