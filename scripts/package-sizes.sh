#!/bin/bash
# package-sizes.sh [ROOT]: for each package folder of checker/, its non-test
# Go lines, files and distinct imports, as a Markdown table (docs/architecture.md).
set -eu
cd "${1:-$(dirname "$0")/..}"
echo "| package | lines | files | imports |"
echo "|---|---|---|---|"
for d in $(find checker -name '*.go' -not -name '*_test.go' -printf '%h\n' | sort -u); do
	files=$(ls "$d"/*.go | grep -v _test.go)
	lines=$(cat $files | wc -l)
	nfiles=$(echo "$files" | wc -l)
	imports=$(cat $files | awk '/^import \(/{f=1;next} f&&/^\)/{f=0} f&&/"/{print $NF} /^import "/{print $2}' | tr -d '"' | sort -u | wc -l)
	printf '| `%s` | %s | %s | %s |\n' "$d" "$lines" "$nfiles" "$imports"
done
