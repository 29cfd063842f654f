#!/usr/bin/env bash
# measure-build.sh: what building mtlint costs a newcomer, for one or more
# git revisions side by side: a cold `go build ./cmd/mtlint` (empty module
# and build caches, modules from the module proxy), the module zips it
# downloads, and the binary's size with and without symbol tables.
#
# Usage: scripts/measure-build.sh [REV...]   (default: HEAD)
# Needs the module proxy (network). Wall time depends on the machine's load;
# user+sys CPU time much less so.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- HEAD
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
printf '%-12s %10s %10s %8s %8s %14s\n' rev binary stripped wall_s cpu_s module_zips
for rev in "$@"; do
	src=$tmp/src-$rev
	mkdir -p "$src"
	git archive "$rev" | tar -x -C "$src"
	mods=$tmp/mod-$rev
	cache=$tmp/cache-$rev
	times=$tmp/time-$rev
	(cd "$src" && GOFLAGS=-modcacherw GOMODCACHE=$mods GOCACHE=$cache \
		/usr/bin/time -f '%e %U %S' -o "$times" go build -o "$tmp/mtlint-$rev" ./cmd/mtlint)
	(cd "$src" && GOFLAGS=-modcacherw GOMODCACHE=$mods GOCACHE=$cache \
		go build -ldflags='-s -w' -o "$tmp/mtlint-$rev-stripped" ./cmd/mtlint)
	read -r wall user sys <"$times"
	zips=$(find "$mods/cache/download" -name '*.zip' -print0 | xargs -0 du -cb | tail -n1 | cut -f1)
	printf '%-12s %10s %10s %8s %8s %14s\n' "$(git rev-parse --short "$rev")" \
		"$(stat -c %s "$tmp/mtlint-$rev")" "$(stat -c %s "$tmp/mtlint-$rev-stripped")" \
		"$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$zips"
done
