package textdoc

import "strings"

// QuotePair is an opening and closing quotation mark used together. Open and
// Close are equal for marks that go both ways ("...").
type QuotePair struct {
	Open, Close rune
}

// Locale holds the typographic conventions of a target language that rules
// need: what is correct in one language is an artifact in another.
type Locale struct {
	Lang string // ISO 639-1, "" for the neutral locale

	// Decimal and Group are the decimal and digit-group separators. Group is
	// ' ' for languages that group digits with (no-break) spaces.
	Decimal, Group rune
	// NumbersAmbiguous is set where both conventions are in professional use
	// (Spanish: Spain and Mexico differ), so number formats are not judged.
	NumbersAmbiguous bool

	// Quotes lists the quotation mark pairs that are correct in the language.
	Quotes []QuotePair

	// SpaceBeforeHighPunct is set where a (no-break) space before ; : ! ? and
	// inside « » is correct (French).
	SpaceBeforeHighPunct bool

	// OrdinalDot is set where a period after a number marks an ordinal
	// ("3. Juni"), which does not end a sentence.
	OrdinalDot bool

	// NoWordSpaces is set for scripts written without spaces between words.
	NoWordSpaces bool

	// Abbreviations are lower-case abbreviations without their final period
	// that are followed by a capitalised word inside a sentence (titles,
	// "z. B."); the sentence splitter keeps them together with what follows.
	Abbreviations map[string]bool

	// Starters are frequent sentence-initial words (lower case); after an
	// ambiguous abbreviation such as "U.S." one of them means a new sentence.
	Starters map[string]bool
}

// HasQuote reports whether r is a quotation mark the locale uses.
func (l *Locale) HasQuote(r rune) bool {
	for _, q := range l.Quotes {
		if q.Open == r || q.Close == r {
			return true
		}
	}
	return false
}

func Set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	qEnDouble   = QuotePair{'“', '”'}
	qEnSingle   = QuotePair{'‘', '’'}
	qStraight   = QuotePair{'"', '"'}
	qGuillemets = QuotePair{'«', '»'}
	qLowHigh    = QuotePair{'„', '“'} // German, Russian inner
	qLowHigh9   = QuotePair{'„', '”'} // Polish, Dutch, Hungarian
	qLowSingle  = QuotePair{'‚', '‘'} // German single
	qReversed   = QuotePair{'»', '«'} // German books
	qRevSingle  = QuotePair{'›', '‹'} // German single guillemets
	qSingleGuil = QuotePair{'‹', '›'} // French/Swiss single
	qCorner     = QuotePair{'「', '」'} // Chinese, Japanese
	qCornerWhi  = QuotePair{'『', '』'}
)

// commonAbbreviations are shared by the Latin-script locales: titles and
// dotted forms that are followed by a capitalised word inside a sentence.
const commonAbbreviations = "dr prof mr mrs ms st nr lt sgt capt gov rep rev hon jr sr mt ft approx ca cf vs e.g i.e jan feb apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u"

var locales = map[string]*Locale{
	"en": {
		Lang: "en", Decimal: '.', Group: ',',
		Quotes:        []QuotePair{qEnDouble, qEnSingle, qStraight},
		Abbreviations: Set(commonAbbreviations + " messrs inc ltd corp co dept est univ"),
		Starters:      Set("the this that these those there they then he she it its we you i a an in on at as and but or so for if when while after before since during however meanwhile yet our his her their one two three many most some all both each every no not now today last next new"),
	},
	"de": {
		Lang: "de", Decimal: ',', Group: '.', OrdinalDot: true,
		Quotes:        []QuotePair{qLowHigh, qLowSingle, qReversed, qRevSingle, qGuillemets, qSingleGuil, qStraight},
		Abbreviations: Set(commonAbbreviations + " z b d h u a o ä bzw ggf usw vgl hr fr frl dipl ing mag abs s str tel bspw inkl evtl jh jhd mio mrd nr"),
		Starters:      Set("der die das den dem des ein eine einer eines er sie es wir ihr ich man in im am an auf aus bei mit nach von vor zu zum zur und aber oder doch denn dann da auch so wie wenn als nun heute"),
	},
	"fr": {
		Lang: "fr", Decimal: ',', Group: ' ', SpaceBeforeHighPunct: true,
		Quotes:        []QuotePair{qGuillemets, qSingleGuil, qEnDouble, qEnSingle, qStraight},
		Abbreviations: Set(commonAbbreviations + " m mm mme mmes mlle mlles me mgr pr av bd réf env cf p ex"),
		Starters:      Set("le la les l un une des du de il elle ils elles on nous vous je ce cet cette ces en dans au aux mais et ou donc puis alors si quand depuis pour par selon"),
	},
	"es": {
		Lang: "es", Decimal: ',', Group: '.', NumbersAmbiguous: true,
		Quotes:        []QuotePair{qGuillemets, qEnDouble, qEnSingle, qStraight},
		Abbreviations: Set(commonAbbreviations + " sr sra srta dra d dña ud uds av avda pág núm"),
		Starters:      Set("el la los las lo un una unos unas él ella ellos ellas en de del al y pero o si cuando desde para por según este esta estos estas ese esa"),
	},
	"it": {
		Lang: "it", Decimal: ',', Group: '.',
		Quotes:        []QuotePair{qGuillemets, qEnDouble, qEnSingle, qStraight},
		Abbreviations: Set(commonAbbreviations + " sig sigg sig.ra dott dott.ssa ing avv pag"),
		Starters:      Set("il lo la i gli le un uno una l in di da del della nel nella e ma o se quando per secondo questo questa"),
	},
	"pt": {
		Lang: "pt", Decimal: ',', Group: '.',
		Quotes:        []QuotePair{qGuillemets, qEnDouble, qEnSingle, qStraight},
		Abbreviations: Set(commonAbbreviations + " sr sra srta dra eng av pág núm"),
		Starters:      Set("o a os as um uma uns umas ele ela eles elas em no na nos nas de do da e mas ou se quando para por segundo este esta"),
	},
	"nl": {
		Lang: "nl", Decimal: ',', Group: '.',
		Quotes:        []QuotePair{qEnDouble, qEnSingle, qLowHigh9, qStraight},
		Abbreviations: Set(commonAbbreviations + " dhr mevr mr ir ing drs bijv m.b.t o.a t.o.v"),
		Starters:      Set("de het een hij zij ze het wij we in op aan bij met na van voor en maar of als toen dit dat deze die"),
	},
	"pl": {
		Lang: "pl", Decimal: ',', Group: ' ', OrdinalDot: true,
		Quotes:        []QuotePair{qLowHigh9, qLowHigh, qGuillemets, qReversed, qStraight},
		Abbreviations: Set(commonAbbreviations + " ul al pl gen płk prof mgr inż hab im tzw np ok godz tj"),
		Starters:      Set("w we na z ze do od po przez i a ale lub gdy jak to ten ta te on ona ono oni one my wy"),
	},
	"ru": {
		Lang: "ru", Decimal: ',', Group: ' ',
		Quotes:        []QuotePair{qGuillemets, qLowHigh, qEnDouble, qStraight},
		Abbreviations: Set("г гг т тт д им ул пр проф акад млн млрд тыс руб см рис стр ст"),
		Starters:      Set("в во на с со к по из от для и а но или если когда это этот эта он она оно они мы вы я"),
	},
	"uk": {
		Lang: "uk", Decimal: ',', Group: ' ',
		Quotes:        []QuotePair{qGuillemets, qLowHigh, qEnDouble, qStraight},
		Abbreviations: Set("р рр т тт д ім вул пр проф акад млн млрд тис грн див рис стор ст"),
		Starters:      Set("в у на з із зі до від по для і й а але або якщо коли це цей ця він вона воно вони ми ви я"),
	},
	"zh": {
		Lang: "zh", Decimal: '.', Group: ',', NoWordSpaces: true,
		Quotes: []QuotePair{qEnDouble, qEnSingle, qCorner, qCornerWhi, qStraight},
	},
	"ja": {
		Lang: "ja", Decimal: '.', Group: ',', NoWordSpaces: true,
		Quotes: []QuotePair{qCorner, qCornerWhi, qEnDouble, qEnSingle, qStraight},
	},
}

// neutral is the locale of a document whose language is unknown or has no
// entry: it accepts every common quotation style and judges no numbers.
var neutral = &Locale{
	Quotes:           []QuotePair{qEnDouble, qEnSingle, qStraight, qGuillemets, qLowHigh, qLowHigh9, qLowSingle, qReversed, qRevSingle, qSingleGuil, qCorner, qCornerWhi},
	NumbersAmbiguous: true,
	Abbreviations:    Set(commonAbbreviations),
	Starters:         Set(""),
}

// LocaleFor returns the conventions of language lang (ISO 639-1, a region
// suffix such as "de-CH" is ignored). Unknown languages get a neutral locale
// with the given Lang.
func LocaleFor(lang string) *Locale {
	base := strings.ToLower(lang)
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	if l, ok := locales[base]; ok {
		return l
	}
	if base == "zh" || base == "ja" || base == "th" || base == "lo" || base == "km" || base == "my" {
		l := *neutral
		l.Lang, l.NoWordSpaces = base, true
		return &l
	}
	l := *neutral
	l.Lang = base
	return &l
}

// KnownLocales lists the languages with their own locale data.
func KnownLocales() []string {
	return []string{"de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt", "ru", "uk", "zh"}
}
