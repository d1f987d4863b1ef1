// Package arabic holds dyad's Arabic word analysis: normalisation for
// matching (Normalize) and clitic segmentation (Segment, SegmentWord). It
// knows nothing of documents or tokens; the text package calls it for
// every word token written in Arabic script.
//
// # Segmentation
//
// Segment splits a normalised word into Prefix + Stem + Suffix, and the
// three always concatenate back to the word: Prefix is the literal
// normalised letters of the proclitics, the definite article ال included
// ("والصين" → "وال" + "صين"). The preposition ل before the article is
// written لل, so "للرئيس" → "لل" + "رييس" (HasArticle("لل") is true).
// Before a stem that itself starts with ل the article's lam merges too:
// "للقاء" (ل + اللقاء) → "ل" + "لقاء" when لقاء is a known ل-initial stem.
//
// Proclitics, outermost first: an optional conjunction و or ف, then an
// optional preposition ب ل ك or future particle س, then an optional
// article ال. Suffixes are the attached pronouns ه ها هما هم هن ك كما كم
// كن نا ني; the bare first-person ي is never split (it would cut nisba
// adjectives: الصيني، إيراني). A particle with a pronoun splits as such
// ("فيها" → "في" + "ها", "أنه" → "ان" + "ه").
//
// Guards against over-stripping, for a matcher that compares Norm first
// and Stem second:
//   - a protected word (embedded protected.txt, with its inflected and
//     pronoun forms) keeps its first letters, and a proclitic is not
//     stripped when what follows an outer proclitic is protected
//     ("وبكين" → "و" + "بكين", never "وب" + "كين");
//   - a stem after a non-article proclitic has at least 3 letters, except
//     a few particles after و or ف ("ولم", "فقد", "وهو"); after و/ف + ب/ل
//     it has at least 4 ("وبحثا" → "و" + "بحثا");
//   - ب ف ك ل before a plain alef need a masdar of a derived form
//     (لاتفاق، باستخدام) or an alef written with hamza (لأوكرانيا): بارد،
//     فارس، لاعب stay whole;
//   - the preposition ك ("like") is split only before a word written with
//     ة ("كدولة"): كثير، كانون، كارلوس stay whole;
//   - after the article the stem has at least 2 letters, and an original
//     hamza (أل، إل، آل) means the letters are not the article (ألمانيا);
//   - future س needs an imperfect verb: a stem of 4+ letters starting
//     with ي ت ن, not written with a final ة nor ending in ات;
//   - no pronoun after the article or after tanween; a stem before a
//     pronoun has at least 3 letters (or is a particle); ه is not split
//     from a word written with ة, nor after ا ("اتجاه", "مياه"), nor from
//     the roots وجه and شبه ("يواجه", "مشتبها") or from "عبدالله"; نا
//     needs a stem of 4+ letters not ending in ا ي و ("مكانا", "مليونا");
//     ني only after ت ("أخبرتني", not "قانوني"); the second-person ك كم
//     كما كن only after ت ("قيادتك") or a particle ("عليك").
//
// Without the original spelling (Segment rather than SegmentWord) the
// guards that need it are skipped: a final ه may then be split from a
// word written with ة, and ك is never split.
package arabic
