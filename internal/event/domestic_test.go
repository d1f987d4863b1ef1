package event

import (
	"context"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

// Cases for the English rules of the third session's helper (domestic
// acts, concern, list appositions, modifier verb forms, statement limits),
// one per phenomenon, in sentences of our own; run by TestRecallRules.

func init() {
	addTestGaz(map[string]gazEnt{
		"Hamdok": {"Abdalla Hamdok", "PER", "SDNGOV"}, "Nairobi": {"Nairobi", "LOC", "KEN"},
		"Parliament": {"Parliament of the United Kingdom", "ORG", "GBRLEG"}, "Ruto": {"William Ruto", "PER", "KENGOV"},
	})
	const kenya = "Kenya raised taxes in Kenya. "
	recallCases = append(recallCases, []codeCase{
		// domestic acts with no named target
		{name: "en/domestic: a protest addresses its own government", lang: "en",
			text: kenya + "Protesters rallied in Nairobi on Tuesday.",
			want: []string{"KENCVL 141 KENGOV"}},
		{name: "en/domestic: thousands of supporters of the president", lang: "en",
			text: kenya + "Thousands of supporters of the president rallied in Nairobi.",
			want: []string{"KENCVL 141 KENGOV"}},
		{name: "en/domestic: a protest at a foreign embassy", lang: "en",
			text: kenya + "Protesters rallied outside the Egyptian embassy.",
			want: []string{"KENCVL 141 EGY"}},
		{name: "en/domestic: a curfew falls on the population", lang: "en",
			text: kenya + "The government imposed a curfew on Monday.",
			want: []string{"KENGOV 1723 KENCVL"}},
		{name: "en/domestic: lifting martial law", lang: "en",
			text: kenya + "The government lifted martial law on Friday.",
			want: []string{"KENGOV 0814 KENCVL"}},
		{name: "en/domestic: police tear gas without a named target", lang: "en",
			text: kenya + "Police fired tear gas to disperse the crowd.",
			want: []string{"KENCOP 175 KENCVL"}},
		{name: "en/domestic: a foreign state's ban is not the home population's", lang: "en",
			text: kenya + "Egypt banned the rallies.",
			none: []string{"EGY 172"}},
		{name: "en/domestic: a comma-listed past verb shares the series' subject", lang: "en",
			text: kenya + "The government banned the rallies, imposed a curfew and closed the schools.",
			want: []string{"KENGOV 1723 KENCVL"}},
		{name: "en/subject: a relative clause before the main verb is no series", lang: "en",
			text: "Egypt, which lives in peace with Israel, condemned Iran.",
			want: []string{"EGY 111 IRN"}},
		{name: "en/concern: voiced concern is disapproval", lang: "en",
			text: "Egypt voiced concern over the fighting in Sudan.",
			none: []string{"EGY 012"}},
		{name: "en/legislature: Egypt's Parliament is Egypt's", lang: "en",
			text: "Egypt's Parliament met on Monday. Parliament condemned Israel.",
			want: []string{"EGYLEG 111 ISR"}},
		{name: "en/pronoun: him with no person in focus is the latest person", lang: "en",
			text: "Egypt criticized Ruto on Monday. Israel praised him on Tuesday.",
			want: []string{"ISR 051 KENGOV"}},
		{name: "en/quote: a trigger closing a quote keeps its cue", lang: "en",
			text: kenya + "The government said it was \"temporarily dissolving\" parliament.",
			want: []string{"KENGOV 172 KENCVL"}},
		{name: "en/role: a Kenyan judge is the judiciary", lang: "en",
			text: "A Kenyan judge ordered Ruto held in custody.",
			want: []string{"KENJUD 173 KENGOV"}},
		// verb forms that modify a noun
		{name: "en/modifier: ousted President is no ousting", lang: "en",
			text: "Egypt urged the Sudanese army to reinstate ousted Prime Minister Hamdok.",
			none: []string{"SDNMIL 170", "SDN 170"}},
		{name: "en/modifier: arrest warrant", lang: "en",
			text: "Ukraine issued an arrest warrant for Putin.",
			want: []string{"UKR 173 RUSGOV"}},
		{name: "en/modifier: budget support is a noun", lang: "en",
			text: "Egypt suspended budget support to Sudan.",
			none: []string{"EGY 051"}},
		// concern
		{name: "en/concern: said it had serious concerns about X", lang: "en",
			text: "Egypt said it had serious concerns about Israel's conduct.",
			want: []string{"EGY 110 ISR"}, none: []string{"EGY 010"}},
		{name: "en/concern: coordinated speakers, home country", lang: "en",
			text: kenya + "Egypt and Russia said they were deeply concerned by the violence.",
			want: []string{"EGY 110 KEN", "RUS 110 KEN"}},
		{name: "en/concern: said it was disappointed that X", lang: "en",
			text: "Egypt said it was disappointed that Israel closed the crossing.",
			want: []string{"EGY 110 ISR"}},
		{name: "en/concern: others' concerns are not the speaker's", lang: "en",
			text: "Egypt said the concerns raised by Israel were addressed.",
			none: []string{"EGY 110"}},
		{name: "en/list: a list that does not end at the verb is no subject", lang: "en",
			text: "Russia armed several groups, including Hamas and the Taliban, officials said.",
			none: []string{"PSEINS 010", "AFGINS 010"}},
		{name: "en/concern: the harmed are not the target", lang: "en",
			text: kenya + "Egypt said it was concerned that the measures would hurt Israel.",
			want: []string{"EGY 110 KEN"}, none: []string{"EGY 110 ISR"}},
		{name: "en/concern: the verb concerns is no concern", lang: "en",
			text: "Egypt said the dispute concerns Israel and Iran.",
			none: []string{"EGY 110"}},
		// lists of members
		{name: "en/list: ', including A and B,' subject", lang: "en",
			text: "Six governments, including Egypt and Iran, called for a review of the count.",
			want: []string{"EGY 020 -", "IRN 020 -"}},
		{name: "en/list: ', among them A and B' target", lang: "en",
			text: "Russia withdrew its diplomats from four countries, among them Egypt and Iran.",
			want: []string{"RUS 161 EGY", "RUS 161 IRN"}},
		// statement rule limits
		{name: "en/statement: no 010 for a speaker after the quote", lang: "en",
			text: "\"We will talk again,\" said the Egyptian envoy, a friend of Iran.",
			none: []string{"EGY 010"}},
		{name: "en/statement: no 010 when the complement asserts an act", lang: "en",
			text: "Ukraine says children were deported to Russia.",
			none: []string{"UKR 010"}},
		// evaluations: "called the X illegal / a welcome step"
		{name: "en/evaluation: called the decision illegal → the decision's owner", lang: "en",
			text: "Israel announced its decision on Monday. Egypt called the decision illegal.",
			want: []string{"EGY 111 ISR"}},
		{name: "en/evaluation: called the visit a provocation → the lede's actor", lang: "en",
			text: "Headline words here\n\nIsrael sent troops to Gaza on Monday. Iran called the move \"a provocation.\"",
			want: []string{"IRN 111 ISR"}},
		{name: "en/evaluation: a welcome step is praise", lang: "en",
			text: "Israel and Egypt signed a deal. Russia called the signing a welcome step.",
			want: []string{"RUS 051 ISR"}},
		{name: "en/evaluation: a speaker judging its own act is no event", lang: "en",
			text: "Iran shelled Israel on Monday. Israel struck Iran on Tuesday. Israel said the strike was justified.",
			none: []string{"ISR 051"}},
		{name: "en/evaluation: called the strikes barbaric is no labour strike", lang: "en",
			text: "Russia struck Ukraine on Monday. Egypt called the strikes barbaric.",
			want: []string{"EGY 111 RUS"}, none: []string{"EGY 143"}},
		{name: "en/evaluation: the author of the judged act coded before", lang: "en",
			text: "Egypt met Iran on Monday. Israel struck Iran on Tuesday. Russia called the strike illegal.",
			want: []string{"RUS 111 ISR"}},
		{name: "en/evaluation: a situation is no act", lang: "en",
			text: "Israel and Egypt signed a deal. Russia called the situation dangerous.",
			none: []string{"RUS 111"}},
		{name: "en/evaluation: said in a statement that the X was judged", lang: "en",
			text: "Israel and Egypt signed a deal. Iran said in a statement that the deal was illegal.",
			want: []string{"IRN 111 ISR"}},
		{name: "en/evaluation: told reporters the X was justified", lang: "en",
			text: "Israel sent troops to Gaza. Biden told reporters the operation was justified.",
			want: []string{"USAGOV 051 ISR"}},
		{name: "en/domestic: the government calls for calm in its own story", lang: "en",
			text: kenya + "Police fired tear gas in Kenya. The government called for calm.",
			want: []string{"KENGOV 0256 KENCVL"}},
		{name: "en/domestic: a foreign appeal still goes to the home country", lang: "en",
			text: kenya + "Police fired tear gas in Kenya. Egypt called for calm.",
			want: []string{"EGY 0256 KEN"}},
		{name: "en/domestic: a minister offers to resign", lang: "en",
			text: kenya + "The government offered to resign on Monday.",
			want: []string{"KENGOV 0831 KENCVL"}},
		// a possessive inside the pattern names the target
		{name: "en/possessive: entered its airspace", lang: "en",
			text: "Vietnam said Chinese military aircraft had entered its airspace.",
			want: []string{"CHN 150 VNM"}},
		// a new clause after ", and" with an unnamed subject
		{name: "en/subject: ', and the union ... called' is not the first clause's subject", lang: "en",
			text: "Egypt met Iran on Monday, and the country's largest union called a general strike.",
			none: []string{"EGY 143", "EGY 133"}},
		// reactions to a decision with no owner named: the lede's actor
		{name: "en/thing object: hailed what he called a historic decision", lang: "en",
			text: "Headline words here\n\nIsrael released prisoners on Monday. Egypt hailed what it called a “historic decision.”",
			want: []string{"EGY 051 ISR"}},
		{name: "en/decision owner: the subject of 'rejected the move' is not its owner", lang: "en",
			text: "Headline words here\n\nIsrael released prisoners on Monday. The Kremlin rejected the move. Egypt welcomed the decision.",
			want: []string{"EGY 051 ISR"}, none: []string{"EGY 051 RUS"}},
		{name: "en/thing object: condemned the coup", lang: "en",
			text: "Egypt condemned the coup.",
			want: []string{"EGY 111 -"}},
		// no event
		{name: "en/terms: a policy under which X recognizes Y", lang: "en",
			text: "Egypt kept its policy, under which Cairo recognizes Israel.",
			none: []string{"EGY 054", "EGYGOV 054"}},
		{name: "en/thanks go to people, not things", lang: "en",
			text: "Egypt thanked the delegation.",
			none: []string{"EGY 051"}},
		{name: "en/evaluation: said the results were hard to believe", lang: "en",
			text: "Headline words here\n\nIran held an election in Iran on Sunday. Egypt said the results were \"hard to believe.\"",
			want: []string{"EGY 111 IRN"}},
		// threats of a response, with a quoted adverbial inside the pattern
		{name: "en/threat: would respond \"firmly\" to any attack", lang: "en",
			text: "Egypt said it would respond \"swiftly and firmly\" to any attack by Iran.",
			want: []string{"EGY 138 IRN intent"}},
		// mediated talks
		{name: "en/mediation: Egypt-brokered talks", lang: "en",
			text: "Sudan and Sudan met again. After Egypt-brokered talks in Cairo, Sudan agreed to a truce.",
			want: []string{"EGY 045 SDN"}},
		{name: "en/mediation: a broker of its own country's talks mediates nothing", lang: "en",
			text: "Sudan held talks in Sudan. After Sudan-led talks, the sides met.",
			none: []string{"SDN 045"}},
		{name: "en/ultimatum: gave X one week to", lang: "en",
			text: "Egypt gave Israel one week to reopen the crossing.",
			want: []string{"EGY 139 ISR"}},
		// aid put at risk
		{name: "en/aid threat: said its aid was in jeopardy", lang: "en",
			text: kenya + "Egypt said its assistance was in jeopardy.",
			want: []string{"EGY 1311 KEN"}},
		{name: "en/aid threat: aid that was cut is no threat", lang: "en",
			text: kenya + "Egypt said its aid was cut on Monday.",
			none: []string{"EGY 1311"}},
		{name: "en/quote: cues inside a short quoted span are read", lang: "en",
			text: "Egypt and Iran agreed to a \"permanent cessation of hostilities\" on Monday.",
			want: []string{"EGY 0871 IRN"}},
		{name: "en/call for: the particle follows the verb, not its object", lang: "en",
			text: "Egypt called the decision positive for Iran.",
			none: []string{"EGY 020"}},
		{name: "en/call for: one adverb may stand between", lang: "en",
			text: "Egypt called again for calm in Sudan.",
			want: []string{"EGY 0256 -"}},
		// shows of force
		{name: "en/drills around X", lang: "en",
			text: "China announced military drills around Vietnam.",
			want: []string{"CHN 150 VNM"}, none: []string{"CHN 062"}},
	}...)
}

// TestHeadlineEvidence: an event stated in the headline and again in the
// body takes the body sentence as its evidence.
func TestHeadlineEvidence(t *testing.T) {
	_, d := codeText(t, "en", "Egypt recalls ambassador from Iran\n\nEgypt recalled its ambassador from Iran on Tuesday.", Options{})
	for _, e := range d.Events {
		if e.Code == "161" && !strings.HasPrefix(e.Evidence.Text, "Egypt recalled") {
			t.Errorf("evidence %q, want the body sentence", e.Evidence.Text)
		}
	}
	if len(d.Events) == 0 {
		t.Error("no event")
	}
}

// TestHeadlineFold: an event coded only from the headline is dropped when
// the body codes the same act between the same countries with other
// actor codes.
func TestHeadlineFold(t *testing.T) {
	got, _ := codeText(t, "en", "Russia condemns Ukraine\n\nThe Kremlin condemned Ukraine on Tuesday.", Options{})
	for _, g := range got {
		if strings.HasPrefix(g, "RUS 11") {
			t.Errorf("headline event %q kept beside the body's; got %v", g, got)
		}
	}
	if len(got) == 0 {
		t.Error("no event")
	}
}

// TestUnknownLegislature: a legislature the lexicon does not know is the
// home country's (LEG).
func TestUnknownLegislature(t *testing.T) {
	text := "Kenya raised taxes in Kenya. The government accused the National Assembly of delays."
	name := "National Assembly"
	st, err := New(Options{}, "")
	if err != nil {
		t.Fatal(err)
	}
	d := mkDoc("en", text)
	start := len([]rune(text[:strings.Index(text, name)]))
	d.Entities = append(d.Entities, doc.Entity{Name: name, Type: "ORG",
		Mentions: []doc.Mention{{Start: start, End: start + len([]rune(name)), Text: name}}})
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Events {
		if e.Target != nil && e.Target.Actor == "KENLEG" {
			return
		}
	}
	t.Errorf("no event toward KENLEG: %+v", d.Events)
}

// TestQuoteAddressee: a speaker's appeal inside a direct quote that
// names no target addresses whom the quote is told to.
func TestQuoteAddressee(t *testing.T) {
	text := "\"I call for dialogue with everyone,\" Biden told Egypt."
	st, err := New(Options{}, "")
	if err != nil {
		t.Fatal(err)
	}
	d := mkDoc("en", text)
	rs := []rune(text)
	end := len([]rune("\"I call for dialogue with everyone,\""))
	cue := len([]rune(text[:strings.Index(text, "told")]))
	d.Quotes = append(d.Quotes, doc.Quote{Speaker: &doc.ActorRef{Name: "Joe Biden", Actor: "USAGOV", Entity: -1},
		Text: string(rs[1 : end-2]), Direct: true, Start: 0, End: end, Cue: &doc.Span{Start: cue, End: cue + 4}})
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Events {
		if e.Code == "026" && e.Target != nil && e.Target.Actor == "EGY" {
			return
		}
	}
	t.Errorf("no 026 toward Egypt: %+v", d.Events)
}
