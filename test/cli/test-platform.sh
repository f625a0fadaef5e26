#!/usr/bin/env bash
# The facts that a privacy policy in the style of current large platforms
# (test/cli/platform-notice.md: US state-law sections, "Your choices",
# tables of categories with purposes and retention, lists of recipients
# with bold lead-ins) must yield; appends to the TAP file of test-cli.sh.
set -u
cd "$(dirname "$0")/../.."
source test/lib.sh
export PC_RESULTS=${PC_RESULTS:-"$PC_TMP"/policy_clauses_cli.tap}
CLI=src/cli/policy-clauses
notice=test/cli/platform-notice.md

summary=$($CLI --summary "$notice")
facts=$($CLI --facts "$notice")

# has LIST WORDS...: the summary's list LIST holds every one of WORDS
has() {
    local list=$1; shift
    echo "$summary" | python3 -c '
import json, sys
got = set(json.load(sys.stdin)[sys.argv[1]])
sys.exit(0 if set(sys.argv[2:]) <= got else 1)' "$list" "$@"
}

has shares affiliates service_providers analytics_providers advertisers law_enforcement \
    business_successors other_users public
tap $? "platform: recipients of a list with bold lead-ins, other people on the platform"
has collects contact financial location device online_activity audio_visual account
tap $? "platform: data of collection headings, a category table, what users watch and search for"
has rights access rectification erasure portability restriction opt_out_marketing opt_out_sale \
    non_discrimination complaint appeal
tap $? "platform: a state-law rights list, the opt-out of sale among others, an appeal, a complaint to the attorney general"

# a period of the given months and days among the retention facts
period() {
    echo "$facts" | python3 -c '
import json, sys
want = (int(sys.argv[1]), int(sys.argv[2]))
sys.exit(0 if any(d["kind"] == "retention" and d["value"] == 0 and (d["months"], d["days"]) == want
                  for d in map(json.loads, sys.stdin)) else 1)' "$1" "$2"
}
period 0 90; tap $? "platform: \"as long as your account is active and then 90 days\""
period 12 0; tap $? "platform: a cell under \"How long we keep it\""
period 84 0; tap $? "platform: transaction records kept for 7 years"
period 0 30; [ $? -ne 0 ]; tap $? "platform: \"deleted within 30 days of your request\" is a deadline"

echo "$facts" | python3 -c '
import json, sys
sys.exit(1 if any(d["kind"] == "shares" and "agent" in d["evidence"].lower()
                  for d in map(json.loads, sys.stdin)) else 0)'
tap $? "platform: an authorized agent acting for the user is no recipient"
echo "$summary" | python3 -c '
import json, sys
d = json.load(sys.stdin)
sys.exit(0 if d["sells"] == 0 and d["min_age"] == 13 else 1)'
tap $? "platform: no sale, minimum age 13"
