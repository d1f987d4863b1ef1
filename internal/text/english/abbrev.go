package english

// AbbrevKind says how an abbreviation written with a final period
// relates to sentence ends.
type AbbrevKind uint8

const (
	// NotAbbrev: the period after the word is punctuation.
	NotAbbrev AbbrevKind = iota
	// Title: a title, month or Latin abbreviation that a name or phrase
	// always follows ("Dr.", "Gen.", "Jan.", "e.g."): never a sentence end.
	Title
	// Final: an abbreviation that may also end a sentence ("U.S.", "Inc.",
	// "a.m.", an initial "R."): a sentence ends after it only when the
	// next word is a typical sentence opener (IsSentenceStarter).
	Final
	// BeforeNumber: an abbreviation only before a number ("No. 5").
	BeforeNumber
)

// abbrevs maps abbreviations (without the final period, case as written).
var abbrevs = map[string]AbbrevKind{
	"Mr": Title, "Mrs": Title, "Ms": Title, "Messrs": Title, "Dr": Title, "Prof": Title,
	"Sen": Title, "Sens": Title, "Rep": Title, "Reps": Title, "Gov": Title, "Govs": Title,
	"Pres": Title, "Gen": Title, "Lt": Title, "Col": Title, "Maj": Title, "Capt": Title,
	"Cpt": Title, "Sgt": Title, "Cpl": Title, "Pvt": Title, "Adm": Title, "Cmdr": Title,
	"Cdr": Title, "Brig": Title, "Gens": Title, "Rev": Title, "Hon": Title, "Fr": Title,
	"Sr": Final, "Jr": Final, "Supt": Title, "Det": Title, "Insp": Title, "Amb": Title,
	"Atty": Title, "Mt": Title, "Ft": Title, "Sec": Title, "Secs": Title, "Asst": Title,
	"Jan": Title, "Feb": Title, "Mar": Title, "Apr": Title, "Jun": Title, "Jul": Title, "Aug": Title,
	"Sep": Title, "Sept": Title, "Oct": Title, "Nov": Title, "Dec": Title,
	"e.g": Title, "i.e": Title, "vs": Title, "v": Title, "cf": Title, "approx": Title, "ca": Title,
	"Fig": Title, "Vol": Title, "pp": Title, "Ch": Title, "Art": Title,
	"No": BeforeNumber, "Nos": BeforeNumber, "no": BeforeNumber, "nos": BeforeNumber,
	"St": Final, "Ave": Final, "Rd": Final, "Blvd": Final, "Sq": Final,
	"etc": Final, "Inc": Final, "Ltd": Final, "Corp": Final, "Co": Final, "Bros": Final,
	"Plc": Final, "plc": Final, "Dept": Final, "Univ": Final, "Assn": Final, "Est": Final,
	"a.m": Final, "p.m": Final, "A.M": Final, "P.M": Final,
	"U.S": Final, "U.K": Final, "U.N": Final, "E.U": Final, "D.C": Final, "U.S.A": Final, "U.A.E": Final,
}

// Abbrev classifies w, a word written just before a period (without it).
// Dotted runs of single letters ("U.S", "a.m", "U.N") and single capital
// letters (initials) are Final unless listed otherwise.
func Abbrev(w string) AbbrevKind {
	if k, ok := abbrevs[w]; ok {
		return k
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return Final
	}
	if dottedLetters(w) {
		return Final
	}
	return NotAbbrev
}

// dottedLetters reports whether w is single ASCII letters joined by
// periods, like "U.S" or "a.m".
func dottedLetters(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 1 {
			if c != '.' {
				return false
			}
		} else if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// starters are capitalised words that typically open a sentence; after a
// Final abbreviation they mark a sentence end.
var starters = map[string]bool{}

func init() {
	for _, w := range []string{
		"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its",
		"Their", "Our", "My", "This", "That", "These", "Those", "There", "Here", "But", "And",
		"Or", "So", "Yet", "In", "On", "At", "For", "From", "By", "With", "After", "Before",
		"When", "While", "If", "As", "Although", "Though", "Because", "Since", "However",
		"Meanwhile", "Also", "Earlier", "Later", "Last", "Some", "Many", "Most", "Both",
		"According", "Officials", "Still", "Now", "Then", "What", "Who", "Why", "How",
		"Where", "Such", "No", "Not", "Nor", "Neither", "Each", "Every", "All", "Other",
		"Another", "Under", "During", "Despite", "Instead", "Moreover", "Furthermore",
		"Separately", "Asked", "Critics", "Analysts", "Observers",
	} {
		starters[w] = true
	}
}

// IsSentenceStarter reports whether w (as written) typically opens a
// sentence.
func IsSentenceStarter(w string) bool { return starters[w] }
