#!/bin/sh
# fuzz-all.sh: runs every fuzz target of the module, one after the other,
# for FUZZTIME each (60s by default), and prints one line a target: ok with
# the fuzzer's last count, or FAIL with its output. Go minimises each new
# interesting input for up to a minute by default, which on inputs of a few
# kilobytes (the rule fixtures) takes the whole run; minimising is capped at
# MINIMIZE (5s by default) so that the time goes to fuzzing.
#
# Usage: scripts/fuzz-all.sh [PATTERN]     (PATTERN filters target names)
set -u
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-60s}
minimize=${MINIMIZE:-5s}
pattern=${1:-.}
failed=$(mktemp)
trap 'rm -f "$failed"' EXIT
grep -rl --include='*_test.go' '^func Fuzz' . | sort | while read -r file; do
	pkg=./$(dirname "${file#./}")
	grep -o '^func Fuzz[A-Za-z0-9_]*' "$file" | sed 's/^func //' | grep -e "$pattern" | while read -r target; do
		if out=$(go test -run '^$' -fuzz "^$target\$" -fuzztime "$fuzztime" -fuzzminimizetime "$minimize" "$pkg" 2>&1); then
			echo "ok   $pkg $target: $(echo "$out" | grep -o 'execs: [0-9]*' | tail -n1)"
		else
			echo "FAIL $pkg $target"
			echo "$out" | tail -n 30
			echo "$target" >>"$failed"
		fi
	done
done
[ ! -s "$failed" ]
