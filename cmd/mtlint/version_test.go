package main

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestBuildVersionOf(t *testing.T) {
	platform := " go1.26.0 " + runtime.GOOS + "/" + runtime.GOARCH
	vcs := []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
		{Key: "vcs.time", Value: "2026-01-02T03:04:05Z"},
		{Key: "vcs.modified", Value: "true"},
	}
	for _, tc := range []struct {
		name     string
		info     *debug.BuildInfo
		override string
		want     string
	}{
		{"no build info", nil, "", "(devel) " + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH},
		{"go install module@version", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.3"}}, "", "v1.2.3" + platform},
		{"pseudo-version", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v0.0.0-20260102030405-0123456789ab"}}, "", "v0.0.0-20260102030405-0123456789ab" + platform},
		{"checkout", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: vcs}, "", "(devel) (revision 0123456789ab, 2026-01-02T03:04:05Z, modified)" + platform},
		{"release with link-time version", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: vcs[:2]}, "v1.2.3", "v1.2.3 (revision 0123456789ab)" + platform},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := buildVersionOf(tc.info, tc.override).String(); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestVersionCommand(t *testing.T) {
	var out, errOut strings.Builder
	if code := execute([]string{"version"}, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var flag strings.Builder
	if code := execute([]string{"--version"}, strings.NewReader(""), &flag, &errOut); code != 0 {
		t.Fatalf("--version: exit %d: %s", code, errOut.String())
	}
	if out.String() != flag.String() || !strings.HasPrefix(out.String(), "mtlint ") {
		t.Errorf("version printed %q, --version %q", out.String(), flag.String())
	}
}
