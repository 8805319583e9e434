//! Quotes and reported speech in the forms of Arabic newswire, with an empty registry: the
//! verb before its subject, "أن" and "إن" before what was said, a subject the verb's ending
//! stands for, an agency's relay ("نقلت ... عن X قوله"), "according to" ("بحسب"), the
//! pluperfect ("وكان X قد قال"); each with the sentence that must give nothing. The
//! sentences are written for these tests.

use super::QuoteKind::{self, Direct, Reported};
use super::tests::quotes_in;

fn found(body: &str) -> Vec<(QuoteKind, String, String)> {
    quotes_in("", "ar", "2024-05-01", body)
}

fn q(kind: QuoteKind, who: &str, text: &str) -> (QuoteKind, String, String) {
    (kind, format!("={who}"), text.to_owned())
}

#[test]
fn the_speaker_follows_the_verb_and_what_was_said_follows_that() {
    assert_eq!(
        found("قال وزير النقل سامي حداد إن أعمال الرصيف ستنتهي في الربيع."),
        [q(Reported, "وزير النقل سامي حداد", "أعمال الرصيف ستنتهي في الربيع.")]
    );
    // After a lead phrase, with "بأن", and with "إلى أن" after the subject.
    assert_eq!(
        found("من جهته، أكد رئيس البلدية كريم ناصر بأن العبارة الجديدة ستعمل صيفا."),
        [q(Reported, "رئيس البلدية كريم ناصر", "العبارة الجديدة ستعمل صيفا.")]
    );
    assert_eq!(
        found("وأشار مدير الميناء نادر سليم إلى أن الرسوم لن ترتفع."),
        [q(Reported, "مدير الميناء نادر سليم", "الرسوم لن ترتفع.")]
    );
    // A phrase of setting between the subject and "أن" is no part of either.
    assert_eq!(
        found("وأكدت ليلى منصور في مؤتمر صحفي أمس أن الصيادين سيعودون إلى البحر."),
        [q(Reported, "ليلى منصور", "الصيادين سيعودون إلى البحر.")]
    );
    // A lead phrase opened by a preposition joined to "و", and the medium told after the
    // speaker, are no part of the speaker.
    assert_eq!(
        found("وفي تصريح صحفي، قال سامي حداد إن العمل مستمر."),
        [q(Reported, "سامي حداد", "العمل مستمر.")]
    );
    assert_eq!(
        found("وقالت ليلى منصور لوكالة الأنباء المحلية إن الصيد تراجع."),
        [q(Reported, "ليلى منصور", "الصيد تراجع.")]
    );
    // A need stressed after "على", and a hope expressed before "أن".
    assert_eq!(
        found("وشدد رئيس البلدية كريم ناصر على ضرورة إنهاء أعمال الرصيف قبل الشتاء."),
        [q(Reported, "رئيس البلدية كريم ناصر", "ضرورة إنهاء أعمال الرصيف قبل الشتاء.")]
    );
    assert_eq!(
        found("وأعرب كريم ناصر عن أمله في أن يعود الصيادون إلى العمل قريبا."),
        [q(Reported, "كريم ناصر", "يعود الصيادون إلى العمل قريبا.")]
    );
    // A description of someone unnamed is kept as written.
    assert_eq!(
        found("وقالت مصادر مطلعة للصحفيين إن الاتفاق بات قريبا."),
        [q(Reported, "مصادر مطلعة", "الاتفاق بات قريبا.")]
    );
}

#[test]
fn a_quotation_after_a_colon_or_before_its_verb_is_the_named_speakers() {
    assert_eq!(
        found("وقال سامي حداد للصحفيين: «لن نغلق الميناء أمام الصيادين»."),
        [q(Direct, "سامي حداد", "لن نغلق الميناء أمام الصيادين")]
    );
    // The scene set between the subject and the colon.
    assert_eq!(
        found("وقال سامي حداد في لقاء عقده مع الصيادين في الميناء يوم الأحد: «سنواصل العمل»."),
        [q(Direct, "سامي حداد", "سنواصل العمل")]
    );
    assert_eq!(
        found("«لن نتراجع عن قرار الرسوم»، قالت ليلى منصور."),
        [q(Direct, "ليلى منصور", "لن نتراجع عن قرار الرسوم")]
    );
}

#[test]
fn a_verb_with_no_subject_written_goes_on_with_the_speaker_its_ending_allows() {
    let body = "قال سامي حداد إن العمل سيستمر. || وأضاف: «الرصيف سيكون جاهزا قبل الشتاء». || وقالت إن الميناء سيغلق.";
    assert_eq!(
        found(&body.replace(" || ", "\n\n")),
        [q(Reported, "سامي حداد", "العمل سيستمر."), q(Direct, "سامي حداد", "الرصيف سيكون جاهزا قبل الشتاء"),],
        "\"وقالت\" (she) is not the man quoted before"
    );
    // A ministry is feminine in Arabic: "وأضافت" goes on with it.
    assert_eq!(
        found("وأكدت الوزارة في بيان أنها ستدعم العمال. وأضافت أن الدعم سيصل قريبا."),
        [q(Reported, "الوزارة", "ستدعم العمال."), q(Reported, "الوزارة", "الدعم سيصل قريبا.")]
    );
    // With no one quoted before, no one is guessed.
    assert_eq!(found("وأضاف أن الخطة ستنجح."), []);
}

#[test]
fn a_surname_alone_is_the_person_named_in_full_before() {
    assert_eq!(
        found("قال وزير النقل سامي حداد إن العمل سيستمر.\n\nوأضاف حداد: «لن نقبل بأي تأجيل»."),
        [
            q(Reported, "وزير النقل سامي حداد", "العمل سيستمر."),
            q(Direct, "وزير النقل سامي حداد", "لن نقبل بأي تأجيل"),
        ]
    );
    // The pluperfect: "وكان حداد قد قال" has حداد for subject, not its auxiliaries.
    assert_eq!(
        found("قال سامي حداد إن العمل سيستمر.\n\nوكان حداد قد قال في وقت سابق إن الاتفاق قريب."),
        [q(Reported, "سامي حداد", "العمل سيستمر."), q(Reported, "سامي حداد", "الاتفاق قريب.")]
    );
}

#[test]
fn an_agency_relaying_a_person_and_according_to_give_the_person() {
    assert_eq!(
        found("ونقلت وكالة الأنباء الرسمية عن رئيس الوزراء سامي حداد قوله إن الحكومة لن تتراجع."),
        [q(Reported, "رئيس الوزراء سامي حداد", "الحكومة لن تتراجع.")]
    );
    assert_eq!(
        found("وبحسب ليلى منصور، فإن العمل سيبدأ في الربيع."),
        [q(Reported, "ليلى منصور", "العمل سيبدأ في الربيع.")]
    );
}

#[test]
fn a_name_set_off_after_a_description_and_a_participle_of_speech() {
    assert_eq!(
        found("وأوضحت الناطقة باسم البلدية، سلمى فارس، أن رسوم الرصيف ثابتة."),
        [q(Reported, "سلمى فارس", "رسوم الرصيف ثابتة.")]
    );
    // A phrase set off by commas is no name.
    assert_eq!(
        found("وقال مدير الميناء، في بيان، إن العمل مستمر."),
        [q(Reported, "مدير الميناء", "العمل مستمر.")]
    );
    assert_eq!(
        found("قال سامي حداد إن العمل سيستمر.\n\nوتابع قائلا: «لن نتراجع عن الرسوم»."),
        [q(Reported, "سامي حداد", "العمل سيستمر."), q(Direct, "سامي حداد", "لن نتراجع عن الرسوم")]
    );
}

#[test]
fn a_name_in_marks_inside_the_subject_or_after_a_medium_is_no_quote() {
    assert_eq!(
        found("وقال رئيس جمعية «صيادو الخليج» نادر سليم إن مشروع الرصيف تأخر."),
        [q(Reported, "رئيس جمعية «صيادو الخليج» نادر سليم", "مشروع الرصيف تأخر.")]
    );
    assert_eq!(
        found("وأفادت صحيفة «المساء» بأن البلدية وافقت على التمويل."),
        [q(Reported, "صحيفة «المساء»", "البلدية وافقت على التمويل.")]
    );
    assert_eq!(
        found("وكتب سامي حداد على حسابه في منصة «إكس»: «الميناء للجميع، ولن نغلقه»."),
        [q(Direct, "سامي حداد", "الميناء للجميع، ولن نغلقه")]
    );
    // Words in marks that end the sentence after the subject are the speaker's.
    assert_eq!(
        found("وقال سامي حداد «سنواصل العمل حتى الربيع»."),
        [q(Direct, "سامي حداد", "سنواصل العمل حتى الربيع")]
    );
    assert_eq!(found("أطلقت البلدية مشروع «الميناء الأخضر» الشهر الماضي."), []);
}

#[test]
fn a_verb_of_speech_with_an_object_and_no_that_reports_nothing() {
    for sentence in [
        "أكد الوزير التزامه بالاتفاق خلال زيارته للميناء.",
        "كتب الشاعر قصيدة عن البحر في شبابه.",
        "وتابع الوزير الاجتماع من مكتبه في العاصمة.",
        "أعلنت الشركة عن خطة جديدة للتوظيف.",
        "وصل حداد إلى العاصمة أمس برفقة وفد كبير.",
        "وأعرب الوزير عن قلقه من ارتفاع الأسعار.",
        "وشدد الوزير على التزامه بالاتفاق.",
    ] {
        assert_eq!(found(sentence), [], "{sentence}");
    }
}

#[test]
fn persian_keeps_its_own_reading_of_the_same_letters() {
    // "آن" folds as "أن" does: in Persian it is "that" the demonstrative, no cue.
    assert_eq!(
        quotes_in("", "fa", "2024-05-01", "آرش نیکو گفت آن اسکله تا بهار بسته می‌ماند."),
        [(Reported, "=آرش نیکو".to_owned(), "آن اسکله تا بهار بسته می‌ماند.".to_owned())]
    );
    // A medium named in marks before a comma may be a lead phrase ("[به گزارش] سایت
    // «بندر»، ..."): it is never the speaker of the clause after it.
    let body = "سایت «بندر»، «آرش نیکو» رئیس شورای شهر روز شنبه درباره بستن اسکله هشدار داد.";
    let found = quotes_in("", "fa", "2024-05-01", body);
    assert!(found.iter().all(|(_, who, _)| !who.contains("بندر")), "{found:?}");
}
