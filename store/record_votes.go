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
// SQLite packs each item's into one row ("member:choice member:choice …"), which spares the
// driver a row per vote; the few reasons given are read apart.
func readVotes(ctx context.Context, q querier, meetingID int64, items map[int64]*ItemRecord, members map[int64]Person, _ map[int64]Guest) error {
	rows, err := q.QueryContext(ctx, `SELECT item_id, group_concat(member_id || ':' || choice, ' ' ORDER BY member_id),
		sum(reason <> '') FROM vote WHERE `+itemsOfMeeting+` GROUP BY item_id`, meetingID)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	var withReasons []any
	for rows.Next() {
		var itemID int64
		var packed string
		var reasons int
		if err := rows.Scan(&itemID, &packed, &reasons); err != nil {
			return err
		}
		it := items[itemID]
		if it == nil {
			continue
		}
		if it.Votes, err = unpackVotes(itemID, packed, members); err != nil {
			return err
		}
		if reasons > 0 {
			withReasons = append(withReasons, itemID)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := readVoteReasons(ctx, q, withReasons, items); err != nil {
		return err
	}
	rank := nameRanks(members)
	for _, it := range items {
		slices.SortStableFunc(it.Votes, func(a, b VoteRecord) int { return cmp.Compare(rank[a.MemberID], rank[b.MemberID]) })
	}
	return nil
}

// nameRanks numbers the members in name order (equal names by id), so that each roll call
// sorts by a number.
func nameRanks(members map[int64]Person) map[int64]int {
	people := slices.SortedFunc(maps.Values(members), func(a, b Person) int { return cmp.Compare(a.MemberID, b.MemberID) })
	SortByName(people, func(p Person) string { return p.FullName })
	rank := make(map[int64]int, len(people))
	for i, p := range people {
		rank[p.MemberID] = i
	}
	return rank
}

// unpackVotes reads one item's packed roll call.
func unpackVotes(itemID int64, packed string, members map[int64]Person) ([]VoteRecord, error) {
	out := make([]VoteRecord, 0, strings.Count(packed, " ")+1)
	for pair := range strings.FieldsSeq(packed) {
		id, choice, ok := strings.Cut(pair, ":")
		memberID, err := strconv.ParseInt(id, 10, 64)
		if !ok || err != nil {
			return nil, fmt.Errorf("item %d: unreadable vote %q", itemID, pair)
		}
		v := VoteRecord{Vote: Vote{ItemID: itemID, MemberID: memberID, Choice: voteChoiceOf(choice)}}
		v.Person = members[memberID]
		out = append(out, v)
	}
	return out, nil
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
