package doc

// Entity is one real-world person, organisation or place named in the
// document, with every mention of it.
type Entity struct {
	// Name is the canonical English name from the lexicon, or the surface
	// text when the entity could not be linked.
	Name string `json:"name"`
	// Type is PER, ORG, LOC or MISC.
	Type string `json:"type"`
	// Country is an ISO 3166-1 alpha-3 code (CAMEO's where it differs).
	Country string `json:"country,omitempty"`
	// Actor is the CAMEO-style actor code at the document's date.
	Actor string `json:"actor,omitempty"`
	// LexiconID names the lexicon record the entity was linked to.
	LexiconID string    `json:"lexicon_id,omitempty"`
	Mentions  []Mention `json:"mentions"`
	// Lat and Lon are set for places with coordinates.
	Lat *float64 `json:"lat,omitempty"`
	Lon *float64 `json:"lon,omitempty"`
}

// Mention is one place in the text that names an entity.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Role is the actor code this mention gives in its context when it
	// differs from the entity's (a capital used for its government, a
	// role phrase such as "القوات الروسية" → RUSMIL).
	Role string `json:"role,omitempty"`
}

// ActorRef names an actor in a quote or an event.
type ActorRef struct {
	Name  string `json:"name"`
	Actor string `json:"actor,omitempty"`
	// Entity is the index in Document.Entities, or -1.
	Entity int `json:"-"`
}

// Quote is direct or reported speech with its speaker.
type Quote struct {
	Speaker *ActorRef `json:"speaker"`
	Text    string    `json:"text"`
	Direct  bool      `json:"direct"`
	Start   int       `json:"start"`
	End     int       `json:"end"`
	// Cue is the span of the verb or phrase that attributes the quote.
	Cue *Span `json:"cue,omitempty"`
}

// Location is where an event happened.
type Location struct {
	Name    string  `json:"name"`
	Country string  `json:"country,omitempty"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// Evidence is the clause or sentence that states an event.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Event is one coded CAMEO event.
type Event struct {
	Source    *ActorRef `json:"source"`
	Target    *ActorRef `json:"target"`
	Code      string    `json:"code"`
	Label     string    `json:"label"`
	Plover    string    `json:"plover,omitempty"`
	Goldstein float64   `json:"goldstein"`
	Quad      int       `json:"quad"`
	Date      string    `json:"date,omitempty"`
	Location  *Location `json:"location"`
	Negated   bool      `json:"negated"`
	// Mood is "" for a fact, or "intent", "condition", "claim".
	Mood     string   `json:"mood,omitempty"`
	Evidence Evidence `json:"evidence"`
	// More holds the evidence of repeats merged into this event.
	More []Evidence `json:"more_evidence,omitempty"`
	// Why names the lexicon entry and rule that produced the event.
	Why string `json:"why"`
}

// DateExpr is a time expression with its value resolved against the
// publication date: YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY.
type DateExpr struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Value string `json:"value"`
}
