package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// readVotes gives each item its roll call, sorted by name. A meeting has hundreds of votes;
// SQLite packs each item's into one row ("member:choice member:choice …"), which spares the
// driver a row per vote, and the few reasons given are read apart.
func readVotes(ctx context.Context, q querier, meetingID int64, items map[int64]*ItemRecord, members map[int64]Person, _ map[int64]Guest) error {
	rows, err := q.QueryContext(ctx, `SELECT item_id, group_concat(member_id || ':' || choice, ' '),
		sum(reason <> '') FROM vote WHERE `+itemsOfMeeting+` GROUP BY item_id`, meetingID)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	reasons := false
	for rows.Next() {
		var itemID int64
		var packed string
		var withReason int
		if err := rows.Scan(&itemID, &packed, &withReason); err != nil {
			return err
		}
		it := items[itemID]
		if it == nil {
			continue
		}
		if it.Votes, err = unpackVotes(itemID, packed, members); err != nil {
			return err
		}
		reasons = reasons || withReason > 0
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if reasons {
		if err := readVoteReasons(ctx, q, meetingID, items); err != nil {
			return err
		}
	}
	for _, it := range items {
		SortByName(it.Votes, func(v VoteRecord) string { return v.Person.FullName })
	}
	return nil
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

// readVoteReasons puts the reasons given (a recusal's, say) on their votes.
func readVoteReasons(ctx context.Context, q querier, meetingID int64, items map[int64]*ItemRecord) error {
	rows, err := q.QueryContext(ctx, `SELECT item_id, member_id, reason FROM vote WHERE `+itemsOfMeeting+`
		AND reason <> ''`, meetingID)
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
