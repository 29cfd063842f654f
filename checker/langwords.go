package checker

import (
	"strings"
	"unicode"
)

// stopWords are frequent function words of each language, used to confirm
// what the language model says about short text: a sentence the model calls
// German must also use German function words. The lists are short and
// closed-class only (articles, pronouns, prepositions, conjunctions,
// auxiliaries), so names and loanwords do not count.
var stopWords = map[string]map[string]bool{
	"en": set("the and of to in is that for it with as was on are by this be from have has had not but or which an they were been their its will would who at he she we you his her them our there than into also only can could should what when where after about more other some these those than then while because about over under between through against during without"),
	"de": set("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als werden wird sind war nach bei einer aus um wie noch nur oder aber ob am vom zum zur dass wenn weil doch schon sehr über unter gegen ohne durch seine ihre ihr sein wir sie er ich man kann können soll sollen muss müssen hat haben hatte wurde wurden diese dieser dieses jetzt einen einem eines kein keine nicht mehr bis seit"),
	"fr": set("le la les et des est un une du que qui dans pour pas sur au avec ce il elle sont par plus ne se aux mais ont été cette leur nous vous ils elles son sa ses leurs ou où donc car entre sans sous selon après avant depuis pendant comme aussi très tout tous être avoir fait peut doit était sera"),
	"es": set("el la los las y es que en un una del por con para se no al lo como más pero sus le ha fue este esta son entre cuando muy también sobre desde hasta sin hay han ser está están había era su nos ya porque donde durante tras según contra"),
	"it": set("il la le gli e è che di un una del della per con non sono si ha dei nel alla anche come più ma questo questa stato essere delle degli nella sulla dalla alle ai al dal sul tra fra dopo prima senza perché quando dove anche molto loro suo sua hanno aveva era sarà"),
	"pt": set("o a os as e é que de um uma do da em para com não se por mais dos das como mas foi ao ele ela são está também no na nos nas pelo pela pelos pelas seu sua seus suas entre sem sobre até quando onde porque muito já ainda ser ter tem têm"),
	"nl": set("de het een en van is dat in op te zijn met voor niet aan er die ook als bij maar om door wordt worden naar heeft hebben was waren zal zou kan moet nog wel geen dit deze hun haar zijn wij zij hij ze uit over tegen tussen zonder omdat toen waar"),
	"pl": set("i w na z się nie do to że jest jak o przez ale po co od za jego tym być są czy który która które tak także oraz dla już jeszcze bardzo może można tylko jej ich było była został została przed między pod nad bez ponieważ gdy kiedy gdzie"),
	"ru": set("и в не на что с по это как к из но от за то для же о у так его она они был было бы все если когда также уже ещё еще при после перед между под над без чтобы потому где который которая которые этот эта эти быть есть может нужно"),
	"uk": set("і в не на що з до це як у за але від та його її вони був було були для якщо коли також щоб цей яка який які вже ще при після перед між під над без тому де бути є може потрібно й"),
}

// FunctionWords counts the words of text and those of them that are
// frequent function words of lang; ok is false when there is no list for
// lang.
func FunctionWords(text, lang string) (function, words int, ok bool) {
	list := stopWords[lang]
	if list == nil {
		return 0, 0, false
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if list[strings.ToLower(w)] {
			function++
		}
	}
	return function, words, true
}
