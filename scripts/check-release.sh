#!/usr/bin/env bash
# check-release.sh: checks .goreleaser.yaml and builds a snapshot release of
# the committed HEAD (in a clone, as a release job would) into dist/, then
# checks what it built: an archive for each platform, the checksums, static
# binaries under 40 MB, a Linux binary that runs and reports the snapshot
# version and the commit, and the GitHub Action's installer
# (scripts/action-install.sh) installing it. The container image is built too
# when a Docker daemon with buildx answers; otherwise it is skipped, and said
# so.
#
# Usage: scripts/check-release.sh
# Uses goreleaser from $GORELEASER or PATH; without one it installs
# GoReleaser v2.17.0 with go install (network, several minutes on two cores).
# Not part of .ci/run: it needs the network and builds six binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

goreleaser=${GORELEASER:-$(command -v goreleaser || true)}
if [ -z "$goreleaser" ]; then
	gobin=${XDG_CACHE_HOME:-$HOME/.cache}/mtlint-tools
	GOBIN=$gobin go install github.com/goreleaser/goreleaser/v2@v2.17.0
	goreleaser=$gobin/goreleaser
fi

"$goreleaser" check

# A clone has what GoReleaser and go build read from git: a remote, the
# commit, and a .git directory (a worktree's .git file gets no VCS stamp).
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
git clone --quiet --no-local . "$tmp/src"
commit=$(git rev-parse HEAD)
repo=$PWD
cd "$tmp/src"

skip=()
if docker buildx version >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
	echo "check-release: building the container image too"
else
	echo "check-release: no Docker daemon with buildx: the container image is not built"
	skip=(--skip=docker)
fi
"$goreleaser" release --snapshot --clean "${skip[@]}"
rm -rf "$repo/dist"
mv dist "$repo/dist"
cd "$repo/dist"

fail() { echo "check-release: $*" >&2; exit 1; }
(command -v sha256sum >/dev/null && sha256sum -c checksums.txt) ||
	(command -v shasum >/dev/null && shasum -a 256 -c checksums.txt) ||
	fail "checksums.txt does not match the archives"
for platform in linux_amd64 linux_arm64 darwin_amd64 darwin_arm64 windows_amd64 windows_arm64; do
	ext=tar.gz
	[ "${platform%%_*}" = windows ] && ext=zip
	ls mtlint_*_"$platform.$ext" >/dev/null 2>&1 || fail "no archive for $platform"
	grep -q "_$platform.$ext\$" checksums.txt || fail "no checksum for the $platform archive"
done
for bin in mtlint_*/mtlint mtlint_*/mtlint.exe; do
	[ -f "$bin" ] || continue
	size=$(wc -c <"$bin")
	[ "$size" -le $((40 * 1024 * 1024)) ] || fail "$bin is $size bytes, over 40 MB"
	go version -m "$bin" | grep -q 'CGO_ENABLED=0' || fail "$bin was built with cgo"
	printf '%-40s %9d bytes\n' "$bin" "$size"
done
if [ "$(go env GOOS)/$(go env GOARCH)" = linux/amd64 ]; then
	out=$(mtlint_linux_amd64_v1/mtlint version)
	echo "$out"
	version=$(grep -o '"version":"[^"]*"' metadata.json | cut -d'"' -f4)
	case $out in
	"mtlint v$version (revision ${commit:0:12}"*) ;;
	*) fail "mtlint version says \"$out\", want v$version (revision ${commit:0:12}, ...)" ;;
	esac
	# The GitHub Action's installer, on the snapshot as if it were a release.
	MTLINT_DOWNLOAD_URL=file://$repo/dist RUNNER_OS=Linux RUNNER_ARCH=X64 \
		"$repo/scripts/action-install.sh" "v$version" "$tmp/action" >/dev/null
	[ "$("$tmp/action/mtlint" version)" = "$out" ] || fail "action-install.sh installed another mtlint"
fi
echo "check-release: ok"
