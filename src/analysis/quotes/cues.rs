//! The words that signal speech and its speaker, in English, Persian and Arabic: speech
//! verbs, pronouns, prepositions, titles (Arabic's own, read in Arabic text only, are in
//! [`arabic`]). All are matched on folded text, so Persian
//! spellings with or without ZWNJ, and Arabic letter variants, are one cue.

pub(crate) mod arabic;

use std::sync::LazyLock;

use crate::text::{Folded, PhraseMatcher};

/// What a cue word says about the sentence around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A finite speech verb: "said", "added", "گفت". Its subject is the speaker.
    Speech,
    /// A participle of speech: "saying", "adding". Its speaker is the clause's subject,
    /// never the noun just before it.
    Participle,
    /// A verb that names rather than quotes: "called", "described". A short quote after it
    /// is a label, not a statement.
    Naming,
    /// A personal pronoun that can stand for a speaker.
    Pronoun,
    /// A preposition: a name after it is not the subject.
    Preposition,
    /// "that" / "که": reported speech follows a speech verb.
    That,
    /// "the need", "the importance", "لزوم": reported speech after "stressed".
    Need,
    /// "according to", "به گفته": the speaker follows, then the statement.
    AccordingTo,
    /// Words that may come before a subject: articles, honorifics, adverbs.
    Skip,
    /// Nouns of office: a name before one is a modifier ("Hamas spokesman").
    Title,
    /// Nouns for a person not in the registry ("the spokesman"): the subject is someone
    /// unknown, and a later pronoun must not be given to anyone known.
    PersonNoun,
    /// Persian "را", which follows a direct object.
    ObjectMarker,
}

const EN_SPEECH: &[&str] = &[
    "said", "says", "say", "added", "adds", "told", "tells", "stated", "states", "stressed", "stresses",
    "emphasized", "emphasised", "emphasizes", "emphasises", "underlined", "underlines", "noted", "notes",
    "remarked", "declared", "declares", "announced", "announces", "asserted", "asserts", "insisted",
    "insists", "explained", "explains", "warned", "warns", "argued", "argues", "continued", "concluded",
    "replied", "responded", "wrote", "writes", "tweeted", "posted", "urged", "urges", "reiterated",
    "reiterates", "affirmed", "affirms", "highlighted", "highlights", "pointed out", "points out",
    "maintained", "claimed", "claims", "conceded", "concedes", "admitted", "admits", "countered", "counters",
    "quipped", "quips", "joked", "jokes", "predicted", "predicts", "complained", "complains", "cautioned",
    "cautions", "contended", "contends", "lamented", "laments", "mused", "retorted", "interjected",
    "testified", "continues", "exclaimed", "boasted", "boasts", "charged", "alleged", "alleges", "recounted",
    "recounts", "acknowledges", "confirms", "denies", "replies", "responds", "observes", "recalls",
    "suggested", "suggests", "answered", "answers", "pressed", "demanded", "demands", "wondered",
    "shot back", "fired back", "scoffed", "objected", "protested", "agreed", "agrees", "acknowledged",
    "confirmed", "denied", "vowed", "pledged", "asked", "asks", "went on", "expressed hope",
    "expressed the hope", "observed", "recalled", "was quoted as saying", "is quoted as saying",
    "quoted as saying", "underscored", "underscores", "barked", "snapped", "shouted", "yelled", "retaliated",
    "confided", "thundered", "fumed", "put it", "puts it", "reads", "opined", "demurred", "griped",
    "reported", "reports", "exhorted", "pleaded", "implored", "sings", "sang", "chanted", "pondered",
    "screamed", "cried", "whispered", "muttered", "sighed", "jeered", "heckled", "quip", "shout", "yell",
    "called on", "calls on",
];
const EN_PARTICIPLE: &[&str] = &[
    "saying", "adding", "stressing", "emphasizing", "emphasising", "underlining", "noting", "stating",
    "declaring", "warning", "insisting", "explaining", "arguing", "asserting", "urging", "reiterating",
    "affirming", "highlighting", "pointing out", "telling", "asking", "recalling", "underscoring",
    "suggesting", "claiming", "predicting", "acknowledging", "conceding", "signaling", "signalling",
    "implying", "hinting", "contending", "maintaining", "charging", "alleging", "complaining", "tweeting",
    "replying", "responding", "answering", "joking", "quipping", "countering", "admitting", "announcing",
    "boasting", "protesting", "demanding", "reporting", "pleading", "shouting", "yelling", "chanting",
    "screaming", "exclaiming", "crying", "whispering", "muttering", "jeering", "heckling", "retorting",
    "interjecting", "scoffing", "objecting", "lamenting", "cautioning", "recounting", "musing", "calling on",
];
const EN_NAMING: &[&str] = &[
    "called", "calls", "calling", "call", "described", "describes", "describing", "termed", "terms",
    "dubbed", "labelled", "labeled", "branded", "named", "referred to",
];
/// Verbs of judging, whose object a speaker's words in marks qualify after "as"
/// ("condemned the launch as “reckless”"), as folded words.
const EN_JUDGING: &[&str] = &[
    "condemned", "condemns", "condemning", "denounced", "denounces", "denouncing", "criticized",
    "criticised", "criticizes", "criticises", "criticizing", "criticising", "dismissed", "dismisses",
    "dismissing", "derided", "derides", "deriding", "slammed", "slams", "slamming", "blasted", "blasts",
    "blasting", "decried", "decries", "decrying", "hailed", "hails", "hailing", "praised", "praises",
    "praising", "welcomed", "welcomes", "welcoming", "characterized", "characterised", "characterizes",
    "characterises", "characterizing", "characterising", "portrayed", "portrays", "portraying", "rejected",
    "rejects", "rejecting", "mocked", "mocks", "mocking", "ridiculed", "ridicules", "ridiculing",
    "lambasted", "lambastes", "lambasting", "attacked", "attacks", "attacking", "assailed", "assails",
    "touted", "touts", "touting", "defended", "defends", "defending", "regarded", "regards", "viewed",
    "views", "sees", "saw", "described", "describes", "describing",
];

/// True when a folded word is a verb of judging ("condemned", "dismissed").
pub(crate) fn is_judging(word: &str) -> bool {
    EN_JUDGING.contains(&word)
}

/// Nouns that name what someone said ("a short reply:", "a statement:").
const EN_SPEECH_NOUN: &[&str] = &[
    "retort", "reply", "response", "statement", "message", "answer", "warning", "remark", "remarks",
    "comment", "comments", "explanation", "tweet", "post", "words", "verdict", "rebuttal", "plea",
    "position", "stance", "argument", "case", "point", "promise", "pledge", "vow", "advice", "assessment",
    "prediction", "conclusion", "observation", "summary", "reasoning", "pitch", "motto",
];

/// True when a folded word names a statement ("retort", "statement").
pub(crate) fn is_speech_noun(word: &str) -> bool {
    EN_SPEECH_NOUN.contains(&word)
}

const EN_PRONOUN: &[&str] = &["he", "she", "him", "her"];
const EN_PREPOSITION: &[&str] = &[
    "of", "with", "to", "from", "by", "for", "on", "against", "about", "between", "toward", "towards", "at",
    "in", "among", "into", "onto", "upon", "over", "under", "after", "before", "during", "than", "like",
    "via", "without", "including", "beyond", "across", "throughout", "amid", "amidst", "within", "behind",
    "besides", "through", "unlike", "regarding", "concerning", "alongside",
];
const EN_SKIP: &[&str] = &[
    "the", "a", "an", "dr", "mr", "mrs", "ms", "prof", "professor", "sheikh", "sayyed", "seyed", "also",
    "then", "later", "earlier", "meanwhile", "separately", "further", "once again", "again", "too",
    "however", "moreover", "additionally", "in addition", "for his part", "for her part", "in turn", "lt",
    "gen", "general", "brigadier", "major", "colonel", "his", "sen", "sens", "rep", "reps", "del", "gov",
    "lt gov", "atty", "rev", "the rev", "sgt", "capt", "adm", "col", "maj", "cmdr", "hon", "former", "some",
    "many", "most", "several", "other", "few", "has", "have", "had", "once", "himself", "herself",
    "themselves", "itself",
];
const EN_TITLE: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "leader", "leaders", "chief", "head", "official",
    "officials", "commander", "minister", "ministry", "president", "speaker", "secretary", "ambassador",
    "envoy", "representative", "deputy", "member", "members", "chairman", "director", "foreign", "political",
    "military", "senior", "bureau", "office", "government", "movement", "embassy", "council", "parliament",
    "army", "forces", "media", "delegation",
];
const EN_PERSON_NOUN: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "minister", "official", "leader", "president", "speaker",
    "commander", "ambassador", "envoy", "diplomat", "analyst", "expert", "source", "lawmaker", "governor",
    "mayor", "chief", "head", "secretary", "witness", "resident", "doctor", "man", "woman", "representative",
    "deputy", "officer", "journalist", "correspondent", "coordinator", "adviser", "advisor", "negotiator",
    "commissioner", "rapporteur", "chairman", "chairwoman", "senator", "congressman", "congresswoman",
    "candidate", "nominee", "strategist", "consultant", "pollster", "columnist", "host", "anchor",
    "reporter", "editor", "economist", "professor", "attorney", "lawyer", "judge", "sheriff", "manager",
    "executive", "founder", "chancellor", "agent", "activist", "researcher", "scientist", "historian",
    "author", "pastor", "rabbi", "imam", "bishop", "director", "operative", "aide", "organizer", "organiser",
    "campaigner", "prosecutor", "detective", "inspector", "veteran", "councillor", "councilor", "councilman",
    "councilwoman", "alderman", "trustee", "strategists", "critics", "experts", "analysts", "advisers",
    "advisors", "aides", "lawyers", "attorneys", "economists", "researchers", "scientists", "sources",
    "witnesses", "residents", "lawmakers", "investigators", "prosecutors", "observers", "organizers",
    "activists", "delegates", "donors", "supporters", "opponents", "voters", "diplomats", "pollsters",
    "historians", "doctors", "judges", "scholars", "executives", "owners", "workers",
];

const FA_SPEECH: &[&str] = &[
    "گفت", "گفته است", "می گوید", "میگوید", "افزود", "افزوده است", "تاکید کرد", "تاکید کرده است",
    "تاکید نمود", "تاکید داشت", "اظهار داشت", "اظهار کرد", "خاطرنشان کرد", "خاطر نشان کرد", "خاطرنشان ساخت",
    "تصریح کرد", "عنوان کرد", "اعلام کرد", "یادآور شد", "یادآوری کرد", "ادامه داد", "بیان کرد", "بیان داشت",
    "اضافه کرد", "نوشت", "هشدار داد", "اذعان کرد", "متذکر شد", "تشریح کرد", "پاسخ داد", "اظهار امیدواری کرد",
    "ابراز امیدواری کرد", "ابراز داشت", "ابراز کرد", "می نویسد", "نوشته است", "بیان داشته است", "گفته بود",
    "مدعی شد", "ادعا کرد", "پیشنهاد کرد", "توضیح داد", "اظهار کرده است", "اعلام کرده است", "تصریح کرده است",
    "گفتند", "افزودند", "اعلام کردند", "تاکید کردند", "اظهار داشتند", "می افزاید", "می گویند", "خواهد گفت",
    "تاکید کرده", "اعلام نمود", "تهدید کرد", "هشدار دادند", "خبر داد", "خبر دادند", "خواستار",
    // Passives of stating, whose speaker is the document "در" opens ("در این گزارش آمده است").
    "آمده است", "ادعا شده است", "اعلام شده است", "تاکید شده است", "تصریح شده است",
];
const FA_PARTICIPLE: &[&str] = &[
    "با بیان اینکه", "با بیان این که", "بابیان اینکه", "با اشاره به اینکه", "با اشاره به این که",
    "با تاکید بر اینکه", "با تاکید بر این که", "ضمن تاکید بر اینکه", "ضمن اشاره به اینکه",
    "با یادآوری اینکه", "با ابراز اینکه",
];
const FA_NAMING: &[&str] = &[
    "خواند", "نامید", "توصیف کرد", "دانست", "عنوان نمود", "ارزیابی کرد", "قلمداد کرد", "خواندند", "نامیدند",
    "توصیف کردند", "دانستند", "ارزیابی کردند", "متهم کرد", "متهم کردند", "متهم کرده است",
];
const FA_PRONOUN: &[&str] = &["وی", "او", "ایشان"];
const FA_PREPOSITION: &[&str] = &[
    "با", "از", "به", "برای", "علیه", "توسط", "میان", "بین", "درباره", "درمورد", "در", "بر", "تا", "و",
    // Compound prepositions and prepositional nouns: "پس از سفر", "ضمن تبریک", "طی دیدار".
    "پس از", "پیش از", "بعد از", "قبل از", "ضمن", "طی", "حین", "هنگام", "پیرامون",
];
const FA_SKIP: &[&str] = &[
    "آقای",
    "خانم",
    "دکتر",
    "مهندس",
    "سردار",
    "سرلشکر",
    "سرتیپ",
    "سرهنگ",
    "دریادار",
    "آیت الله",
    "حجت الاسلام",
    "حجت الاسلام و المسلمین",
    "شیخ",
    "سید",
    "نیز",
    "هم",
    "همچنین",
];
const FA_TITLE: &[&str] = &[
    "سخنگوی", "سخنگو", "رئیس", "دبیرکل", "دبیر کل", "وزیر", "وزارت", "فرمانده", "سفیر", "نماینده", "عضو",
    "مقام", "مسئول", "رهبر", "رهبران", "دفتر", "جنبش", "هیئت",
];
const FA_PERSON_NOUN: &[&str] = &[
    "سخنگوی", "سخنگو", "وزیر", "مقام", "فرمانده", "سفیر", "نماینده", "رهبر", "مسئول", "کارشناس", "تحلیلگر",
    "منبع", "دیپلمات", "مقامات", "کارشناسان", "منابع", "تحلیلگران", "ناظران", "شاهدان", "مسئولان",
    "نمایندگان", "فرماندهان", "ساکنان", "پژوهشگران", "مصدر", "مصادر", "مسوول", "مسوولون", "خبراء",
];

const AR_PRONOUN: &[&str] = &["هو", "هي"];
const AR_PREPOSITION: &[&str] = &["مع", "من", "إلى", "الى", "على", "عن", "في", "ب"];

/// Words of time that end a subject ("... روز دوشنبه گفت"), folded; Arabic's own, read in
/// Arabic text, are [`arabic::is_time_word`].
const TIME_WORDS: &[&str] = &[
    "روز", "امروز", "دیروز", "شامگاه", "صبح", "عصر", "ظهر", "بامداد", "امشب", "دیشب", "پیش", "اخیرا", "هفته",
    "ماه", "سال", "امس",
];

/// Persian and Arabic quantifiers that take "از" ("some of", "one of").
const QUANTIFIERS: &[&str] = &["برخی", "بعضی", "یکی", "تعدادی", "شماری", "بسیاری", "هیچ", "احد", "بعض"];

/// Persian and Arabic nouns for a medium that take its name in marks: "روزنامه «کیهان»",
/// "سایت «وطن»", "صحيفة «الأخبار»" (folded as the text is).
const MEDIA_NOUNS: &[&str] = &[
    "روزنامه", "سایت", "پایگاه", "خبرگزاری", "شبکه", "نشریه", "مجله", "تلویزیون", "رادیو", "وبگاه", "صحیفه",
    "موقع", "وکاله", "قناه", "منصه",
];

/// True when a folded word names a medium whose name may follow in marks.
pub(crate) fn is_media_noun(word: &str) -> bool {
    MEDIA_NOUNS.contains(&word)
}

/// True when a folded word is a quantifier that opens a subject with "از".
pub(crate) fn is_quantifier(word: &str) -> bool {
    QUANTIFIERS.contains(&word)
}

/// True when a folded word is a word of time that ends a subject.
pub(crate) fn is_time_word(word: &str) -> bool {
    TIME_WORDS.contains(&word)
}

/// Adds each word of each group with its cue; the first inserted for a phrase wins.
fn insert_groups(m: &mut PhraseMatcher<Cue>, groups: &[(&[&str], Cue)]) {
    for (words, cue) in groups {
        for w in *words {
            m.insert(w, *cue);
        }
    }
}

/// Every cue, for matching.
pub(crate) static CUES: LazyLock<PhraseMatcher<Cue>> = LazyLock::new(|| {
    let mut m = PhraseMatcher::default();
    let groups: &[(&[&str], Cue)] = &[
        // Person nouns before titles: where a word is both, the person reading wins.
        (EN_PERSON_NOUN, Cue::PersonNoun),
        (FA_PERSON_NOUN, Cue::PersonNoun),
        (EN_SPEECH, Cue::Speech),
        (FA_SPEECH, Cue::Speech),
        (EN_PARTICIPLE, Cue::Participle),
        (FA_PARTICIPLE, Cue::Participle),
        (EN_NAMING, Cue::Naming),
        (FA_NAMING, Cue::Naming),
        (EN_PRONOUN, Cue::Pronoun),
        (FA_PRONOUN, Cue::Pronoun),
        (AR_PRONOUN, Cue::Pronoun),
        (EN_PREPOSITION, Cue::Preposition),
        (FA_PREPOSITION, Cue::Preposition),
        (AR_PREPOSITION, Cue::Preposition),
        (EN_SKIP, Cue::Skip),
        (FA_SKIP, Cue::Skip),
        (EN_TITLE, Cue::Title),
        (FA_TITLE, Cue::Title),
        (&["that"], Cue::That),
        (&["که", "اینکه", "این که"], Cue::That),
        (&["the need", "the necessity", "the importance", "the urgency", "need"], Cue::Need),
        (&["لزوم", "ضرورت", "اهمیت"], Cue::Need),
        (&["according to", "as quoted by", "as reported by", "as first reported by"], Cue::AccordingTo),
        (&["به گفته", "به اعتقاد", "به نظر", "به عقیده", "به ادعای"], Cue::AccordingTo),
        (&["را"], Cue::ObjectMarker),
    ];
    insert_groups(&mut m, groups);
    m
});

/// The cues of a folded text, one slot per word: the cue starting at that word and the
/// number of words it spans. Arabic text has its own cues over the shared ones.
pub(crate) fn tag(folded: &Folded, original: &str, arabic: bool) -> Vec<Option<(Cue, usize)>> {
    let mut tags = vec![None; folded.len()];
    if arabic {
        for m in arabic::CUES.find_all(folded, original) {
            if let Some(cue) = m.values.first() {
                tags[m.words.start] = Some((**cue, m.words.len()));
            }
        }
    }
    for m in CUES.find_all(folded, original) {
        if tags[m.words.start].is_some() {
            continue;
        }
        // The first value inserted for a phrase wins: see the order in CUES.
        if let Some(cue) = m.values.first()
            && !conversation(folded, m.words.start)
            && !(**cue == Cue::AccordingTo && seems(folded, m.words.end))
        {
            tags[m.words.start] = Some((**cue, m.words.len()));
        }
    }
    tags
}

/// True when "گفت" at word `i` begins the noun "گفت‌وگو" (a conversation), however it is
/// spaced: "گفت‌وگو", "گفت وگوها", "گفت و گو".
fn conversation(folded: &Folded, i: usize) -> bool {
    let word = |j: usize| if j < folded.len() { folded.word(j) } else { "" };
    word(i) == "گفت"
        && (word(i + 1).starts_with("وگو") || (word(i + 1) == "و" && word(i + 2).starts_with("گو")))
}

/// True when the words from `i` are "می‌رسد" or "رسید" after "به نظر": "it seems", no one's
/// view.
fn seems(folded: &Folded, i: usize) -> bool {
    let word = |j: usize| if j < folded.len() { folded.word(j) } else { "" };
    word(i).starts_with("رسید")
        || word(i).starts_with("میرس")
        || (word(i) == "می" && word(i + 1).starts_with("رس"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<(String, Cue)> {
        cues_in(text, false)
    }

    fn cues_in(text: &str, arabic: bool) -> Vec<(String, Cue)> {
        let f = Folded::new(text);
        tag(&f, text, arabic)
            .into_iter()
            .enumerate()
            .filter_map(|(i, t)| {
                t.map(|(c, n)| ((i..i + n).map(|w| f.word(w)).collect::<Vec<_>>().join(" "), c))
            })
            .collect()
    }

    #[test]
    fn speech_verbs_are_found_in_every_script_and_spelling() {
        assert_eq!(
            cues("he pointed out"),
            [("he".into(), Cue::Pronoun), ("pointed out".into(), Cue::Speech)]
        );
        // With and without ZWNJ, and with hamza on alef.
        assert_eq!(cues("می‌گوید"), [("می گوید".into(), Cue::Speech)]);
        assert_eq!(cues("تأکید کرد"), [("تاکید کرد".into(), Cue::Speech)]);
        assert_eq!(cues_in("وأضاف", true), [("واضاف".into(), Cue::Speech)]);
        // "گفت‌وگو" is a conversation, however it is spaced; "گفت" alone is "said".
        for noun in ["در گفت‌وگو با", "این گفت وگوها را", "در گفت و گو با"]
        {
            assert!(cues(noun).iter().all(|(_, c)| *c != Cue::Speech), "{noun}");
        }
        assert_eq!(cues("وی گفت"), [("وی".into(), Cue::Pronoun), ("گفت".into(), Cue::Speech)]);
        // "به نظر می‌رسد" is "it seems"; "به نظر وی" is "in his view".
        assert!(cues("به نظر می‌رسد که").iter().all(|(_, c)| *c != Cue::AccordingTo));
        assert!(cues("به نظر رسید").iter().all(|(_, c)| *c != Cue::AccordingTo));
        assert_eq!(cues("به نظر وی")[0], ("به نظر".into(), Cue::AccordingTo));
    }
}
