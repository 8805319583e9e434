//! The cues of Arabic speech. Arabic news puts the verb first ("قال وزير الخارجية سامي حداد
//! إن ...", "وأضاف: «…»"), marks what was said with "أن" or "إن" after the speaker, and
//! drops the subject of a verb that goes on with the same speaker; its complementiser
//! folds to the same letters as the Persian demonstrative "آن", so these cues are read in
//! Arabic text only.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::Cue;
use crate::text::{Folded, PhraseMatcher};

/// Verbs of speech in the masculine past, the form newswire uses: each is also read
/// feminine ("قالت"), plural ("قالوا") and after "و" or "ف" ("وقال", "فأضاف").
const SPEECH: &[&str] = &[
    "قال", "أضاف", "أكد", "صرح", "أشار", "أوضح", "شدد", "تابع", "أعلن", "ذكر", "لفت", "اعتبر", "حذر", "كشف",
    "أفاد", "زعم", "اعترف", "أقر", "أردف", "استطرد", "علق", "كتب", "غرد", "أبلغ", "نبه", "أفصح", "أعرب",
];
/// Verbs whose feminine and plural are not the masculine with a suffix, with them.
const IRREGULAR: &[(&str, &str, &str)] =
    &[("رأى", "رأت", "رأوا"), ("نفى", "نفت", "نفوا"), ("ادعى", "ادعت", "ادعوا")];
/// The present forms newswire uses for a speaker's standing view.
const PRESENT: &[&str] = &["يقول", "تقول", "يقولون", "يرى", "ترى", "يؤكد", "تؤكد", "يضيف", "تضيف"];

/// Participles of speech after a verb: "وتابع قائلا: «…»", "مضيفا أن ...".
const PARTICIPLE: &[&str] = &[
    "قائلا", "قائلة", "مضيفا", "مضيفة", "مؤكدا", "مؤكدة", "موضحا", "موضحة", "مشيرا", "مشيرة", "معتبرا",
    "معتبرة", "محذرا", "محذرة",
];

/// "أن" and "إن" (which fold alike), with the pronouns joined to them and after "ب".
const THAT: &[&str] = &[
    "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أننا", "إننا", "بأن", "بأنه", "بأنها",
    "بأنهم", "فإن", "فإنه", "فإنها",
];
/// "قوله" ("his saying"), which an agency's relay ends with: "نقلت الوكالة عن الوزير قوله إن
/// ...". Its speaker is the person after "عن".
const QUOTING: &[&str] = &["قوله", "قولها", "قولهم"];
const ACCORDING_TO: &[&str] = &["بحسب", "وبحسب", "حسب", "وحسب", "وفقا ل", "وفقا لـ", "وفق", "نقلا عن"];
const PREPOSITION: &[&str] = &[
    "في", "من", "إلى", "على", "عن", "مع", "ل", "لـ", "خلال", "أمام", "عبر", "لدى", "حول", "منذ", "ضد", "بين",
    "عقب", "أثناء", "قبل", "بعد",
];
/// Honorifics and "in turn", which stand before or after a verb and are no subject.
const SKIP: &[&str] = &[
    "السيد", "السيدة", "الدكتور", "الدكتورة", "الشيخ", "اللواء", "العميد", "العقيد", "المهندس", "الأستاذ",
    "أيضا", "بدوره", "بدورها", "كذلك", "كان", "وكان", "كانت", "وكانت", "قد", "وقد",
];
/// Nouns of office and of an unnamed source: a subject holding one is a description.
const PERSON_NOUN: &[&str] = &[
    "وزير", "الوزير", "وزيرة", "المتحدث", "متحدث", "المتحدثة", "الناطق", "ناطق", "الناطقة", "رئيس", "الرئيس",
    "رئيسة", "السفير", "سفير", "النائب", "نائب", "مدير", "المدير", "مديرة", "قائد", "القائد", "مسؤول",
    "المسؤول", "مسؤولون", "مسؤولين", "مصدر", "المصدر", "مصادر", "خبير", "الخبير", "محلل", "المحلل", "الأمين",
    "زعيم", "الزعيم", "المستشار", "مستشار", "محافظ", "المحافظ", "عضو", "شهود", "سكان",
];
/// Words of time that end a subject ("قال حداد يوم الأحد"), besides the shared ones.
const TIME: &[&str] = &[
    "يوم", "اليوم", "أمس", "مساء", "صباح", "الليلة", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
    "الجمعة", "السبت",
];

/// Every form of every verb of [`SPEECH`], [`IRREGULAR`] and [`PRESENT`], with whether it
/// is feminine (none for the plural).
fn verb_forms() -> Vec<(String, Option<bool>)> {
    let mut forms: Vec<(String, Option<bool>)> = Vec::new();
    let regular = SPEECH.iter().map(|v| (v.to_string(), format!("{v}ت"), format!("{v}وا")));
    let irregular = IRREGULAR.iter().map(|(m, f, p)| (m.to_string(), f.to_string(), p.to_string()));
    for (masculine, feminine, plural) in regular.chain(irregular) {
        for prefix in ["", "و", "ف"] {
            forms.push((format!("{prefix}{masculine}"), Some(false)));
            forms.push((format!("{prefix}{feminine}"), Some(true)));
            forms.push((format!("{prefix}{plural}"), None));
        }
    }
    for v in PRESENT {
        let feminine = v.starts_with('ت');
        for prefix in ["", "و"] {
            forms.push((format!("{prefix}{v}"), (!v.ends_with("ون")).then_some(feminine)));
        }
    }
    forms
}

/// The Arabic cues, for Arabic text.
pub(crate) static CUES: LazyLock<PhraseMatcher<Cue>> = LazyLock::new(|| {
    let mut m = PhraseMatcher::default();
    for (verb, _) in verb_forms() {
        m.insert(&verb, Cue::Speech);
    }
    for word in QUOTING {
        m.insert(word, Cue::Speech);
    }
    // "وفي تصريح صحفي، قال ...": a preposition joined to "و" opens a lead phrase too.
    for p in PREPOSITION.iter().filter(|p| p.chars().count() > 1) {
        m.insert(&format!("و{p}"), Cue::Preposition);
    }
    let groups: &[(&[&str], Cue)] = &[
        (PERSON_NOUN, Cue::PersonNoun),
        (PARTICIPLE, Cue::Participle),
        (THAT, Cue::That),
        (&["ضرورة", "أهمية"], Cue::Need),
        (ACCORDING_TO, Cue::AccordingTo),
        (PREPOSITION, Cue::Preposition),
        (SKIP, Cue::Skip),
    ];
    super::insert_groups(&mut m, groups);
    m
});

/// Whether a verb of speech, by its folded form, is feminine ("قالت": she said) or
/// masculine; none for a plural or another word.
pub(crate) fn verb_is_feminine(folded: &str) -> Option<bool> {
    static FORMS: LazyLock<FxHashMap<String, bool>> = LazyLock::new(|| {
        verb_forms().into_iter().filter_map(|(v, g)| Some((Folded::new(&v).text, g?))).collect()
    });
    FORMS.get(folded).copied()
}

/// True when a folded word is an Arabic word of time.
pub(crate) fn is_time_word(folded: &str) -> bool {
    static SET: LazyLock<FxHashSet<String>> =
        LazyLock::new(|| TIME.iter().map(|w| Folded::new(w).text).collect());
    SET.contains(folded)
}

/// True when a folded word is a preposition joined to the article or to a medium
/// ("للصحفيين": to the reporters, "لوكالة": to the agency), which ends a subject that runs
/// on after its verb.
pub(crate) fn is_joined_preposition(folded: &str) -> bool {
    let medium = folded.strip_prefix('ل').is_some_and(|rest| super::is_media_noun(rest) || rest == "مراسل");
    medium || (folded.starts_with("لل") && folded.chars().count() > 3)
}

/// True when a folded word is "قوله" or its kin, whose speaker follows "عن" before it.
pub(crate) fn is_quoting(folded: &str) -> bool {
    static SET: LazyLock<FxHashSet<String>> =
        LazyLock::new(|| QUOTING.iter().map(|w| Folded::new(w).text).collect());
    SET.contains(folded)
}
