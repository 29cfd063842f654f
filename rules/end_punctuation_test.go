package rules

import "testing"

func TestFinalMark(t *testing.T) {
	tests := []struct {
		text, lang string
		want       endMark
		mark       string
	}{
		{"Where is it?", "en", markQuestion, "?"},
		{"Où est-il\u00a0?", "fr", markQuestion, "?"},
		{"¿Dónde está?", "es", markQuestion, "?"},
		{"Πού είναι;", "el", markQuestion, ";"},
		{"Er kam; sie ging;", "de", markOther, ";"},
		{"会谈成功了吗？", "zh", markQuestion, "？"},
		{"会谈成功了。", "zh", markStop, "。"},
		{"He asked, \"Why?\"", "en", markQuestion, "?"},
		{"« Pourquoi ? »", "fr", markQuestion, "?"},
		{"Wait...", "en", markEllipsis, "..."},
		{"Warte …", "de", markEllipsis, "…"},
		{"Really?!", "en", markQuestion, "?!"},
		{"Note:", "en", markColon, ":"},
		{"Election results 2024", "en", markNone, ""},
		{"アンインストール…(_U)", "ja", markEllipsis, "…"},
		{"Names cannot be “.” or “..”", "en", markNone, ""},
		{"(see below.)", "en", markStop, "."},
		{"", "en", markNone, ""},
	}
	for _, tt := range tests {
		got, span := finalMark(tt.text, tt.lang)
		if got != tt.want || tt.text[span.Start:span.End] != tt.mark {
			t.Errorf("%q (%s): got %v %q, want %v %q", tt.text, tt.lang, got, tt.text[span.Start:span.End], tt.want, tt.mark)
		}
	}
}
