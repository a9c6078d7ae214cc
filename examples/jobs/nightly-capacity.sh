#!/usr/bin/env bash
# Nightly capacity check for a scripted pipeline: fails (exit 1) when any address headroom of the topology is below
# THRESHOLD percent, and prints the resources that are short and when each runs out at the given growth.
#
#   examples/jobs/nightly-capacity.sh prod-eu            # a stored topology (DATABASE_URL or the embedded database)
#   examples/jobs/nightly-capacity.sh planned.yaml       # a topology document; needs no database
#   THRESHOLD=25 NODES_PER_MONTH=10 PODS_PER_MONTH=300 examples/jobs/nightly-capacity.sh prod-eu
#
# Exit codes: 0 all headroom at or above the threshold, 1 some below, 2 bad input, 3 database unavailable.
set -uo pipefail
target="${1:?usage: nightly-capacity.sh TOPOLOGY-NAME | FILE}"
threshold="${THRESHOLD:-20}"
netmodel="${NETMODEL:-npx --no-install netmodel}"

if [ -f "$target" ]; then source=(--file "$target"); else source=(--topology "$target"); fi
report="$(mktemp)"
trap 'rm -f "$report"' EXIT

$netmodel capacity "${source[@]}" --fail-below "$threshold" \
  --growth-nodes-per-month "${NODES_PER_MONTH:-0}" --growth-pods-per-month "${PODS_PER_MONTH:-0}" -o json > "$report"
status=$?
if [ "$status" -ge 2 ]; then
  echo "capacity check could not run (exit $status):" >&2
  cat "$report" >&2
  exit "$status"
fi

# The JSON contract is docs/capacity-json.md (CapacityAnswer); node is there wherever netmodel is.
node - "$report" "$threshold" <<'JS'
const [file, threshold] = process.argv.slice(2);
const answer = JSON.parse(require('node:fs').readFileSync(file, 'utf8'));
const short = answer.headroom.filter((h) => h.freePercent !== null && h.freePercent < Number(threshold));
for (const h of short) console.log(`LOW ${h.resource} ${h.scope}: ${h.free} of ${h.total} free (${h.freePercent}%)`);
for (const item of answer.report.forecast?.items ?? []) {
  if (item.months !== null) console.log(`runs out in ${item.months} months: ${item.resource} ${item.scope}`);
}
console.log(short.length === 0 ? `ok: every headroom at or above ${threshold}%` : `FAIL: ${short.length} resource(s) below ${threshold}%`);
JS
exit "$status"
