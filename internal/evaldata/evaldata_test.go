package evaldata

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestArticles(t *testing.T) {
	f, err := os.Open("../../testdata/eval/mini-mqm.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts, err := Articles(f, "de-en")
	if err != nil {
		t.Fatal(err)
	}
	// sysA's d1 has segments 1 and 2 (segment 1 rated twice, kept once);
	// sysB's d1 is another article.
	if len(arts) != 2 || arts[0].System != "sysA" || arts[1].System != "sysB" {
		t.Fatalf("articles: %+v", arts)
	}
	if want := "Dhe ferry left the pier at noon.\n\nShe said that it was alles ist in Ordnung.\n"; arts[0].Text != want {
		t.Errorf("text %q, want %q", arts[0].Text, want)
	}
	if want := "The end of the story.\n.\n"; arts[1].Text != want {
		t.Errorf("line break: %q, want %q", arts[1].Text, want)
	}
	if got := Limit(arts, int64(len(arts[0].Text)+1)); len(got) != 1 {
		t.Errorf("Limit: %d articles, want 1", len(got))
	}
	dir := t.TempDir()
	paths, size, err := WriteCorpus(dir, arts, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 4 || size != 2*int64(len(arts[0].Text)+len(arts[1].Text)) || filepath.Base(paths[3]) != "0004.txt" {
		t.Errorf("WriteCorpus: %v, %d bytes", paths, size)
	}
	if _, err := Articles(strings.NewReader("header\nshort\trow\n"), ""); err == nil {
		t.Error("a row of 2 columns was accepted")
	}
}
