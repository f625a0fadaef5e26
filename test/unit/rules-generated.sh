#!/usr/bin/env bash
# The C tables made from rules/*.rules are committed, so that building
# needs no python; this proves they are what tools/gen-rules makes of the
# rules today, and that each SQL enum the rules name has the rules' values,
# in order, in the SQL scripts and the documentation.  Exit 1 naming what
# differs (run tools/gen-rules to remake the tables).
set -u
cd "$(dirname "$0")/../.."
python3 tools/gen-rules --check && echo "the rule tables are what tools/gen-rules makes of rules/"
