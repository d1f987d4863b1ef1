package entity

import (
	"bufio"
	_ "embed"
	"strings"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// arWordsTSV holds Arabic word classes derived from ANERCorp (see gen/).
//
//go:embed data/ar-words.tsv
var arWordsTSV string

// arClass maps a folded Arabic word to "common", "name" or "first".
var arClass = func() map[string]string {
	m := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(arWordsTSV))
	header := true
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		if header {
			header = false
			continue
		}
		w, c, ok := strings.Cut(line, "\t")
		if ok {
			m[w] = c
		}
	}
	for _, w := range arStop {
		m[lexicon.Fold(w)] = "common"
	}
	return m
}()

// arStop are Arabic function words and frequent verbs and nouns that end
// a name (folded).
var arStop = strings.Fields(`في من الى إلى على عن مع ان أن إن لا لم لن ما هو هي هم كان كانت يوم اليوم امس أمس
الذي التي الذين وقال قال قالت اكد أكد اكدت اضاف أضاف اضافت واضاف واضافت ذكر ذكرت اعلن اعلنت اعتبر
لدى بين خلال بعد قبل حيث حول ضد عند منذ وسط الي او أو ثم كل بعض غير اي أي هذا هذه ذلك تلك
السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
رئيس رئيسه وزير وزيره الرئيس الوزير السفير سفير متحدث المتحدث الناطق ناطق قائد زعيم الزعيم مدير المدير
عام العام الماضي المقبل الجديد الحكومه الدوله دول الدول بلاد البلاد جميع كلا لقاء اللقاء بيان تصريح وكاله مصدر المصدر
اجتماع الاجتماع مؤتمر المؤتمر خارجيه الخارجيه الدفاع الداخليه`)

// arTitles are honorifics and ranks written before a person's name
// (folded, without article): الرئيس "رجب طيب أردوغان", الشيخ, العقيد ...
var arTitles = wordSet(`رئيس رئيسه شيخ عقيد امير اميره ملك ملكه سيد سيده دكتور دكتوره جنرال لواء عميد فريق مشير
نائب نائبه سفير سفيره متحدث متحدثه ناطق ناطقه قائد زعيم مدير مديره وزير وزيره مفتي بابا سلطان
اماراتي مستشار مستشاره نجم لاعب مدرب حاخام قس كاردينال مطران رئيس_الوزراء`)

// enTitles are English titles and ranks written before a person's name
// (folded).
var enTitles = wordSet(`mr mrs ms miss dr sen senator rep gen general col colonel lt maj major capt captain adm admiral
president president-elect vice premier chancellor king queen prince princess sheikh sheik emir sultan pope cardinal bishop archbishop rabbi imam
minister secretary ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chief leader governor mayor
judge justice professor prof sir lord lady dame commander sergeant sgt officer director negotiator lawmaker deputy
mr. mrs. dr. sen. gen. gov. rep. lt. col. maj. capt. adm.`)

// enCommon are capitalised words that begin sentences or headlines but
// are not names (folded).
var enCommon = wordSet(`a an the this that these those there here it its he she they we i you his her their our my your
in on at by for from to of with without into onto over under after before during since until while when where why how what who whom which whose
and or but nor so yet if though although because as than then also only even just still not no yes
all both each every some many more most much few several other another such any none
is are was were be been being has have had do does did will would can could may might must shall should
one two three four five six seven eight nine ten first second third last next new old former late
mr mrs ms dr
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
today yesterday tomorrow tonight
despite however meanwhile later earlier again roughly nearly about around almost
according said says say told asked added called
officials analysts critics sources reports report news sales peace settlements organizations organisation
audience members televised dubbed rebranded fuelling whatever both neither either
hostage hostages swap world community breaking update watch read live video photo photos
key secretary president minister prime foreign defense defence press chief opposition senior
security general state government administration ministry department office council committee
north south east west northern southern eastern western central
prime`)

// enConnectors may join capitalised words inside one name.
var enConnectors = wordSet(`of for and de del della di da du des la le van von der den bin ibn al el abu ben y the`)

// enOrgHeads end or begin an organisation's name.
var enOrgHeads = wordSet(`party university college school academy center centre forum network council commission court tribunal
committee agency organization organisation institute institution ministry department office bank fund association
union league army navy force forces guard police company corporation corp inc ltd group front movement foundation
society service services authority assembly parliament senate congress church times post news press agency
brigade brigades battalion militia alliance coalition federation confederation unions club trust board bureau embassy consulate
staff chiefs
airlines airways council program programme project initiative campaign hospital fact`)

// enLocHeads end a place's name, or follow it in lower case ("Logar
// province", "the Gush Etzion settlement bloc").
var enLocHeads = wordSet(`province region district county city town village island islands sea ocean river lake
mountains mountain valley strait gulf bay desert peninsula prison palace square street avenue airport port
border crossing camp base area settlement compound neighborhood neighbourhood quarter governorate oblast
municipality capital coast`)

// enSayVerbs follow a speaker's name.
var enSayVerbs = wordSet(`said says told added stated wrote tweeted explained insisted noted argued warned urged accused announced
asked replied claimed denied confirmed called reiterated`)

// arSayVerbs precede (or follow) a speaker's name (folded, without و/ف).
var arSayVerbs = wordSet(`قال قالت اضاف اضافت اكد اكدت اعتبر اعتبرت اشار اشارت ذكر ذكرت اعلن اعلنت صرح صرحت
اوضح اوضحت تابع تابعت دعا دعت حذر حذرت طالب طالبت وصف وصفت رأى راى رات نفى نفت كشف كشفت زار زارت
التقى التقت استقبل استقبلت وصل وصلت اتهم اتهمت ضغط ضغطت كرر كررت عقد عقدت`)

// enAgentVerbs after a place name make it an agent ("Moscow said").
var enAgentVerbs = wordSet(`said says told added stated warned urged accused announced asked called demanded rejected denied
insisted condemned welcomed wants wanted has had have will would is was plans planned agreed refused responded
threatened vowed pledged invaded launched ordered imposed signed recognized recognised sent deployed`)

// enLocPreps before a place make it a place, not an agent.
var enLocPreps = wordSet(`in at near from into to across outside inside around through via toward towards within visit visited visiting`)

// arLocPreps before a place make it a place (folded, whole words).
var arLocPreps = wordSet(`في الى من قرب قبالة لدى داخل خارج عبر نحو حول شمال جنوب شرق غرب شمالي جنوبي شرقي غربي زار زارت ووصل وصل وصلت مدينه ولايه عاصمه العاصمه`)

// arCounterpart are the forms of نظير (counterpart), folded.
var arCounterpart = wordSet(`نظير نظيره نظيرها نظيرته نظيرتها نظراء نظرائه نظرائها`)

// arQuotes and enQuotes open or close a quoted name.
func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "„", "'", "‘", "’":
		return true
	}
	return false
}

// kinship and descriptive nouns before a bare first name ("wife Grace").
var enKin = wordSet(`wife husband son daughter brother sister father mother widow priest cleric`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[lexicon.Fold(strings.ReplaceAll(w, "_", " "))] = true
	}
	return m
}

// months and weekdays: never names on their own.
var enTime = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// enFirstNames are common given names, a cue that two or three
// capitalised words are a person (the lexicon's people add theirs).
var enFirstNames = wordSet(`james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent
ralph eugene russell bobby mason philip louis mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea
cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise
amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
will bill tom tony mike jim bob ben nick dan steve tim sam jeff chris matt pat ted greg ron rob ed andy liz kate jane sue
boris jeremy keir nick dominic theresa gordon tony david angela emmanuel francois vladimir sergei sergey dmitry mikhail
ivan alexei olaf recep mohammed mohammad muhammad ahmed ahmad ali hassan hussein omar abdul abdullah khalid saeb ayman
avi benjamin yair naftali ehud ariel moshe yitzhak shimon binyamin mahmoud ismail osama usama anas sirajuddin zabihullah
ashraf hamid abdel emmerson morgan jacob robert saviour fidelis sally grace xi wang li narendra imran shehbaz nawaz
giorgia matteo marco sergio mario silvio giuseppe jean pierre marine francois nicolas jacques angela olaf friedrich
volodymyr petro viktor recep mevlut hakan ibrahim kim moon yoon shinzo fumio
sofia florence sydney adelaide regina lorraine`)

// arWizara is the ministry noun (وزارة), folded.
var arWizara = wordSet("وزاره")

// Bits of arInfo: one per Arabic word set.
const (
	bitTitle uint16 = 1 << iota
	bitSay
	bitCounterpart
	bitPlaceHead
	bitPlaceHeadKept
	bitOrgHead
	bitOrgHeadAr
	bitLink
	bitLocPrep
	bitBoundary
	bitWizara
	bitBodyHead
)

// arInfo marks every stem of the Arabic word sets with the bits of the
// sets that hold it, so that a word in none of them (no bit in the union
// over its readings) is passed over without a lookup per reading.
var arInfo = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, s := range []struct {
		set map[string]bool
		bit uint16
	}{{arTitles, bitTitle}, {arSayVerbs, bitSay}, {arCounterpart, bitCounterpart}, {arPlaceHeads, bitPlaceHead},
		{arPlaceHeadsKept, bitPlaceHeadKept}, {arOrgHeads, bitOrgHead}, {orgHeadsAr, bitOrgHeadAr},
		{arLinkWords, bitLink}, {arLocPreps, bitLocPrep}, {arBoundary, bitBoundary}, {arWizara, bitWizara},
		{arBodyHeads, bitBodyHead}} {
		for w := range s.set {
			m[w] |= s.bit
		}
	}
	return m
}()

// enMemberNouns after a capitalised run make it the body the person
// belongs to (Goldman Sachs analyst, Liberal Democrat leader).
var enMemberNouns = wordSet(`leader leaders spokesman spokeswoman spokesperson official officials analyst analysts member members
lawmaker lawmakers executive executives chairman chairwoman founder activist activists fighters militants`)
