//! Speakers found with an empty registry, one test per form of attribution and per rule
//! for naming one person, each with the case that must not be taken. The articles are
//! written for these tests in the style of English and Persian newswire.

use super::QuoteKind::{Direct, Partial, Reported};
use super::tests::quotes_in;

fn en(body: &str) -> Vec<(super::QuoteKind, String, String)> {
    quotes_in("", "en", "2024-05-01", body)
}

fn fa(body: &str) -> Vec<(super::QuoteKind, String, String)> {
    quotes_in("", "fa", "2024-05-01", body)
}

/// The speakers of the reported statements found in English `body`, in order.
fn reported(body: &str) -> Vec<String> {
    en(body).into_iter().filter(|(k, ..)| *k == super::QuoteKind::Reported).map(|(_, who, _)| who).collect()
}

/// The speakers of the quotes found, in order.
fn speakers(found: &[(super::QuoteKind, String, String)]) -> Vec<&str> {
    found.iter().map(|(_, who, _)| who.as_str()).collect()
}

#[test]
fn a_surname_alone_is_the_full_name_the_article_gave() {
    let found = en("Governor Mara Ellison toured the flooded valley on Sunday.\n\n\
         “We will rebuild every bridge,” Ellison said.");
    assert_eq!(speakers(&found), ["=Mara Ellison"]);
}

#[test]
fn a_capitalised_word_opening_a_sentence_is_not_a_name() {
    // "Reports" is written in lower case elsewhere: it names no one.
    let found = en("Prices rose again in March, and reports expect more.\n\n\
         Reports said the rise would slow “once the harvest comes in and the ports reopen”.");
    assert!(found.iter().all(|(_, who, _)| who != "=Reports"), "{found:?}");
}

#[test]
fn honorifics_and_abbreviated_titles_lead_to_the_name() {
    let found = en("The committee met on Tuesday.\n\n\
         “I disagree with every word of it,” Mr. Harlan said.\n\n\
         “This is a waste of everyone's time,” said Del. Omar Fitch.\n\n\
         “Nobody asked the families,” Sen. Ada Ward (D-Ore.) said on Monday.");
    assert_eq!(speakers(&found), ["=Harlan", "=Omar Fitch", "=Ada Ward"]);
}

#[test]
fn the_speaker_after_the_verb_and_after_an_apposition() {
    let found = en("Tenants gathered outside city hall.\n\n\
         “We will keep going until the rents come down,” said Lena Ortiz of the tenants' union.\n\n\
         “The plan was never funded,” Paul Greer, a former budget official, said on Friday.\n\n\
         “It will pass,” Texas-based pollster Ruth Kemp said.");
    assert_eq!(speakers(&found), ["=Lena Ortiz", "=Paul Greer", "=Ruth Kemp"]);
}

#[test]
fn a_quotation_whose_own_verb_names_no_one_is_not_the_last_speakers() {
    let found = en("“The water is rising fast,” said Lena Ortiz.\n\n\
         “We saw smoke over the ridge before dawn,” someone in the crowd shouted back.");
    assert_eq!(speakers(&found)[0], "=Lena Ortiz");
    assert_ne!(found.get(1).map(|f| f.1.as_str()), Some("=Lena Ortiz"), "{found:?}");
}

#[test]
fn a_description_is_kept_as_written_and_names_no_person() {
    let found = en("Aid trucks waited at the border.\n\n\
         “The crossing will stay open for aid,” a border police official said.");
    assert_eq!(
        found,
        [(Direct, "=a border police official".into(), "The crossing will stay open for aid".into())]
    );
}

#[test]
fn reported_speech_after_a_clause_and_according_to() {
    let found = en("The storm reached the coast overnight.\n\n\
         Two bridges were closed to traffic, officials said.\n\n\
         According to the weather service, the rain will ease by Thursday.");
    assert_eq!(
        found,
        [
            (Reported, "=officials".into(), "Two bridges were closed to traffic".into()),
            (Reported, "=the weather service".into(), "the rain will ease by Thursday.".into()),
        ]
    );
}

#[test]
fn persian_subject_as_written_then_by_pronoun() {
    let found = fa(
        "به گزارش خبرگزاری نمونه، کامران سپهری صبح امروز در نشست خبری گفت: شهر ما به پارک‌های بیشتری نیاز دارد.\n\n\
         وی افزود: بودجه این طرح از سال گذشته آماده شده است.\n\n\
         سخنگوی شهرداری نیز اظهار داشت: کار ساخت از ماه آینده شروع می‌شود.",
    );
    assert_eq!(speakers(&found), ["=کامران سپهری", "=کامران سپهری", "=سخنگوی شهرداری"]);
}

#[test]
fn persian_speaker_across_a_question_and_a_name_in_marks() {
    let found = fa("«لیلا توانا» در گفت‌وگو با خبرنگاران گفت: مدرسه‌های تازه تا پاییز آماده می‌شوند.\n\n\
         وی در پاسخ به این سؤال که آیا بودجه کافی است؟ گفت: بودجه امسال دو برابر شده است.");
    assert_eq!(speakers(&found), ["=لیلا توانا", "=لیلا توانا"]);
    assert!(found.iter().all(|(_, _, text)| text != "لیلا توانا"), "a name in marks is no quote: {found:?}");
}

#[test]
fn persian_statement_before_the_colon_is_reported_by_the_same_speaker() {
    let found =
        fa("کامران سپهری با بیان اینکه ساخت پارک‌ها از بهار آغاز می‌شود، افزود: همه ساکنان باید مشارکت کنند.");
    assert_eq!(
        found,
        [
            (Reported, "=کامران سپهری".into(), "ساخت پارک‌ها از بهار آغاز می‌شود".into()),
            (Direct, "=کامران سپهری".into(), "همه ساکنان باید مشارکت کنند.".into()),
        ]
    );
}

#[test]
fn a_persian_opening_phrase_without_speech_is_never_the_focus() {
    // The second paragraph opens with a phrase but says nothing: "وی" is still the
    // speaker of the first.
    let found = fa("کامران سپهری گفت: کار از فردا آغاز می‌شود.\n\n\
         ساکنان محله جدید از این خبر استقبال کردند.\n\n\
         وی افزود: هزینه‌ها را شهرداری می‌پردازد.");
    assert_eq!(speakers(&found), ["=کامران سپهری", "=کامران سپهری"]);
}

#[test]
fn apostrophe_names_adverbs_and_long_titles() {
    let found = en("Senate Majority Leader Tomas Reyes opened the session.\n\n\
         “We have the votes,” Reyes said.\n\n\
         “Not going to go into that,” O’Brien answered.\n\n\
         “I hate to admit it, but they were right,” Reyes jokingly said.");
    assert_eq!(speakers(&found), ["=Tomas Reyes", "=O’Brien", "=Tomas Reyes"]);
    // An adverb is not part of the name, and a lower-case word before the verb is no name.
    let found = en("“Prices will fall,” officials briefly said.");
    assert!(found.iter().all(|(_, who, _)| !who.contains("briefly")), "{found:?}");
}

#[test]
fn a_comma_before_the_verb_puts_the_speaker_after_it() {
    let found = en("The port reopened after a week.\n\n\
         The company has handled the unions with “great patience and little money” in its talks with Northern Europe, said Ines Morel, a shipping analyst.");
    assert_eq!(speakers(&found), ["=Ines Morel"]);
}

#[test]
fn a_name_before_a_second_speech_verb_is_its_speaker() {
    let found = en("Governor Mara Ellison and Senator Paul Greer debated on Tuesday.\n\n\
         Ellison said the bridges were safe, to which Greer interjected: “That is simply not true.”");
    assert_eq!(speakers(&found), ["=Paul Greer"]);
    // With one verb, the clause's subject stays the speaker.
    let found = en("Governor Mara Ellison and Senator Paul Greer debated on Tuesday.\n\n\
         Ellison, answering Greer, said: “The bridges are safe.”");
    assert_eq!(speakers(&found), ["=Mara Ellison"]);
}

#[test]
fn a_transcript_gives_one_quote_per_turn_and_a_dateline_is_no_speaker() {
    let found = en("Governor Mara Ellison spoke to host Tom Reddy on Sunday.\n\n\
         REDDY: Will the bridges reopen this month?\n\n\
         ELLISON: They will. The first two open on Friday.\n\n\
         MOSS: A caller asks about the cost.");
    assert_eq!(speakers(&found), ["=Tom Reddy", "=Mara Ellison", "=Moss"]);
    assert_eq!(found[1].2, "They will. The first two open on Friday.");
    let found = en("TEHRAN: The talks resumed on Monday after a week's pause, officials said.");
    assert_eq!(
        found,
        [(Reported, "=officials".into(), "The talks resumed on Monday after a week's pause".into())]
    );
}

#[test]
fn plural_descriptions_report_speech_and_that_may_be_the_subject() {
    let found = en("The storm hit the coast on Monday.\n\n\
         Some party strategists said none of the plans will work before the vote.\n\n\
         Lawyers and insurance experts said that is highly unlikely.");
    assert_eq!(
        found,
        [
            (
                Reported,
                "=Some party strategists".into(),
                "none of the plans will work before the vote.".into()
            ),
            (Reported, "=Lawyers and insurance experts".into(), "that is highly unlikely.".into()),
        ]
    );
    // "that" opening what was said stays out of it.
    let found = en("Harbour officials said that the storm had passed.");
    assert_eq!(found, [(Reported, "=Harbour officials".into(), "the storm had passed.".into())]);
}

#[test]
fn persian_clause_right_after_the_verb_is_reported_speech() {
    let found = fa("کامران سپهری روز دوشنبه اعلام کرد ساخت پارک‌ها از بهار آغاز می‌شود.\n\n\
         برخی از این مقامات اعلام کردند: بودجه کافی نیست.");
    assert_eq!(
        found,
        [
            (Reported, "=کامران سپهری".into(), "ساخت پارک‌ها از بهار آغاز می‌شود.".into()),
            (Direct, "=برخی از این مقامات".into(), "بودجه کافی نیست.".into()),
        ]
    );
    // "گفت‌وگو" (a conversation) is no speech verb followed by a clause: what is reported
    // is the news "خبر داد" gives of its object.
    let found = fa("کامران سپهری در گفت‌وگو با تلویزیون محلی از طرح تازه شهر خبر داد.");
    assert_eq!(found, [(Reported, "=کامران سپهری".into(), "طرح تازه شهر".into())]);
}

#[test]
fn the_subject_as_written_reports_speech_and_a_pronoun_for_no_one_does_not() {
    let found = en("The ferry company said it was still losing money on every crossing.\n\n\
         Forty percent of the members said they would strike in May.");
    assert_eq!(speakers(&found), ["=The ferry company", "=Forty percent of the members"], "{found:?}");
    assert_eq!(found[0].2, "it was still losing money on every crossing.");
    // "It" and "they" name no one; a phrase opening with "if" or holding a verb is no subject.
    let found = en("It said the plan was dead.\n\n\
         They said the plan was dead.\n\n\
         If the court says the law stands, the ferry plan dies.\n\n\
         The early count in the north said little about the race.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_verb_of_belief_reports_a_clause_but_not_a_noun() {
    let found = en("Ada Ward believes the vote was rigged in the north.\n\n\
         Ada Ward knows the city well.\n\n\
         Harbour inspectors found that two cranes had failed.\n\n\
         Harbour inspectors found a crane near the gate.

\
         Ada Ward went on strike to assert her rights and won a pay rise.");
    assert_eq!(
        found,
        [
            (Reported, "=Ada Ward".into(), "the vote was rigged in the north.".into()),
            (Reported, "=Harbour inspectors".into(), "two cranes had failed.".into()),
        ]
    );
}

#[test]
fn the_person_told_comes_before_what_was_said() {
    let found = en("Tom Westbrook told reporters he planned to stay neutral.\n\n\
         Tom Westbrook told The Courier the race was far from over.\n\n\
         Tom Westbrook told the story of the ferry to the children.");
    assert_eq!(
        found,
        [
            (Reported, "=Tom Westbrook".into(), "he planned to stay neutral.".into()),
            (Reported, "=Tom Westbrook".into(), "the race was far from over.".into()),
        ]
    );
}

#[test]
fn a_participle_a_second_verb_and_a_relative_keep_their_subject() {
    let found = en("The drivers’ union responded on Friday, saying the drivers had not been paid.\n\n\
         Ada Ward left the hearing and said the board would meet again.\n\n\
         The plan was backed by Tom Lisle, who said it would save money.");
    assert_eq!(speakers(&found), ["=The drivers’ union", "=Ada Ward", "=Tom Lisle"], "{found:?}");
    assert_eq!(found[0].2, "the drivers had not been paid.");
}

#[test]
fn whoever_an_inverted_verb_introduces_is_the_speaker_up_to_a_relative_clause() {
    let found = en("The harbour was quiet on Sunday.\n\n\
         “The port will not reopen before spring,” said a union organiser who spoke on the condition of anonymity.\n\n\
         “Nobody came to help,” said one fisherman familiar with the rescue, who added that the crews were tired.\n\n\
         “Boats are cheaper than bridges,” reads an editorial in The Coastal Courier.");
    assert_eq!(
        speakers(&found),
        [
            "=a union organiser",
            "=one fisherman familiar with the rescue",
            "=an editorial in The Coastal Courier"
        ],
        "{found:?}"
    );
    // After the verb, a time or place is no speaker.
    let found = en("“The port will not reopen before spring,” said on Sunday in the harbour office.");
    assert_eq!(speakers(&found), ["~"], "{found:?}");
}

#[test]
fn initials_a_long_description_and_a_verb_after_it_keep_the_speaker() {
    let found = en("The bridge was closed.\n\n\
         “The bridge is safe for now,” P. Harlan Moss, director of the Coastal Safety Board, said in an interview.\n\n\
         “By March we had no fuel left,” the ferry company’s operations manager, Tom Lisle, said.\n\n\
         A spokesman for the ferry line declined to comment on the report but said in a statement that “every vessel passed its inspection last year.”");
    assert_eq!(
        speakers(&found),
        ["=P. Harlan Moss", "=Tom Lisle", "=A spokesman for the ferry line"],
        "{found:?}"
    );
}

#[test]
fn a_persian_judgement_of_a_marked_object_is_reported_speech() {
    let found = fa("سخنگوی وزارت خارجه این دیدار را گامی مهم برای صلح منطقه دانست.\n\n\
         این در حالی است که «آرش نیکو» وزیر خارجه کشور نمونه روز دوشنبه کشور همسایه را به نقض پیمان مرزی متهم کرد.");
    assert_eq!(
        found,
        [
            (Reported, "=سخنگوی وزارت خارجه".into(), "این دیدار را گامی مهم برای صلح منطقه".into()),
            (Reported, "=آرش نیکو".into(), "روز دوشنبه کشور همسایه را به نقض پیمان مرزی".into()),
        ]
    );
    // Without "را" a verb of naming states no judgement ("what he called ...").
    let found = fa("نخست‌وزیر به خاطر آنچه دخالت همسایه نامید تحریم تازه‌ای اعلام کرد.");
    assert!(found.iter().all(|(kind, _, text)| *kind != Reported || !text.contains("دخالت")), "{found:?}");
}

#[test]
fn one_capitalised_word_and_a_comma_open_the_clause_unless_the_article_names_it() {
    let found = en("Ada Ward chairs the harbour board.\n\n\
         Frustrated, Ada Ward said the council was “a circus run by clowns” and left.\n\n\
         Ward, who has run the board since May, said: “We will rebuild the pier.”");
    assert_eq!(speakers(&found), ["=Ada Ward", "=Ada Ward"], "{found:?}");
}

#[test]
fn an_aside_or_a_word_of_belief_before_that_still_reports_the_clause() {
    let found = en("Nell Ostrander believes, for example, that the ferry should run all night.\n\n\
         Several harbour experts suggest however that the pier cannot be saved.\n\n\
         The union’s president expressed concern that some members could lose their jobs.\n\n\
         Board members remain confident that they can keep the ferry running.");
    assert_eq!(
        speakers(&found),
        ["=Nell Ostrander", "=Several harbour experts", "=The union’s president", "=Board members"],
        "{found:?}"
    );
    assert_eq!(found[2].2, "some members could lose their jobs.");
    // A comma after the verb that opens no aside ending in "that" leaves the clause alone.
    let found = en("Nell Ostrander believes, as ever, in the ferry.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_participle_after_a_quotation_reports_the_clause_by_its_speaker() {
    let found = en(
        "“The fares are too high,” Tom Lisle said, suggesting that a cheaper ticket could fill the boats.",
    );
    assert_eq!(
        found,
        [
            (Direct, "=Tom Lisle".into(), "The fares are too high".into()),
            (Reported, "=Tom Lisle".into(), "a cheaper ticket could fill the boats.".into()),
        ]
    );
}

#[test]
fn after_a_document_is_quoted_a_pronoun_names_no_one() {
    let found = fa("کامران سپهری صبح امروز گفت: شهر ما به پارک‌های بیشتری نیاز دارد.\n\n\
         بیانیه شهرداری اعلام کرد: «هزینه طرح از برآورد نخست بیشتر شده است.»\n\n\
         وی افزود: «کار ساخت از ماه آینده شروع می‌شود.»");
    assert_eq!(speakers(&found), ["=کامران سپهری", "=بیانیه شهرداری", "~"], "{found:?}");
    // After a person, the pronoun is theirs.
    let found = en("Mayor Lena Kovac spoke on Monday.\n\n\
         “The bridge opens in June,” Kovac said.\n\n\
         “It is on budget,” she added.");
    assert_eq!(speakers(&found), ["=Lena Kovac", "=Lena Kovac"]);
    let found = en("Mayor Lena Kovac spoke on Monday.\n\n\
         “Costs have risen by a third,” the council's report said.\n\n\
         “It is on budget,” she added.");
    assert_eq!(speakers(&found), ["=the council's report", "~"], "{found:?}");
}

#[test]
fn words_in_marks_after_a_verb_of_naming_or_judging_are_a_partial_quote_by_its_subject() {
    let found = en("Mayor Lena Kovac called the ferry contract “a gift to the owners” on Monday.\n\n\
         Councillor Ruth Kemp condemned the new toll on the bridge as “unfair and rushed”.\n\n\
         Kovac later dismissed the complaint as a “political stunt by the opposition”.\n\n\
         Tom Lisle, who ran the port for a decade, was blunt about what he called “the slow death of the docks.”\n\n\
         Kemp left the meeting early, calling the vote “a done deal”.");
    assert_eq!(
        found,
        [
            (Partial, "=Lena Kovac".into(), "a gift to the owners".into()),
            (Partial, "=Ruth Kemp".into(), "unfair and rushed".into()),
            (Partial, "=Lena Kovac".into(), "political stunt by the opposition".into()),
            (Partial, "=Tom Lisle".into(), "the slow death of the docks.".into()),
            (Partial, "=Ruth Kemp".into(), "a done deal".into()),
        ],
        "{found:?}"
    );
}

#[test]
fn marks_after_a_verb_of_naming_with_no_speaker_near_it_are_a_label() {
    for text in [
        // The verb's subject is a thing, or there is none.
        "A charity called “Safe Harbours for All” runs the shelter.",
        "The scheme is what planners have called “a green corridor to the sea”.",
        // Words held up for ridicule are someone else's.
        "Lena Kovac mocked what she called the “finest ferry service in the north”.",
    ] {
        let found = en(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // The marks are far from the verb: someone else's words, inside her request.
    let text = "Lena Kovac called on the council to fund the shelters and to close what critics call the “harbour loophole” at once.";
    let found = en(text);
    assert!(found.iter().all(|(kind, ..)| *kind == Reported), "{text}: {found:?}");
    // One word in marks right after the verb and its object is the judgement of whoever
    // made it.
    let found = en("Lena Kovac called the plan “reckless”.");
    assert_eq!(found, [(Partial, "=Lena Kovac".into(), "reckless".into())], "{found:?}");
    // A speech verb after the marks names whose words they are, not the judging clause's
    // subject.
    let found = en("Many voters saw the tax as “a burden on every family,” Tom Lisle said.");
    assert_eq!(found, [(Direct, "=Tom Lisle".into(), "a burden on every family".into())], "{found:?}");
}

#[test]
fn a_reflexive_after_the_name_a_quoting_participle_and_a_noun_of_position_keep_the_speaker() {
    let found = en("Ruth Kemp toured the port.\n\n\
         Kemp herself said Tuesday that “the only way to win is to knock on every door.”\n\n\
         Tom Lisle, citing “the unique charm of the old pier,” said the council could still win.\n\n\
         Nell Ostrander has taken the position common among harbour pilots: “I back the ferry, but not the fare rise.”");
    // Lisle's quotation, then the clause after his "said" (reported), then Ostrander's.
    assert_eq!(speakers(&found), ["=Ruth Kemp", "=Tom Lisle", "=Tom Lisle", "=Nell Ostrander"], "{found:?}");
    // The clause after "said" is what Lisle said, never the quotation's speaker.
    assert!(found.iter().all(|(_, who, _)| !who.contains("council")), "{found:?}");
}

#[test]
fn a_second_verb_a_possessive_description_and_a_participle_of_posting_keep_the_speaker() {
    let found = en("Mayor Lena Kovac spoke on Monday.\n\n\
         Kovac called on him to resign from the board and said, “His mind is gone!”\n\n\
         “We will build it,” Kovac's chief of staff, Tom Lisle, said in an interview.\n\n\
         Kovac offered a blunt retort on the ferry, tweeting at him, “you are not just wrong, you are late.”");
    assert_eq!(speakers(&found), ["=Lena Kovac", "=Tom Lisle", "=Lena Kovac"], "{found:?}");
    // A verb joined by "and" after a possessive is not the name's: her aide spoke.
    let found = en("Mayor Lena Kovac spoke on Monday.\n\n\
         Kovac's aide resigned on Tuesday and said, “The board never listened to anyone.”");
    assert!(found.iter().all(|(_, who, _)| who != "=Lena Kovac"), "{found:?}");
}

#[test]
fn a_speech_verb_that_a_colon_ends_introduces_the_next_quotation_not_the_one_before() {
    let found = en("Ruth Kemp and Nell Ostrander debated the schools plan.\n\n\
         After Ostrander said that pupils would do better at “smaller local schools,” Kemp said: “I do not agree with that at all.”");
    assert_eq!(
        found.last().map(|f| (f.1.as_str(), f.2.as_str())),
        Some(("=Ruth Kemp", "I do not agree with that at all."))
    );
    assert!(found.iter().all(|(_, who, text)| who != "=Ruth Kemp" || !text.contains("smaller")), "{found:?}");
}

#[test]
fn a_statement_then_its_speaker_after_a_comma_with_a_time_phrase_or_after_the_verb() {
    let found = en("Mayor Lena Kovac spoke on Monday.\n\n\
         The closures have hit the small ferry lines, she said on Tuesday.\n\n\
         The new quay will open in June, Kovac said in an interview.\n\n\
         The pier cannot be saved, said Tom Lisle, a harbour engineer.");
    assert_eq!(
        found,
        [
            (Reported, "=Lena Kovac".into(), "The closures have hit the small ferry lines".into()),
            (Reported, "=Lena Kovac".into(), "The new quay will open in June".into()),
            (Reported, "=Tom Lisle".into(), "The pier cannot be saved".into()),
        ]
    );
    // After "said", a name that a clause goes on from is what was said, and a subject with
    // its relative clause is the speaker, not a statement.
    for (text, subject) in [
        ("Tom Lisle, a harbour engineer, said Ada Ward would stay on.", "=Tom Lisle"),
        ("Ada Ward, who ran the port for years, said Tom Lisle “had saved the harbour.”", "=Ada Ward"),
    ] {
        let found = en(text);
        assert!(found.iter().all(|(_, who, _)| who == subject), "{text}: {found:?}");
    }
}

#[test]
fn words_in_marks_before_a_persian_verb_of_naming_are_a_partial_quote_by_the_clauses_subject() {
    let found = fa("کامران سپهری این طرح را «خیانتی آشکار به مردم» خواند.\n\n\
         آرش نیکو از آنچه «نقض آشکار پیمان مرزی» نامید انتقاد کرد.");
    assert_eq!(
        found,
        [
            (Partial, "=کامران سپهری".into(), "خیانتی آشکار به مردم".into()),
            (Partial, "=آرش نیکو".into(), "نقض آشکار پیمان مرزی".into()),
        ]
    );
    // One word in marks is a label, whoever chose it.
    assert!(fa("کامران سپهری این طرح را «خیانت» خواند.").iter().all(|(kind, _, _)| *kind != Partial));
}

#[test]
fn a_gerund_after_a_determiner_and_a_quantifier_with_of_open_a_statement_not_a_lead() {
    let found = en("Mayor Lena Kovac spoke on Monday.\n\n\
         The dredging will finish in June, Kovac said in an interview.\n\n\
         Many of the closures have hit the small ferry lines, she said.");
    assert_eq!(
        found,
        [
            (Reported, "=Lena Kovac".into(), "The dredging will finish in June".into()),
            (Reported, "=Lena Kovac".into(), "Many of the closures have hit the small ferry lines".into()),
        ]
    );
    // A participle that opens the sentence is still a lead, not a statement.
    let found = en("Speaking in Dover on Monday, Lena Kovac said the fares would fall.");
    assert!(found.iter().all(|(_, _, text)| !text.contains("Dover")), "{found:?}");
}

#[test]
fn a_name_and_one_past_verb_before_a_colon_introduce_that_persons_words() {
    let found = en("Mayor Lena Kovac was unmoved.\n\n\
         Kovac resisted: “Mayors do not have the power to suspend the harbour rules.”");
    assert_eq!(speakers(&found), ["=Lena Kovac"], "{found:?}");
    // Words that are no name before the verb leave the quotation unattributed.
    let found = en("Residents bristled: “Nobody asked us about the new fares at all.”");
    assert!(found.iter().all(|(_, who, _)| who == "~"), "{found:?}");
}

#[test]
fn a_connective_set_off_by_a_comma_opens_the_clause_and_is_never_its_speaker() {
    let found = reported(
        "Essentially, the mayor's lawyers looked through the files and found that one came from a private address.",
    );
    assert_eq!(found, ["=the mayor's lawyers"]);
    assert_eq!(
        reported("Separately, the harbour master said that the port would close."),
        ["=the harbour master"]
    );
    // A name with an apposition after it is no connective, and the apposition no speaker.
    let found = reported("Connolly, the harbour master, said that the port would close.");
    assert!(found.iter().all(|who| !who.contains("harbour master")), "{found:?}");
}

#[test]
fn a_pronoun_no_name_resolves_is_no_speaker_as_written() {
    let found =
        en("Tom Harrow set the bar high for his party. He suggested that a loss would end the campaign.");
    assert!(found.iter().all(|(_, who, _)| who != "=He"), "{found:?}");
    // Resolved by the quote before it, the pronoun is that speaker.
    let found =
        en("“We will win the county,” Tom Harrow said. He suggested that a loss would end the campaign.");
    assert_eq!(speakers(&found), ["=Tom Harrow", "=Tom Harrow"]);
}

#[test]
fn a_name_that_ends_a_phrase_set_off_by_commas_is_not_its_verb_s_speaker() {
    for body in [
        "The survey, conducted for the advocacy group Harbour's Voice, also found that support rose to 19 percent.",
        "The report, written for the Harbour Board by Tom Lisle, found that the port would close for a week.",
    ] {
        let found = en(body);
        assert!(
            found.iter().all(|(_, who, _)| !who.contains("Voice") && !who.contains("Lisle")),
            "{found:?}"
        );
    }
    // A name that is all of the phrase, an apposition, is the speaker.
    let found = en("The mayor's aide, Tom Lisle, said that the port would close for a week.");
    assert_eq!(speakers(&found), ["=Tom Lisle"]);
}

#[test]
fn a_pronoun_of_another_gender_than_the_honorific_gives_is_not_that_person() {
    // "Ms. Ward" is a woman: "He" after her quote is someone the text does not name.
    let found = en("“We will rebuild,” Ms. Ward said. He added that the bridge would open in May.");
    assert_eq!(speakers(&found), ["=Ward"]);
    let found =
        en("“We will rebuild,” said spokeswoman Ada Ward. He added that the bridge would open in May.");
    assert_eq!(speakers(&found), ["=Ada Ward"]);
    // The pronoun that agrees, or one the text gives no gender to check against, is hers.
    let found = en("“We will rebuild,” Ms. Ward said. She added that the bridge would open in May.");
    assert_eq!(speakers(&found), ["=Ward", "=Ward"]);
    let found = en("“We will rebuild,” Ada Ward said. He added that the bridge would open in May.");
    assert_eq!(speakers(&found), ["=Ada Ward", "=Ada Ward"]);
    // A surname both honorifics give ("Mr. Clinton", "Mrs. Clinton") has no gender.
    let found = en("“We will rebuild,” Mr. Clinton said. Mrs. Clinton was there too. \
         She added that the bridge would open in May.");
    assert_eq!(speakers(&found), ["=Clinton", "=Clinton"]);
}

#[test]
fn an_organisation_is_never_he_or_she() {
    for body in [
        "“We will rebuild,” the Harbour Board said. She added that the bridge would open in May.",
        "“We will rebuild,” the Ministry of Transport said. He added that the bridge would open in May.",
    ] {
        let found = en(body);
        assert_eq!(found.len(), 1, "{found:?}");
    }
    // A person in the same place is.
    let found = en("“We will rebuild,” Ada Ward said. She added that the bridge would open in May.");
    assert_eq!(speakers(&found), ["=Ada Ward", "=Ada Ward"]);
}

#[test]
fn a_name_after_a_comma_and_a_conjunction_speaks_for_its_own_clause() {
    let found = reported(
        "“The harbour is safe,” Tom Lisle said. He met the crew in 1996 at the harbour, and Ada Ward said it \
         is one of her favourite pictures.",
    );
    assert_eq!(found, ["=Ada Ward"]);
    // A pronoun in that clause stands for the focus, as anywhere.
    let found = reported(
        "“The harbour is safe,” Tom Lisle said. He met the crew in 1996 at the harbour, and he said it is \
         one of his favourite pictures.",
    );
    assert_eq!(found, ["=Tom Lisle"]);
}

#[test]
fn a_pronoun_in_a_sentence_a_name_opens_stands_for_that_name() {
    let found = reported(
        "“We will win,” Kim Novak said. Tom Lisle has criticised the new toll system, which he said runs \
         the risk of leaving drivers stranded.",
    );
    assert_eq!(found, ["=Tom Lisle"]);
    // Not when the name is of the other gender than the pronoun's.
    let found = reported(
        "“We will win,” Kim Novak said. Ms. Ada Ward has criticised the new toll system, which he said runs \
         the risk of leaving drivers stranded.",
    );
    assert!(found.iter().all(|who| who != "=Ada Ward"), "{found:?}");
}

#[test]
fn said_one_or_another_alone_describes_no_one() {
    for body in ["“It's all photos now,” said one.", "“It's all photos now,” said another."] {
        assert_eq!(speakers(&en(body)), ["~"], "{body}");
    }
    assert_eq!(speakers(&en("“It's all photos now,” said one resident.")), ["=one resident"]);
}
