#!/usr/bin/env bash
# check-install.sh: proves that `go install github.com/mtlint/mtlint/cmd/mtlint@VERSION`
# works, as it will for users once a version is tagged: the committed HEAD is
# served as module version v0.0.0-test by a file-based module proxy, go
# installs it into an empty module cache, and the installed mtlint reports
# that version and finds the artifacts of the example article. The proxy is
# laid out as the GOPROXY protocol describes (list, .info, .mod, .zip); the
# zip is git archive's, without the directories of nested modules, as the go
# command builds module zips.
#
# Usage: scripts/check-install.sh
# The dependencies come from the local module cache (itself a file proxy)
# and, for any not there, from the module proxy; mtlint itself never leaves
# this machine. Not part of .ci/run: it builds mtlint from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
module=github.com/mtlint/mtlint
version=v0.0.0-test

tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
proxy=$tmp/proxy/$module/@v
mkdir -p "$proxy"

# Nested modules (a directory with its own go.mod) are not part of this one.
excludes=()
while IFS= read -r mod; do
	excludes+=(":(exclude)$(dirname "$mod")")
done < <(git ls-files '*/go.mod')
git archive --format=zip --prefix="$module@$version/" -o "$proxy/$version.zip" HEAD -- . "${excludes[@]}"
# Module zips hold files only: drop git archive's directory entries.
zip -q -d "$proxy/$version.zip" '*/' >/dev/null
git show HEAD:go.mod >"$proxy/$version.mod"
printf '{"Version":"%s","Time":"%s"}\n' "$version" "$(git log -1 --format=%cI HEAD)" >"$proxy/$version.info"
echo "$version" >"$proxy/list"

cache=$(go env GOMODCACHE)/cache/download
export GOMODCACHE=$tmp/modcache GOCACHE=$tmp/gocache GOBIN=$tmp/bin
export GOPROXY="file://$tmp/proxy,file://$cache,https://proxy.golang.org"
# The fake version is in no checksum database; the dependencies are checked
# against the go.sum inside the module zip.
export GONOSUMDB=$module GOFLAGS=-modcacherw
# Outside any module, as a user runs it.
cd "$tmp"
start=$(date +%s)
go install "$module/cmd/mtlint@$version"
echo "check-install: go install $module/cmd/mtlint@$version took $(($(date +%s) - start)) s"

fail() { echo "check-install: $*" >&2; exit 1; }
out=$("$GOBIN/mtlint" version)
echo "$out"
case $out in "mtlint $version "*) ;; *) fail "mtlint version says \"$out\", want $version" ;; esac
[ "$("$GOBIN/mtlint" --version)" = "$out" ] || fail "mtlint --version differs from mtlint version"

# The embedded language models came along: the example article has findings
# (exit 1), among them text left in the source language.
status=0
"$GOBIN/mtlint" check --lang en --format line "$repo/testdata/examples/article-en.txt" >"$tmp/findings" || status=$?
[ "$status" -eq 1 ] || fail "mtlint check on the example article exited $status, want 1"
echo "check-install: $(wc -l <"$tmp/findings") findings on the example article"

# Only the models mtlint uses were downloaded: no upstream lingua-go.
[ ! -e "$GOMODCACHE/cache/download/github.com/pemistahl" ] || fail "go install downloaded upstream lingua-go"
zips=$(find "$GOMODCACHE/cache/download" -name '*.zip' -print0 | xargs -0 du -cb | tail -n1 | cut -f1)
own=$(wc -c <"$proxy/$version.zip")
echo "check-install: module zips downloaded: $zips bytes (mtlint's own: $own)"
[ "$own" -le $((20 * 1024 * 1024)) ] || fail "mtlint's module zip is $own bytes, over 20 MB: a large file is tracked"
echo "check-install: ok"
