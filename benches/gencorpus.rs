//! A deterministic synthetic corpus in mediabrief's content format, for benchmarks.
//!
//! `cargo bench --bench gencorpus -- <articles> <dir>` writes `<dir>/content/` (articles,
//! sources.yaml, entities.yaml, lexicon.yaml) and `<dir>/book.toml`. Articles are 400-800
//! words, English and Persian, from 24 outlets, spread over two years and clustered into
//! events of 1 to 6 reports; about one in ten carries an `event` key. Each holds quotes in
//! the styles the extractor reads (marks with "X said", colon speech, reported speech), and
//! names people and places of the registry. Each event also has what makes real events
//! distinct: a name of its own (a plan, a facility: `the Karomi plan`, `طرح کارومی`) and a
//! figure, which all its reports give. The same arguments always give the same bytes.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// A small, fast, seeded generator (SplitMix64): the corpus must not depend on a crate's
/// version of randomness.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

struct Person {
    id: &'static str,
    en: &'static str,
    fa: &'static str,
    role_en: &'static str,
    role_fa: &'static str,
}

const PEOPLE: &[Person] = &[
    Person {
        id: "aref",
        en: "Mohammad Aref",
        fa: "محمد عارف",
        role_en: "the foreign minister",
        role_fa: "وزیر امور خارجه",
    },
    Person {
        id: "sadri",
        en: "Leila Sadri",
        fa: "لیلا صدری",
        role_en: "the government spokeswoman",
        role_fa: "سخنگوی دولت",
    },
    Person {
        id: "karimi",
        en: "Hamid Karimi",
        fa: "حمید کریمی",
        role_en: "the oil minister",
        role_fa: "وزیر نفت",
    },
    Person {
        id: "haddad",
        en: "Samir Haddad",
        fa: "سمیر حداد",
        role_en: "the Lebanese prime minister",
        role_fa: "نخست وزیر لبنان",
    },
    Person {
        id: "nasser",
        en: "Omar Nasser",
        fa: "عمر ناصر",
        role_en: "the Egyptian envoy",
        role_fa: "فرستاده مصر",
    },
    Person {
        id: "vance",
        en: "Julia Vance",
        fa: "جولیا ونس",
        role_en: "the UN coordinator",
        role_fa: "هماهنگ کننده سازمان ملل",
    },
    Person {
        id: "tabrizi",
        en: "Reza Tabrizi",
        fa: "رضا تبریزی",
        role_en: "the parliament speaker",
        role_fa: "رئیس مجلس",
    },
    Person {
        id: "mansour",
        en: "Yusuf Mansour",
        fa: "یوسف منصور",
        role_en: "the Hamas official",
        role_fa: "مقام حماس",
    },
    Person {
        id: "okafor",
        en: "Grace Okafor",
        fa: "گریس اوکافور",
        role_en: "the EU envoy",
        role_fa: "نماینده اتحادیه اروپا",
    },
    Person {
        id: "rahimi",
        en: "Ali Rahimi",
        fa: "علی رحیمی",
        role_en: "the central bank governor",
        role_fa: "رئیس بانک مرکزی",
    },
    Person {
        id: "saleh",
        en: "Nadia Saleh",
        fa: "نادیا صالح",
        role_en: "the Qatari mediator",
        role_fa: "میانجی قطری",
    },
    Person {
        id: "brandt",
        en: "Karl Brandt",
        fa: "کارل برانت",
        role_en: "the German foreign minister",
        role_fa: "وزیر خارجه آلمان",
    },
];

const PLACES: &[(&str, &str, &str)] = &[
    ("tehran", "Tehran", "تهران"),
    ("gaza", "Gaza", "غزه"),
    ("beirut", "Beirut", "بیروت"),
    ("doha", "Doha", "دوحه"),
    ("cairo", "Cairo", "قاهره"),
    ("geneva", "Geneva", "ژنو"),
    ("baghdad", "Baghdad", "بغداد"),
    ("riyadh", "Riyadh", "ریاض"),
];

const TOPICS_EN: &[&str] = &[
    "the ceasefire talks", "the prisoner exchange", "humanitarian aid", "the nuclear file", "border trade",
    "the oil market", "reconstruction funds", "the refugee crisis", "water rights",
    "the electricity shortage",
];
const TOPICS_FA: &[&str] = &[
    "مذاکرات آتش بس", "تبادل زندانیان", "کمک های بشردوستانه", "پرونده هسته ای", "تجارت مرزی", "بازار نفت",
    "بودجه بازسازی", "بحران پناهجویان", "حقابه", "کمبود برق",
];
const FILLER_EN: &[&str] = &[
    "Officials from both sides described the talks as constructive and detailed.",
    "The meeting took place amid growing concern over the situation in the region.",
    "Diplomats familiar with the matter said further rounds were expected in the coming weeks.",
    "Analysts noted that the timing of the visit reflected shifting priorities.",
    "Previous rounds of negotiations had stalled over questions of sequencing and guarantees.",
    "The statement did not give details of any agreement reached during the session.",
    "Local media carried extensive coverage of the visit throughout the day.",
    "Several ministers attended the session, which lasted more than three hours.",
];
const FILLER_FA: &[&str] = &[
    "مقامات دو طرف این گفت وگوها را سازنده و مفصل توصیف کردند.",
    "این دیدار در شرایطی انجام شد که نگرانی ها درباره وضعیت منطقه رو به افزایش است.",
    "دیپلمات های آگاه گفتند دورهای بعدی در هفته های آینده برگزار خواهد شد.",
    "کارشناسان معتقدند زمان این سفر نشان دهنده تغییر اولویت هاست.",
    "دورهای پیشین مذاکرات بر سر ترتیب اقدامات و تضمین ها متوقف شده بود.",
    "در این بیانیه جزئیات توافق احتمالی اعلام نشد.",
    "رسانه های محلی در طول روز این سفر را به طور گسترده پوشش دادند.",
    "چند وزیر در این نشست که بیش از سه ساعت به طول انجامید حضور داشتند.",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let (Some(n), Some(dir)) = (args.first().and_then(|n| n.parse::<usize>().ok()), args.get(1)) else {
        eprintln!("usage: cargo bench --bench gencorpus -- <articles> <dir>");
        std::process::exit(2);
    };
    let dir = Path::new(dir);
    let articles = dir.join("content/articles");
    if dir.join("content").exists() {
        fs::remove_dir_all(dir.join("content")).expect("clear the old corpus");
    }
    fs::create_dir_all(&articles).expect("create content/articles");
    write_registries(dir);
    let mut rng = Rng(0x6d65_6469_6162_7269);
    let mut written = 0;
    let mut event = 0;
    while written < n {
        event += 1;
        // An event: a day in two years, two to four people, a place and a topic.
        let day = rng.below(730) as i64;
        let date = chrono::NaiveDate::from_ymd_opt(2022, 1, 1).expect("a date") + chrono::Duration::days(day);
        let cast: Vec<&Person> = (0..2 + rng.below(3)).map(|_| rng.pick(PEOPLE)).collect();
        let place = *rng.pick(PLACES);
        let topic = rng.below(TOPICS_EN.len());
        let detail = Detail::new(&mut rng);
        let reports = (1 + rng.below(6)).min(n - written);
        let pinned = rng.below(10) == 0;
        for r in 0..reports {
            let persian = rng.below(3) == 0;
            let date = date + chrono::Duration::days(rng.below(2) as i64);
            let source = rng.below(24);
            let id = format!("{date}-s{source:02}-e{event:05}-r{r}");
            let text = article(
                &mut rng,
                &cast,
                place,
                topic,
                &detail,
                persian,
                source,
                &date.to_string(),
                pinned.then_some(event),
            );
            fs::write(articles.join(format!("{id}.md")), text).expect("write an article");
            written += 1;
        }
    }
    eprintln!("wrote {written} articles in {event} events to {}", articles.display());
}

/// What only one event has: a name and words of its own, in both scripts, and a figure.
/// Reports of one event share them, as real reports share the facts they report.
struct Detail {
    en: String,
    fa: String,
    figure: usize,
    words: Vec<(String, String)>,
}

impl Detail {
    fn new(rng: &mut Rng) -> Detail {
        let (name, fa) = made_up_word(rng, 3);
        let mut chars = name.chars();
        let en =
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default();
        let words = (0..10)
            .map(|_| {
                let syllables = 2 + rng.below(2);
                made_up_word(rng, syllables)
            })
            .collect();
        Detail { en, fa, figure: 100 + rng.below(9900), words }
    }

    /// A sentence of the event's own words.
    fn sentence(&self, rng: &mut Rng, persian: bool) -> String {
        let mut w = |persian: bool| {
            let (en, fa) = &self.words[rng.below(self.words.len())];
            if persian { fa.clone() } else { en.clone() }
        };
        if persian {
            format!("گزارش ها از {} و {} و {} در کنار {} خبر دادند.", w(true), w(true), w(true), w(true))
        } else {
            format!("Reports mentioned the {} {}, the {} and the {}.", w(false), w(false), w(false), w(false))
        }
    }
}

/// A word of `syllables` syllables, in Latin and Persian letters.
fn made_up_word(rng: &mut Rng, syllables: usize) -> (String, String) {
    const SYLLABLES: [(&str, &str); 16] = [
        ("ka", "کا"),
        ("ro", "رو"),
        ("mi", "می"),
        ("ta", "تا"),
        ("sha", "شا"),
        ("vel", "ول"),
        ("dor", "در"),
        ("an", "ان"),
        ("is", "یس"),
        ("ur", "ور"),
        ("zen", "زن"),
        ("bal", "بال"),
        ("go", "گو"),
        ("pel", "پل"),
        ("nu", "نو"),
        ("far", "فر"),
    ];
    let (mut en, mut fa) = (String::new(), String::new());
    for _ in 0..syllables {
        let (e, f) = SYLLABLES[rng.below(SYLLABLES.len())];
        en.push_str(e);
        fa.push_str(f);
    }
    (en, fa)
}

#[allow(clippy::too_many_arguments)]
fn article(
    rng: &mut Rng,
    cast: &[&Person],
    place: (&str, &str, &str),
    topic: usize,
    detail: &Detail,
    persian: bool,
    source: usize,
    date: &str,
    event: Option<usize>,
) -> String {
    let (a, b) = (cast[0], cast[cast.len() - 1]);
    let mut out = String::new();
    let title = if persian {
        format!("دیدار {} و {} در {} درباره {} و طرح {}", a.fa, b.fa, place.2, TOPICS_FA[topic], detail.fa)
    } else {
        format!(
            "{} and {} discuss {} and the {} plan in {}",
            a.en, b.en, TOPICS_EN[topic], detail.en, place.1
        )
    };
    let _ = writeln!(out, "---\ntitle: \"{title}\"\nsource: outlet-{source:02}\npublished: {date}");
    let _ = writeln!(out, "language: {}", if persian { "fa" } else { "en" });
    if let Some(e) = event {
        let _ = writeln!(out, "event: event-{e:05}");
    }
    let _ = writeln!(out, "---\n");
    let target = 400 + rng.below(400);
    let mut words = 0;
    let mut p = 0;
    while words < target {
        let para = if p == 1 {
            detail_paragraph(detail, place, persian)
        } else {
            paragraph(rng, cast, place, topic, persian, p) + " " + &detail.sentence(rng, persian)
        };
        words += para.split_whitespace().count();
        out.push_str(&para);
        out.push_str("\n\n");
        p += 1;
    }
    out
}

/// The paragraph every report of an event has in some form: its name and its figure.
fn detail_paragraph(detail: &Detail, place: (&str, &str, &str), persian: bool) -> String {
    if persian {
        format!("طرح {} با بودجه {} میلیون دلار در {} مطرح شد.", detail.fa, detail.figure, place.2)
    } else {
        format!(
            "The {} plan, costed at {} million dollars, was put forward in {}.",
            detail.en, detail.figure, place.1
        )
    }
}

fn paragraph(
    rng: &mut Rng,
    cast: &[&Person],
    place: (&str, &str, &str),
    topic: usize,
    persian: bool,
    p: usize,
) -> String {
    let who = cast[p % cast.len()];
    let other = cast[(p + 1) % cast.len()];
    let filler = |rng: &mut Rng| if persian { *rng.pick(FILLER_FA) } else { *rng.pick(FILLER_EN) };
    let number = 10 + rng.below(90);
    match (persian, rng.below(5)) {
        (false, 0) => format!(
            "“We have agreed to continue the work on {} and to meet again in {} within {number} days,” {} said after meeting {}. {}",
            TOPICS_EN[topic],
            place.1,
            who.en,
            other.en,
            filler(rng)
        ),
        (false, 1) => format!(
            "{} added: The discussions in {} showed that progress on {} is possible if all sides keep their commitments. {}",
            who.en,
            place.1,
            TOPICS_EN[topic],
            filler(rng)
        ),
        (false, 2) => format!(
            "{}, {}, said that {number} proposals on {} had been examined in {}. {} {}",
            who.en,
            who.role_en,
            TOPICS_EN[topic],
            place.1,
            filler(rng),
            filler(rng)
        ),
        (false, _) => format!("{} {} {}", filler(rng), filler(rng), filler(rng)),
        (true, 0) => format!(
            "{} پس از دیدار با {} گفت: «ما توافق کردیم کار درباره {} را ادامه دهیم و ظرف {number} روز در {} دوباره دیدار کنیم». {}",
            who.fa,
            other.fa,
            TOPICS_FA[topic],
            place.2,
            filler(rng)
        ),
        (true, 1) => format!(
            "{} افزود: گفت وگوها در {} نشان داد که پیشرفت در {} ممکن است. {}",
            who.fa,
            place.2,
            TOPICS_FA[topic],
            filler(rng)
        ),
        (true, 2) => format!(
            "به گفته {} {number} پیشنهاد درباره {} در {} بررسی شد. {} {}",
            who.role_fa,
            TOPICS_FA[topic],
            place.2,
            filler(rng),
            filler(rng)
        ),
        (true, _) => format!("{} {} {}", filler(rng), filler(rng), filler(rng)),
    }
}

fn write_registries(dir: &Path) {
    let content = dir.join("content");
    let mut sources = String::from("# 24 outlets, half of them Persian-language.\n");
    for s in 0..24 {
        let _ = writeln!(
            sources,
            "outlet-{s:02}:\n  name: Outlet {s:02}\n  language: {}\n  kind: {}",
            if s % 2 == 0 { "en" } else { "fa" },
            ["state", "private", "state-affiliated", "aggregator"][s % 4]
        );
    }
    fs::write(content.join("sources.yaml"), sources).expect("sources.yaml");
    let mut entities = String::new();
    for p in PEOPLE {
        let _ = writeln!(
            entities,
            "{}:\n  name: {}\n  kind: person\n  aliases: [{}, {}]\n  roles: [\"{}\", \"{}\"]",
            p.id,
            p.en,
            p.en,
            p.fa,
            &p.role_en[4..],
            p.role_fa
        );
    }
    for (id, en, fa) in PLACES {
        let _ = writeln!(entities, "{id}:\n  name: {en}\n  kind: place\n  aliases: [{en}, {fa}]");
    }
    fs::write(content.join("entities.yaml"), entities).expect("entities.yaml");
    fs::write(
        content.join("lexicon.yaml"),
        "- term: ceasefire\n  variants: [ceasefire, truce, آتش بس]\n- term: aid\n  variants: [humanitarian aid, کمک های بشردوستانه]\n",
    )
    .expect("lexicon.yaml");
    fs::write(
        dir.join("book.toml"),
        "[book]\ntitle = \"Synthetic brief\"\nlanguage = \"en\"\nsrc = \"briefs\"\n\n[build]\ncreate-missing = false\nuse-default-preprocessors = false\n\n[output.html.search]\nenable = false\n\n[output.html.print]\nenable = false\n",
    )
    .expect("book.toml");
}
