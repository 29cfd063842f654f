# The container image of a release, built by GoReleaser (.goreleaser.yaml,
# dockers_v2) from the static binaries it has already built: the build context
# holds linux/amd64/mtlint and linux/arm64/mtlint, so a plain `docker build .`
# in the repository does not work. distroless static has no shell and no libc,
# only CA certificates, time zone data and a nonroot user; the binary needs
# nothing more.
#
#   docker run --rm -v "$PWD:/work" ghcr.io/mtlint/mtlint check --lang en docs/
FROM gcr.io/distroless/static-debian12:nonroot
ARG TARGETPLATFORM
COPY $TARGETPLATFORM/mtlint /usr/local/bin/mtlint
COPY internal/third_party/lingua-go/LICENSE internal/third_party/lingua-go/NOTICE /usr/share/doc/mtlint/third_party/lingua-go/
COPY rules/data/source-case/LICENSE.scowl /usr/share/doc/mtlint/third_party/scowl/LICENSE
COPY rules/data/shared-words/LICENSE /usr/share/doc/mtlint/third_party/shared-words/LICENSE
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/mtlint"]
