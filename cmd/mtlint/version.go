package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// version names a release when it is set at link time (GoReleaser passes
// -ldflags "-X main.version=v1.2.3"); otherwise the module version that the
// go command recorded in the build info is shown.
var version = ""

// buildVersion is what a binary knows about the source it was built from.
type buildVersion struct {
	Module   string // a tag (go install ...@v1.2.3), a pseudo-version, or "(devel)"
	Revision string // VCS commit, recorded when built in a checkout
	Time     string // commit time, RFC 3339
	Modified bool   // the checkout had uncommitted changes
	Go       string // toolchain, e.g. go1.26.8
}

// readBuildVersion reads the build info of this binary.
func readBuildVersion() buildVersion {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		info = nil
	}
	return buildVersionOf(info, version)
}

// buildVersionOf picks the version from a link-time override, else the
// main module's version, and the VCS settings go build records (go install
// module@version builds from a module zip and records none: its version is
// the revision).
func buildVersionOf(info *debug.BuildInfo, override string) buildVersion {
	v := buildVersion{Module: "(devel)", Go: runtime.Version()}
	if info != nil {
		if info.Main.Version != "" {
			v.Module = info.Main.Version
		}
		if info.GoVersion != "" {
			v.Go = info.GoVersion
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Revision = s.Value
			case "vcs.time":
				v.Time = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	if override != "" {
		v.Module = override
	}
	return v
}

// String is the one line of `mtlint version` and `mtlint --version`, e.g.
// "v1.2.3 (revision 0123456789ab, 2026-01-02T03:04:05Z) go1.26.8 linux/amd64".
func (v buildVersion) String() string {
	var b strings.Builder
	b.WriteString(v.Module)
	if v.Revision != "" {
		rev := v.Revision
		if len(rev) > 12 {
			rev = rev[:12]
		}
		b.WriteString(" (revision " + rev)
		if v.Time != "" {
			b.WriteString(", " + v.Time)
		}
		if v.Modified {
			b.WriteString(", modified")
		}
		b.WriteString(")")
	}
	fmt.Fprintf(&b, " %s %s/%s", v.Go, runtime.GOOS, runtime.GOARCH)
	return b.String()
}

func newVersionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "print mtlint's version, VCS revision and Go version",
		Long: `version prints the module version mtlint was built as (a release tag, a
pseudo-version naming the commit, or (devel) for a build from a checkout), the
VCS revision when the build recorded one, and the Go toolchain and platform.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			fmt.Fprintln(stdout, "mtlint "+readBuildVersion().String())
			return nil
		},
	}
}

// short is the version tools that name mtlint record (SARIF's
// tool.driver.version): the release or module version, else "devel" and
// the revision when known.
func (v buildVersion) short() string {
	if v.Module != "(devel)" && v.Module != "" {
		return v.Module
	}
	if v.Revision != "" {
		return "devel-" + v.Revision[:min(12, len(v.Revision))]
	}
	return "devel"
}
