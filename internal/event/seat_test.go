package event

// Cases for the English rules of the en2 helper (crowds at a building,
// optional articles in patterns, military operations with an open
// target, a crowd's place), in sentences of our own; run by
// TestRecallRules.

func init() {
	for k, v := range map[string]gazEnt{
		"Mombasa": {"Mombasa", "LOC", "KEN"}, "Kampala": {"Kampala", "LOC", "UGA"},
		"Congress": {"United States Congress", "ORG", "USALEG"}, "Odinga": {"Raila Odinga", "PER", "KENOPP"},
	} {
		testGaz[k] = v
	}
	const kenya = "Kenya raised taxes in Kenya. "
	recallCases = append(recallCases, []struct {
		name, lang, text string
		want, none       []string
	}{
		{name: "en/seat: a crowd storming a seat of the state riots against its government", lang: "en",
			text: kenya + "Angry protesters stormed the finance ministry on Tuesday.",
			want: []string{"KENCVL 145 KENGOV"}},
		{name: "en/seat: the embassies of a list of countries", lang: "en",
			text: kenya + "Protesters attacked the embassies of Egypt and Sudan.",
			want: []string{"KENCVL 145 EGY", "KENCVL 145 SDN"}},
		{name: "en/seat: an unnamed foreign mission names no target", lang: "en",
			text: kenya + "Protesters attacked several foreign consulates.",
			none: []string{"KENCVL 145 KENGOV"}},
		{name: "en/protest: gathered outside a building", lang: "en",
			text: kenya + "Hundreds of protesters gathered outside parliament.",
			want: []string{"KENCVL 141 KENGOV"}},
		{name: "en/protest: rallied outside a foreign embassy (site cue)", lang: "en",
			text: kenya + "Demonstrators rallied outside the Egyptian embassy.",
			want: []string{"KENCVL 141 EGY"}},
		{name: "en/pattern: an article cue is optional and any article", lang: "en",
			text: "Egypt launched a large offensive against Sudan.",
			want: []string{"EGY 190 SDN"}},
		{name: "en/conflict: a launched operation with no named target", lang: "en",
			text: "Egypt launched a military offensive on Monday.",
			want: []string{"EGY 190 -"}},
		{name: "en/roles: a crowd takes the country of its clause's place", lang: "en",
			text: kenya + "Thousands of protesters gathered outside the cathedral in Kampala, police said.",
			want: []string{"UGACVL 141 UGAGOV"}},
		{name: "en/subject: a relative clause with an adjective actor closing before the verb", lang: "en",
			text: "Egypt, which hosts a large Sudanese community, condemned Israel.",
			want: []string{"EGY 111 ISR"}, none: []string{"SDN 111"}},
		{name: "en/passive: an assassination with no agent has an open source", lang: "en",
			text: kenya + "Ruto was assassinated on Tuesday.",
			want: []string{"- 186 KENGOV"}},
		{name: "en/passive: a killing with no agent is not coded", lang: "en",
			text: kenya + "Ruto was killed in a crash on Tuesday.",
			none: []string{"- 1823"}},
		{name: "en/domestic: a state of siege falls on the population", lang: "en",
			text: kenya + "The government declared a state of siege across the country.",
			want: []string{"KENGOV 1724 KENCVL"}},
		{name: "en/call: calling a person on a day is no call on", lang: "en",
			text: "Hamdok called Ruto on Monday.",
			none: []string{"SDNGOV 020"}},
		{name: "en/pronoun: him is the person named before in the sentence", lang: "en",
			text: "Hamdok spoke about Egypt. Egypt phoned Ruto on Monday and urged him to resign.",
			want: []string{"EGY 0241 KENGOV"}, none: []string{"EGY 0241 SDNGOV"}},
		{name: "en/cause: a protest after an actor's act addresses it", lang: "en",
			text: "Egypt lodged a formal protest on Sunday after Israeli jets struck Gaza.",
			want: []string{"EGY 114 ISR"}},
		{name: "en/protest: a state that protests complains officially", lang: "en",
			text: "Egypt protested after Sudan closed the border.",
			want: []string{"EGY 114 SDN"}, none: []string{"EGY 141"}},
		{name: "en/noun: an -s form after of or a hyphenated modifier is a plural noun", lang: "en",
			text: "Kenya has struggled since weeks of anti-tax protests in Nairobi.",
			none: []string{"KEN 141", "KEN 114"}},
		{name: "en/evaluation: a broader list of condemning words", lang: "en",
			text: "Israel struck Gaza on Monday. Egypt called the strikes despicable.",
			want: []string{"EGY 111 ISR"}},
		{name: "en/threat: warned that it could impose sanctions", lang: "en",
			text: "Egypt warned that it could impose sanctions on Sudan.",
			want: []string{"EGY 1312 SDN intent"}, none: []string{"EGY 163 SDN"}},
		{name: "en/threat: a warning about another actor's act threatens nothing", lang: "en",
			text: "Egypt warned that Israel could attack Sudan.",
			none: []string{"ISR 1384 SDN", "ISR 190 SDN", "EGY 1384 SDN"}},
		{name: "en/roles: a bare Congress in a story about another country is its own", lang: "en",
			text: kenya + "Kenya raised fuel prices. Protesters stormed Congress on Monday.",
			want: []string{"KENCVL 145 KENLEG"}, none: []string{"KENCVL 145 USA"}},
		{name: "en/roles: a qualified U.S. Congress stays American", lang: "en",
			text: kenya + "Kenya raised fuel prices. Kenya praised the U.S. Congress.",
			want: []string{"KEN 051 USALEG"}},
		{name: "en/roles: a crowd noun after a person's name heads the phrase", lang: "en",
			text: kenya + "Odinga supporters attacked the police in Nairobi.",
			want: []string{"KENCVL 145 KENCOP"}, none: []string{"KENOPP 190"}},
		{name: "en/subject: an adjective apposition after the subject is skipped", lang: "en",
			text: kenya + "Protesters, furious at the taxes, attacked the embassy of Egypt.",
			want: []string{"KENCVL 145 EGY"}},
	}...)
}
