#!/usr/bin/env bash
# action-install.sh: installs one mtlint release for the GitHub Action
# (action.yml): the release archive for this runner, checked against the
# release's checksums.txt, unpacked into DEST, whose path it prints.
#
# Usage: scripts/action-install.sh VERSION DEST
#   VERSION   a release tag, e.g. v0.2.0
#   DEST      directory for the binary
# MTLINT_DOWNLOAD_URL replaces https://github.com/mtlint/mtlint/releases/download/VERSION
# (scripts/check-release.sh points it at a snapshot build with a file:// URL).
# The platform comes from RUNNER_OS and RUNNER_ARCH (set on GitHub runners),
# else from uname.
set -euo pipefail
version=${1:?usage: action-install.sh VERSION DEST}
dest=${2:?usage: action-install.sh VERSION DEST}
case $version in
v[0-9]*) ;;
*) echo "mtlint: version must be a release tag such as v0.2.0, got \"$version\"" >&2; exit 2 ;;
esac

os=${RUNNER_OS:-$(uname -s)}
case $os in
Linux) os=linux ;;
macOS | Darwin) os=darwin ;;
Windows | MINGW* | MSYS* | CYGWIN*) os=windows ;;
*) echo "mtlint: no release binary for OS $os" >&2; exit 2 ;;
esac
arch=${RUNNER_ARCH:-$(uname -m)}
case $arch in
X64 | x86_64 | amd64) arch=amd64 ;;
ARM64 | aarch64 | arm64) arch=arm64 ;;
*) echo "mtlint: no release binary for architecture $arch" >&2; exit 2 ;;
esac
ext=tar.gz
exe=mtlint
if [ "$os" = windows ]; then
	ext=zip
	exe=mtlint.exe
fi
archive=mtlint_${version#v}_${os}_${arch}.$ext
base=${MTLINT_DOWNLOAD_URL:-https://github.com/mtlint/mtlint/releases/download/$version}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
curl -fsSL --retry 3 -o "$tmp/$archive" "$base/$archive"
curl -fsSL --retry 3 -o "$tmp/checksums.txt" "$base/checksums.txt"
want=$(awk -v f="$archive" '$2 == f { print $1 }' "$tmp/checksums.txt")
if command -v sha256sum >/dev/null; then
	got=$(sha256sum "$tmp/$archive" | cut -d' ' -f1)
else
	got=$(shasum -a 256 "$tmp/$archive" | cut -d' ' -f1)
fi
if [ -z "$want" ] || [ "$got" != "$want" ]; then
	echo "mtlint: $archive does not match the release's checksums.txt" >&2
	exit 1
fi
mkdir -p "$dest"
if [ "$ext" = zip ]; then
	unzip -q -o "$tmp/$archive" "$exe" -d "$dest"
else
	tar -xzf "$tmp/$archive" -C "$dest" "$exe"
fi
echo "$dest"
