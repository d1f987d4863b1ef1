package event

// Closed-class word lists used by the clause analysis. Arabic words are
// normalised (arNorm) and without proclitics.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[normWord(w)] = true
	}
	return m
}

var (
	// prepositions that open a phrase an actor can stand in
	arPreps = set("مع", "على", "إلى", "الى", "في", "من", "عن", "ضد", "لدى", "خلال", "بعد", "قبل", "منذ", "عبر", "حول", "بشأن", "نحو", "تجاه", "أمام", "وسط", "بين", "إثر", "عقب", "لصالح", "بحق", "مقابل", "باتجاه", "دون", "بدون", "حتى", "إزاء", "بسبب", "لأجل", "عند", "أثناء", "ضمن", "وفق", "بحسب", "حسب", "نيابة")
	enPreps = set("with", "to", "on", "against", "from", "for", "of", "in", "at", "by", "into", "onto", "over", "about", "toward", "towards", "amid", "after", "before", "since", "during", "between", "among", "under", "through", "via", "across", "upon", "near", "without", "despite", "than", "like", "per", "regarding", "including", "within")

	// words that end a clause (subordinators, relatives, complementisers)
	arClauseWords = set("الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "حيث", "بينما", "فيما", "لكن", "ولكن", "لكنه", "لكنها", "أن", "إن", "ان", "لأن", "كما", "إذ", "عندما", "بعدما", "حين", "حينما", "بينما", "رغم", "ورغم", "غير", "إلا", "أما", "كي", "لكي", "مما", "ما", "قبلما", "فقد", "وقد", "لقد")
	enClauseWords = set("that", "which", "who", "whom", "whose", "while", "whereas", "but", "because", "although", "though", "when", "where", "if", "unless", "as", "whether", "so", "yet", "whilst", "after", "before", "since")

	// Arabic negators (before a verb, a masdar or a participle)
	arNeg = set("لم", "لن", "لا", "ليس", "ليست", "ليسوا", "لسنا", "غير", "دون", "بدون", "عدم", "بعدم", "وعدم", "لما", "ولم", "ولن", "ولا", "فلم", "فلن", "فلا", "ما", "وما")
	enNeg = set("not", "never", "no", "didn", "doesn", "don", "won", "wasn", "weren", "isn", "aren", "hasn", "haven", "hadn", "couldn", "wouldn", "shouldn", "cannot", "neither", "nor", "without", "nt", "n't", "nobody", "none")
	// verbs whose complement did not happen (refused to, failed to)
	arNegVerbs = set("امتنع", "امتنعت", "يمتنع", "تمتنع", "رفض", "رفضت", "يرفض", "ترفض", "نفى", "نفت", "ينفي", "تنفي", "فشل", "فشلت", "استبعد", "استبعدت")
	enNegVerbs = set("refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "failed", "fails", "fail", "denied", "denies", "deny", "ruled", "rejected", "rejects", "stopped", "avoided", "abstained", "halted")

	// condition and hypothesis
	arCond = set("إذا", "اذا", "لو", "ولو", "حال", "لولا", "ربما", "قد", "يمكن", "يمكنها", "يمكنه", "محتمل", "المحتمل", "محتملة", "المحتملة", "مقترح", "المقترح", "المرتقب", "مرتقب", "المرتقبة", "يأمل", "تأمل", "أمل", "يتوقع", "المتوقع", "متوقع", "توقعات", "لعل", "عسى", "سيتم", "حالة", "يدرس", "تدرس", "يدرسون")
	enCond = set("if", "unless", "would", "could", "might", "may", "should", "whether", "possible", "possibly", "potential", "potentially", "eventual", "eventually", "expected", "likely", "unlikely", "hope", "hopes", "hoped", "hoping", "hopeful", "wanted", "want", "wants", "trying", "tries", "tried", "seek", "seeks", "sought", "seeking", "proposed", "prospect", "prospects", "ought", "must", "allegedly", "reportedly", "suspected", "attempts", "attempt", "bid", "aim", "aims", "aimed", "pave", "paving")

	// intent and future
	arIntentWords = set("سوف", "يعتزم", "تعتزم", "اعتزم", "اعتزمت", "ينوي", "تنوي", "نوى", "قرر", "قررت", "يقرر", "تقرر", "يخطط", "تخطط", "خطط", "خططت", "عزم", "عزمت", "يعتزمان", "تعتزمان", "مستعد", "مستعدة", "مستعدون", "تستعد", "يستعد", "ستسعى", "سيسعى", "يسعى", "تسعى")
	enIntentWords = set("will", "ll", "shall", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "going", "pledged", "pledge", "pledges", "vowed", "vow", "vows", "promised", "promise", "promises", "ready", "eager", "set", "agreed", "agree", "agrees", "decided", "decide", "decides", "prepared", "preparing", "prepare", "offered", "offer", "offers", "committed")

	// speech verbs (reported speech: the complement is coded, with the
	// speaker not taken for its subject)
	arSay = set("قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "وأضاف", "وأضافت", "أكد", "أكدت", "يؤكد", "تؤكد", "أعلن", "أعلنت", "أوضح", "أوضحت", "ذكر", "ذكرت", "أشار", "أشارت", "اعتبر", "اعتبرت", "صرح", "صرحت", "نقلت", "نقل", "أفاد", "أفادت", "قالوا", "يقولون", "تابع", "تابعت", "كتب", "كتبت", "رأى", "رأت", "لفت", "لفتت", "شدد", "شددت")
	enSay = set("said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "stated", "explained", "noted", "reported", "wrote", "writes", "tweeted", "remarked", "insisted", "insists", "stressed", "reiterated", "reiterates", "emphasised", "emphasized", "underlined", "according", "believes", "believed", "thinks", "argued", "argues", "warned", "warns", "confirmed", "confirms")

	// claim and allegation verbs: their complement is the claimant's
	// assertion, not a fact
	arClaim = set("اتهم", "اتهمت", "يتهم", "تتهم", "زعم", "زعمت", "يزعم", "تزعم", "ادعى", "ادعت", "يدعي", "تدعي", "نفى", "نفت", "ينفي", "تنفي", "اتهام", "اتهامات", "مزاعم", "ادعاءات", "بتهمة", "بشبهة", "شبهة", "استبعد", "استبعدت")
	enClaim = set("accused", "accuses", "accuse", "accusing", "alleged", "alleges", "allege", "alleging", "claimed", "claiming", "denied", "denies", "deny", "denying", "ruled", "blamed", "blames", "blame", "blaming", "charged", "suspected", "accusation", "accusations", "allegations", "allegation", "rumours", "rumors", "reportedly", "allegedly", "condemning", "condemned", "condemns", "condemn", "criticised", "criticized", "criticises", "criticizes", "described", "labelled", "labeled", "called", "calls", "urged", "urges", "demanded", "demands", "warned", "warns")

	// frames that make an event noun background (presupposed, often older)
	arBackground = set("وسط", "بعد", "قبل", "منذ", "إثر", "عقب", "ظل", "خلفية")
	enBackground = set("amid", "after", "before", "since", "following", "despite", "wake")
	// frames that make an event noun the scene of the main clause
	arFrame = set("في", "خلال", "أثناء", "لدى")
	enFrame = set("in", "during", "at")

	// first-person and third-person pronouns
	enPron = map[string]string{
		"he": "PER", "him": "PER", "his": "PER", "she": "PER", "her": "PER",
		"it": "NON", "its": "NON", "they": "ANY", "them": "ANY", "their": "ANY",
		"we": "SPK", "us": "SPK", "our": "SPK", "i": "SPK", "me": "SPK", "my": "SPK",
	}
	arPron = map[string]string{
		"هو": "ANY", "هي": "ANY", "هم": "ANY", "هما": "ANY", "نحن": "SPK", "أنا": "SPK", "انا": "SPK",
	}
	// pair nouns: "the two sides" → the pair in focus
	arPair = set("الطرفان", "الطرفين", "الجانبان", "الجانبين", "البلدان", "البلدين", "الدولتان", "الدولتين", "الزعيمان", "الزعيمين", "الرئيسان", "الرئيسين", "الوزيران", "الوزيرين")
	enPair = set("sides", "countries", "leaders", "nations", "governments", "both", "two", "parties")
	// English determiners before a noun use of a verb form
	enDet  = set("a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "whose", "any", "every", "each", "no", "such")
	enAux  = set("is", "are", "was", "were", "been", "being", "be", "get", "got", "gets", "become", "became")
	enHave = set("has", "have", "had", "having")
)
