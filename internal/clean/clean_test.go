package clean

import (
	"context"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

// Two article paragraphs that every junk case wraps, in each language.
const (
	arBody = "وقال وزير الخارجية في مؤتمر صحفي يوم الأحد إن المحادثات مع الجانب الآخر كانت بناءة، وإن الطرفين اتفقا على مواصلة الحوار خلال الأسابيع المقبلة.\n" +
		"وأضاف أن بلاده مستعدة لتقديم تنازلات في بعض الملفات، لكنه شدد على أن أمنها الوطني لا يخضع للتفاوض تحت أي ظرف من الظروف.\n"
	enBody = "The foreign minister told a news conference on Sunday that the talks with the other side had been constructive and that both would keep talking in the coming weeks.\n" +
		"He added that his country was ready to make concessions on some issues, but stressed that its national security was not open to negotiation under any circumstances.\n"
)

type junkCase struct {
	name string
	in   string
	gone []string // must not be in the output
	kept []string // must be in the output (the bodies are always checked)
}

var junkCases = []junkCase{
	{name: "ad shortcodes", in: "[ad_1]\n" + arBody + "[ad_2]\n", gone: []string{"[ad_1]", "[ad_2]"}},
	{name: "inline shortcode", in: "Talks resume [ad_3] in Geneva as envoys meet.\n" + enBody, gone: []string{"[ad_3]"}, kept: []string{"Talks resume in Geneva as envoys meet."}},
	{name: "caption shortcode", in: "[caption id=\"a1\" width=\"300\"]<img src=x.jpg> A caption.[/caption]\n" + enBody, gone: []string{"caption", "A caption"}},
	{name: "embed shortcode", in: enBody + "[embed]https://example.com/v/1[/embed]\n", gone: []string{"example.com"}},
	{name: "bracketed word kept", in: "Officials said the deal \"give[s] us hope\" for a settlement soon.\n" + enBody, kept: []string{"give[s] us hope"}},
	{name: "source trailer alone", in: arBody + "المصدر\n", gone: []string{"المصدر"}},
	{name: "source trailer with agency", in: arBody + "المصدر : الجزيرة + وكالات\n", gone: []string{"الجزيرة + وكالات"}},
	{name: "source trailer colon", in: arBody + "المصدر: وكالات\n", gone: []string{"وكالات"}},
	{name: "english source trailer", in: enBody + "Source: Yahoo News\n", gone: []string{"Source:"}},
	{name: "wire credit line", in: enBody + "(Reporting by Jane Roe in Lagos; Additional reporting by Sam Poe; Writing by Ann Lee; Editing by Tom Ray)\n", gone: []string{"Reporting by", "Editing by"}},
	{name: "short wire credit line", in: enBody + "Reporting by Jane Roe; editing by Tom Ray\n", gone: []string{"Jane Roe"}},
	{name: "agency writer credit", in: enBody + "Associated Press writer Sam Poe in Accra contributed to this report.\n", gone: []string{"contributed"}},
	{name: "reporting by in a sentence is text", in: "The newspaper said, citing reporting by its own staff in the capital over many weeks, that the ministers had met.\n" + enBody, kept: []string{"citing reporting by its own staff"}},
	{name: "arabic wire credit line", in: arBody + "(إعداد سامي علي للنشرة العربية - تحرير منى حسن)\n", gone: []string{"للنشرة العربية"}},
	{name: "share this", in: enBody + "Share This\nShare this article\n", gone: []string{"Share"}},
	{name: "read also inside", in: "The foreign minister told a news conference on Sunday that the talks had been constructive and would go on.\nREAD ALSO:   Storm cuts power to thousands\n" + enBody, gone: []string{"READ ALSO", "Storm cuts"}},
	{name: "read more", in: enBody + "Read more: Markets fall on rate fears\n", gone: []string{"Read more"}},
	{name: "arabic read also", in: arBody + "اقرأ أيضا\n", gone: []string{"اقرأ أيضا"}},
	{name: "arabic share and print", in: arBody + "شارك\nطباعة\n", gone: []string{"شارك", "طباعة"}},
	{name: "repeated headline", in: "المحادثات تستأنف في جنيف\nالمحادثات تستأنف في جنيف\n" + arBody, kept: []string{"المحادثات تستأنف في جنيف\nوقال"}},
	{name: "headline variants", in: "Talks Resume\nTalks Resume In Geneva As Envoys Meet\nTalks resume in Geneva\n" + enBody, gone: []string{"Talks Resume\n", "Talks resume in Geneva\n"}, kept: []string{"Talks Resume In Geneva As Envoys Meet\nThe foreign"}},
	{name: "skip links", in: "تخطي الروابط\nSkip to content\n" + arBody, gone: []string{"تخطي", "Skip"}},
	{name: "menu", in: "Home\nWorld\nBusiness\nSport\nCulture\nMore\n" + enBody, gone: []string{"World", "Business", "Sport"}},
	{name: "arabic menu", in: "أخبار\nاقتصاد\nرياضة\nثقافة\nمقالات\nصحة\n" + arBody, gone: []string{"اقتصاد", "رياضة", "ثقافة"}},
	{name: "video length", in: "02:35\nvideo duration 01:10\n" + enBody, gone: []string{"02:35", "01:10"}},
	{name: "arabic video length", in: arBody + "مدة الفيديو 02 minutes 47 seconds\n02:47\n" + arBody, gone: []string{"مدة الفيديو", "02:47"}},
	{name: "english caption in arabic", in: arBody + "Rescuers recover a body at a beach near Cutro, southern Italy (AP Photo)\n" + arBody, gone: []string{"Rescuers"}},
	{name: "arabic caption in english", in: enBody + "وزير الخارجية خلال المؤتمر الصحفي\n" + enBody, gone: []string{"وزير"}},
	{name: "caption with credit", in: arBody + "الوزير يتحدث إلى الصحفيين في ختام الاجتماع (رويترز)\n" + arBody, gone: []string{"(رويترز)"}},
	{name: "credit after a sentence kept", in: arBody + "وقال المتحدث إن الاجتماع المقبل سيعقد في القاهرة الشهر المقبل. (الأناضول)\n", kept: []string{"(الأناضول)"}},
	{name: "related list", in: arBody + "المزيد من أخبار العالم\nالأمم المتحدة تحذر من مجاعة في الساحل الأفريقي خلال الصيف المقبل بسبب الجفاف.\n", gone: []string{"المزيد من", "مجاعة"}},
	{name: "english related", in: enBody + "Related\nMarkets rally as the central bank holds its interest rates steady for a third month.\n", gone: []string{"Related", "Markets rally"}},
	{name: "more from", in: enBody + "More from World News\nA long related story teaser that reads like prose and ends with a period.\n", gone: []string{"More from", "teaser"}},
	{name: "footer", in: arBody + "جميع الحقوق محفوظة © 2023\n", gone: []string{"الحقوق"}},
	{name: "english footer", in: enBody + "© 2023 Example News\nAll rights reserved\n", gone: []string{"©", "rights"}},
	{name: "cookie banner", in: arBody + "رفض الكلّ\nAccept all cookies\nWe use cookies to give you the best experience on our website, and to show you relevant ads.\n", gone: []string{"رفض", "cookies"}},
	{name: "login", in: "تسجيل الدخول\n" + arBody, gone: []string{"تسجيل الدخول"}},
	{name: "share row", in: enBody + "Facebook Twitter WhatsApp Email\n", gone: []string{"Facebook"}},
	{name: "arabic share row", in: arBody + "فيسبوك تويتر واتساب\n", gone: []string{"فيسبوك"}},
	{name: "subheading kept", in: arBody + "موقف إيطالي\n" + "وفي حديثها مع التلفزيون الرسمي، قالت رئيسة الوزراء إن الطريقة الوحيدة لمعالجة القضية هي وقف المغادرة.\n", kept: []string{"موقف إيطالي"}},
	{name: "whitespace", in: "  The   foreign\tminister   spoke.  \n\n\n" + enBody, kept: []string{"The foreign minister spoke.\nThe foreign"}},
	{name: "short text kept", in: "Hello world", kept: []string{"Hello world"}},
}

func TestJunkKinds(t *testing.T) {
	c := mustCleaner(t)
	for _, tc := range junkCases {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := c.Clean(tc.in, "")
			for _, s := range tc.gone {
				if strings.Contains(got, s) {
					t.Errorf("output still contains %q:\n%s", s, got)
				}
			}
			kept := tc.kept
			for _, body := range []string{arBody, enBody} {
				if strings.Contains(tc.in, body) {
					kept = append(kept, strings.Split(strings.TrimSpace(body), "\n")...)
				}
			}
			for _, s := range kept {
				if !strings.Contains(got, s) {
					t.Errorf("output lost %q:\n%s", s, got)
				}
			}
		})
	}
}

func TestTitleKeptOnce(t *testing.T) {
	c := mustCleaner(t)
	title := "Envoys meet in Geneva"
	got, _ := c.Clean(title+"\n"+title+"\n"+enBody, title)
	if n := strings.Count(got, title); n != 1 {
		t.Errorf("title kept %d times:\n%s", n, got)
	}
}

func TestStage(t *testing.T) {
	s, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	if s.Name() != "clean" {
		t.Errorf("Name() = %q", s.Name())
	}
	d := doc.New()
	d.Raw = "[ad_1]\n" + arBody + "المصدر\n"
	d.Text = d.Raw
	if err := s.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "[ad_1]") || strings.HasSuffix(d.Text, "المصدر") {
		t.Errorf("not cleaned: %q", d.Text)
	}
	if len(d.RawOffsets) != doc.RuneLen(d.Text) {
		t.Errorf("RawOffsets has %d entries for %d runes", len(d.RawOffsets), doc.RuneLen(d.Text))
	}

	// Text a reader extracted is left alone.
	e := doc.New()
	e.Raw, e.Text = "<p>x</p>", "x"
	if err := s.Process(context.Background(), e); err != nil || e.Text != "x" || e.RawOffsets != nil {
		t.Errorf("extracted text changed: %q %v %v", e.Text, e.RawOffsets, err)
	}
}
