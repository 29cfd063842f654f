package report

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// chromium returns a headless Chromium to run, or skips the test: CI need
// not have one (Debian: apt-get install chromium).
func chromium(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests are skipped with -short")
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium on PATH")
	return ""
}

func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	return stdout.Bytes()
}

// TestHTMLReportInBrowser renders the report in headless Chromium: the
// screenshot must show the error highlight colour, and unticking "error"
// must switch the error highlights off and hide their table rows.
func TestHTMLReportInBrowser(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	page := format(t, "html", goldenReport(t))
	report := filepath.Join(dir, "report.html")
	if err := os.WriteFile(report, page, 0o644); err != nil {
		t.Fatal(err)
	}

	shot := filepath.Join(dir, "report.png")
	runChromium(t, bin, "--screenshot="+shot, "--window-size=1280,1200", "file://"+report)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	highlight := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			// --bg-error, #ffcdd2
			if r>>8 == 0xff && g>>8 == 0xcd && bl>>8 == 0xd2 {
				highlight++
			}
		}
	}
	if highlight < 50 {
		t.Errorf("the screenshot shows %d pixels of the error highlight; want the findings marked", highlight)
	}

	// The filter: untick "error" as a user would, then read the DOM back.
	filtered := filepath.Join(dir, "filtered.html")
	click := `<script>document.querySelector('input[name="sev"][value="error"]').click();</script></body>`
	if err := os.WriteFile(filtered, bytes.Replace(page, []byte("</body>"), []byte(click), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := string(runChromium(t, bin, "--dump-dom", "file://"+filtered))
	if n := strings.Count(dom, `<mark class="error off"`); n != 3 {
		t.Errorf("%d error highlights switched off, want 3", n)
	}
	if n := strings.Count(dom, `data-sev="error" data-rule="drop-cap" class="hidden"`); n != 3 {
		t.Errorf("%d error rows hidden, want 3", n)
	}
	if strings.Contains(dom, `<mark class="info off"`) {
		t.Error("an info highlight was switched off with the errors")
	}
}
