#!/usr/bin/env bash
# refresh-lingua.sh: rebuilds internal/third_party/lingua-go, the trimmed copy
# of github.com/pemistahl/lingua-go that mtlint embeds, from an upstream
# release in the module cache (downloaded when missing), then re-records the
# upstream detection results the copy is tested against and runs that test.
#
# Usage: scripts/refresh-lingua.sh [VERSION]   (default: the version in
# internal/third_party/lingua-go/UPSTREAM). Needs Go and, for a version not in
# the module cache, the module proxy.
#
# What the copy keeps and changes is listed in
# internal/third_party/lingua-go/README.md; keep the two in step.
set -euo pipefail
cd "$(dirname "$0")/.."
dst=internal/third_party/lingua-go
version=${1:-$(cat "$dst/UPSTREAM")}
upstream=github.com/pemistahl/lingua-go

# go mod download outside this module, so that go.mod and go.sum stay as
# they are; -json reports the directory of the extracted module.
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
src=$(cd "$tmp" && GOFLAGS=-mod=mod go mod download -json "$upstream@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
if [ ! -f "$src/detector.go" ]; then
	echo "refresh-lingua: no source for $upstream@$version" >&2
	exit 1
fi

# Upstream's files are replaced; mtlint's own files in $dst (README.md,
# NOTICE, UPSTREAM, mtlint.patch, the compact models and their
# generator, the tests and their testdata) are kept. writer.go, which writes
# training data, is left out: mtlint does not train models, and it would
# link the protobuf runtime into mtlint.
rm -rf "$dst/serialization"
find "$dst" -maxdepth 1 -name '*.go' ! -name 'upstream_samples_test.go' \
	! -name 'compact.go' ! -name 'compact_test.go' ! -name 'gen_compact.go' \
	! -name 'speed_test.go' -delete
mkdir -p "$dst/serialization"
cp "$src/LICENSE" "$dst/"
for f in "$src"/*.go; do
	case $f in *_test.go | */writer.go) continue ;; esac
	cp "$f" "$dst/"
done
cp "$src"/serialization/*.go "$src"/serialization/*.proto "$dst/serialization/"

chmod -R u+w "$dst"

# The detector reads the models from compact-models.bin (compact.go)
# instead of unzipping and decoding them, and splits text and tests scripts
# without the regexp engine (README.md lists the changes); the patch fails
# loudly when upstream's files have moved on.
patch --no-backup-if-mismatch -d "$dst" -p1 <"$dst/mtlint.patch"

# Without the higher-order models, high accuracy mode would quietly score
# short texts on three n-gram orders instead of five; every detector is
# built in low accuracy mode instead, which is what the kept data serves.
old='		builder.isLowAccuracyModeEnabled,
	)'
new='		true, // this copy has no quadrigram or fivegram models: always low accuracy
	)'
OLD=$old NEW=$new perl -0pi -e 's/\Q$ENV{OLD}\E/$ENV{NEW}/ or die "refresh-lingua: Build() not found in builder.go\n"' "$dst/builder.go"

# Apache-2.0 4(b): changed files say so.
for f in alphabet.go builder.go detector.go language.go model.go ngram.go; do
	sed -i '1i // Changed for mtlint: see README.md in this directory.' "$dst/$f"
done
gofmt -w "$dst"
echo "$version" >"$dst/UPSTREAM"

# Low accuracy mode reads the trigram models and backs off to the bigram and
# unigram models for n-grams a language's trigram model lacks; the
# quadrigram and fivegram models are read by high accuracy mode only.
# gen_compact.go writes upstream's unigram, bigram and trigram models
# (languages with a script of their own, such as Greek or Japanese, have
# only a unigram model) into compact-models.bin, the only model data the
# copy keeps.
(cd "$dst" && go run gen_compact.go "$src/language-models")

# The expected results come from upstream itself: the equivalence test runs
# in a copy of the upstream module and writes them.
cp -r "$src" "$tmp/upstream"
chmod -R u+w "$tmp/upstream"
rm -f "$tmp/upstream"/*_test.go
cp "$dst/upstream_samples_test.go" "$tmp/upstream/"
golden=$PWD/$dst/testdata/upstream-samples.txt
mkdir -p "$(dirname "$golden")"
(cd "$tmp/upstream" && GOFLAGS=-mod=mod go test -count=1 -run 'TestUpstreamSamples$' -golden-out "$golden" .)
go test -count=1 "./$dst/"
du -sh "$dst/compact-models.bin"
