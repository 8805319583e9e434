//! Quotes and reported speech in the everyday forms of English and Persian newswire, with
//! an empty registry: a speaker set off inside the statement, a clause right after the verb,
//! subjects that are figures, groups or people with an aside, two speakers in one
//! sentence, "As X put it", a charge after "accused ... of". Each form with the case that
//! must not be taken. The sentences are written for these tests.

use super::QuoteKind::{Direct, Partial, Reported};
use super::tests::quotes_in;

/// The reported statements of `body` in `language` as (speaker, text).
fn reported_in(language: &str, body: &str) -> Vec<(String, String)> {
    quotes_in("", language, "2024-05-01", body)
        .into_iter()
        .filter(|(k, ..)| *k == Reported)
        .map(|(_, who, text)| (who, text))
        .collect()
}

/// The reported statements of English `body`.
fn reported(body: &str) -> Vec<(String, String)> {
    reported_in("en", body)
}

/// The reported statements of Persian `body`.
fn reported_fa(body: &str) -> Vec<(String, String)> {
    reported_in("fa", body)
}

fn said(who: &str, text: &str) -> (String, String) {
    (format!("={who}"), text.to_owned())
}

/// Asserts that each of `reports` gives `who` its one reported statement, and each of
/// `nothing` none.
fn assert_reported_by(who: &str, reports: &[(&str, &str)], nothing: &[&str]) {
    for (body, text) in reports {
        assert_eq!(reported(body), [said(who, text)], "{body}");
    }
    for body in nothing {
        assert_eq!(reported(body), [], "{body}");
    }
}

#[test]
fn a_speaker_set_off_by_commas_inside_the_statement_says_all_of_it() {
    assert_eq!(
        reported("In the end, Mr. Halvorsen said, dock workers nearly always vote for the incumbent."),
        [said("Halvorsen", "In the end, dock workers nearly always vote for the incumbent.")]
    );
    assert_eq!(
        reported("The bridge repairs, city engineers said, were finished two weeks early."),
        [said("city engineers", "The bridge repairs were finished two weeks early.")]
    );
    // What follows the comma is no statement when it is a participle: that is added.
    assert_eq!(
        reported("The pier will close in May, Ada Ward said, adding that repairs would take a year."),
        [said("Ada Ward", "The pier will close in May"), said("Ada Ward", "repairs would take a year.")]
    );
    // A lead phrase alone says nothing; a lead and a clause do.
    assert_eq!(reported("Asked about the new pier, Professor Ward said nothing."), []);
    assert_eq!(
        reported("In all, though, the ferry lines keep prices down, Professor Ward said."),
        [said("Professor Ward", "In all, though, the ferry lines keep prices down")]
    );
}

#[test]
fn a_clause_right_after_the_verb_is_what_was_said_not_a_later_that() {
    assert_eq!(
        reported("Tessa Morland said she was asked to leave so that nobody saw the ledger."),
        [said("Tessa Morland", "she was asked to leave so that nobody saw the ledger.")]
    );
    // Past a time or a phrase set off by commas, the "that" opens it.
    assert_eq!(
        reported("Ada Ward said on Monday that the plan was dead."),
        [said("Ada Ward", "the plan was dead.")]
    );
    assert_eq!(
        reported("Ada Ward said, in a statement, that the plan was dead."),
        [said("Ada Ward", "the plan was dead.")]
    );
}

#[test]
fn figures_groups_and_people_close_to_something_are_subjects_as_written() {
    assert_eq!(
        reported("About four in 10 said they would vote for the levy."),
        [said("About four in 10", "they would vote for the levy.")]
    );
    assert_eq!(
        reported("People familiar with the negotiations said a deal could come by Friday."),
        [said("People familiar with the negotiations", "a deal could come by Friday.")]
    );
    assert_eq!(
        reported("But harbour pilots and fishing crews said that is highly unlikely."),
        [said("harbour pilots and fishing crews", "that is highly unlikely.")]
    );
    assert_eq!(
        reported("In fact, in the days after the storm, the ferry line said it believed the pier was safe."),
        [said("the ferry line", "it believed the pier was safe.")]
    );
    // "People" and "Some" alone describe no one.
    assert_eq!(reported("People said the toll was too high. Some said it was fair."), []);
}

#[test]
fn a_description_ends_before_its_own_verb_and_an_aside() {
    assert_eq!(
        reported("The mayor has rejected both plans, but says that the harbour needs a new pier."),
        [said("The mayor", "the harbour needs a new pier.")]
    );
    assert_eq!(
        reported(
            "The council's auditor -- who has read the accounts since March -- said the gap was larger."
        ),
        [said("The council's auditor", "the gap was larger.")]
    );
    // A name inside the aside is never the speaker.
    let found =
        reported("The auditor -- who began work under Director Ines Baptiste -- said the gap was larger.");
    assert!(found.iter().all(|(who, _)| !who.contains("Baptiste")), "{found:?}");
}

#[test]
fn an_age_or_a_relative_between_commas_leaves_the_name_its_speaker() {
    assert_eq!(
        reported("Jan Viser, 52, said the new parking rules had cost him customers."),
        [said("Jan Viser", "the new parking rules had cost him customers.")]
    );
    assert_eq!(
        reported("Piet Oduya, who runs a bakery near the square, said the rules had cost him customers."),
        [said("Piet Oduya", "the rules had cost him customers.")]
    );
}

#[test]
fn an_inverted_verb_before_a_description_and_a_full_name_gives_that_name() {
    assert_eq!(
        reported("Most of the ferry traffic has moved south, says harbour economist Lena Brask in Tromsø."),
        [said("Lena Brask", "Most of the ferry traffic has moved south")]
    );
    // A description with no full name after it, or a name the clause goes on after, is not.
    assert_eq!(
        reported("Most of the traffic has moved south, says new research by the Harbour Institute."),
        []
    );
    let found = reported("Most of the traffic has moved south, says economist Lena Brask would agree.");
    assert!(found.iter().all(|(who, _)| who != "=Lena Brask"), "{found:?}");
}

#[test]
fn a_second_speakers_clause_after_a_conjunction_is_theirs() {
    assert_eq!(
        reported("Ferry captains said the crossing was safe, but most passengers said they would wait."),
        [said("Ferry captains", "the crossing was safe"), said("most passengers", "they would wait.")]
    );
}

#[test]
fn a_pronoun_stands_for_the_name_that_opened_the_sentence_before() {
    assert_eq!(
        reported("Tom Lisle met the mayor on Monday. The toll will stay, he told reporters."),
        [said("Tom Lisle", "The toll will stay")]
    );
    assert_eq!(
        reported("Tom Lisle met the mayor on Monday. He said the toll will stay."),
        [said("Tom Lisle", "the toll will stay.")]
    );
    // Not a name the sentence denies ("Neither ... nor"), and not with no name at all.
    assert_eq!(reported("Neither Tom Lisle nor the mayor came. He said the toll will stay."), []);
    assert_eq!(reported("The toll will stay, he told the court in a filing."), []);
}

#[test]
fn a_belief_needs_someone_to_hold_it_and_a_claim_a_clause() {
    assert_eq!(reported("The trip suggests that the senator is looking ahead to the autumn."), []);
    assert_eq!(
        reported("Several analysts suggest that the senator is looking ahead to the autumn."),
        [said("Several analysts", "the senator is looking ahead to the autumn.")]
    );
    assert_eq!(reported("Ada Ward officially claimed the nomination on Tuesday."), []);
    assert_eq!(reported("Ada Ward claimed the vote was rigged."), [said("Ada Ward", "the vote was rigged.")]);
}

#[test]
fn as_a_name_put_it_gives_the_name_past_its_apposition() {
    let found = quotes_in(
        "",
        "en",
        "2024-05-01",
        "As Tom Lisle, professor of maritime law at Leeds, put it, “The pier is older than the town.”",
    );
    assert_eq!(found, [(Direct, "=Tom Lisle".into(), "The pier is older than the town.".into())]);
    // An apposition that ends in a place leaves the name before it the speaker.
    assert_eq!(
        reported("Ada Ward, of the Leeds harbour board, said the fees would rise."),
        [said("Ada Ward", "the fees would rise.")]
    );
}

#[test]
fn a_charge_after_accused_of_is_the_accusers_partial_quote() {
    let en = |body: &str| quotes_in("", "en", "2024-05-01", body);
    assert_eq!(
        en("Ada Ward accused the council of “wasting the harbour's money on studies nobody reads.”"),
        [(Partial, "=Ada Ward".into(), "wasting the harbour's money on studies nobody reads.".into())]
    );
    assert_eq!(
        en("Ada Ward accused the board of using “every winter for studies nobody reads.”"),
        [(Partial, "=Ada Ward".into(), "every winter for studies nobody reads.".into())]
    );
    // With the accuser further back, the clause's speaker; the quotation is still kept.
    assert_eq!(
        en("Harbour master Ada Ward, also speaking in Leeds, said the board was slow and accused it of \
            “wasting every winter on studies nobody reads.”"),
        [(Direct, "=Ada Ward".into(), "wasting every winter on studies nobody reads.".into())]
    );
    // Judged by no one ("was dismissed as"), the words in marks are a label.
    assert_eq!(en("The plan was dismissed as “a stunt for the cameras.”"), []);
}

#[test]
fn a_promise_or_a_threat_reports_what_the_subject_will_do() {
    assert_eq!(
        reported("Harbour pilots have vowed to block the new toll in every vote."),
        [said("Harbour pilots", "to block the new toll in every vote.")]
    );
    // Not inside a relative clause with no name before it.
    assert_eq!(
        reported("Editor's note: the mayor is a bully who has repeatedly pledged to close every pier."),
        []
    );
}

#[test]
fn a_verb_after_but_or_a_participle_after_any_verb_keeps_the_clauses_subject() {
    assert_eq!(
        reported("Ada Ward has disputed both figures, but says that the pier must close."),
        [said("Ada Ward", "the pier must close.")]
    );
    assert_eq!(
        reported("Some councillors have called for a new survey, saying the old one was rushed."),
        [said("Some councillors", "the old one was rushed.")]
    );
    // A lead phrase or a connective is never the speaker, nor a subject that holds no view.
    assert_eq!(reported("But, money aside, the toll rose in spring, saying little about the ferries."), []);
    assert_eq!(
        reported("Shortly after the storm, Tom Lisle issued a statement saying that the pier should close."),
        [said("Tom Lisle", "the pier should close.")]
    );
}

#[test]
fn a_subordinate_clause_before_the_subject_is_a_lead() {
    assert_eq!(
        reported("Unless the ferries return in May, strategists think that the port will shrink."),
        [said("strategists", "the port will shrink.")]
    );
}

#[test]
fn a_question_put_an_account_as_reported_by_and_a_day_before_that_are_statements() {
    assert_eq!(
        reported("The union asked the harbour board whether the new cranes would cost jobs."),
        [said("The union", "whether the new cranes would cost jobs.")]
    );
    assert_eq!(
        reported("Ada Ward asked if the ferries would run in winter."),
        [said("Ada Ward", "if the ferries would run in winter.")]
    );
    // A request is no question put.
    assert_eq!(reported("Ada Ward asked the board for a second survey."), []);
    assert_eq!(
        reported("As reported by the Harbour Gazette, the pier will close for a year."),
        [said("Harbour Gazette", "the pier will close for a year.")]
    );
    assert_eq!(
        reported("The Harbour Gazette reported Thursday that the pier will close."),
        [said("Harbour Gazette", "the pier will close.")]
    );
}

#[test]
fn the_person_told_may_be_a_group_in_lower_case() {
    assert_eq!(
        reported("Ada Ward told her audience they would not pay the toll."),
        [said("Ada Ward", "they would not pay the toll.")]
    );
    assert_eq!(
        reported("Ada Ward told the harbour committee that the pier was safe."),
        [said("Ada Ward", "the pier was safe.")]
    );
    // What she told them that is no clause is no statement.
    assert_eq!(reported("Ada Ward told the harbour committee a long story."), []);
}

#[test]
fn a_persian_verb_after_its_object_reports_the_object() {
    assert_eq!(
        reported_fa("شهردار بندر امروز از آغاز ساخت سه اسکله تازه خبر داد."),
        [said("شهردار بندر", "آغاز ساخت سه اسکله تازه")]
    );
    assert_eq!(
        reported_fa("رئیس اداره بنادر درباره خطر طوفان در سواحل جنوبی هشدار داد."),
        [said("رئیس اداره بنادر", "خطر طوفان در سواحل جنوبی")]
    );
    assert_eq!(
        reported_fa("ماهیگیران بندر خواستار توقف عوارض تازه شدند."),
        [said("ماهیگیران بندر", "توقف عوارض تازه")]
    );
    // Reports with no one named for them report no one's words.
    assert_eq!(reported_fa("گزارش ها از آغاز ساخت سه اسکله تازه خبر دادند."), []);
    // A comma of a list ends no lead phrase: its next name is never the speaker.
    let found =
        reported_fa("در جلسه دیروز مدیران اسکله شرقی، اسکله غربی و اسکله شمالی خواستار تعمیر موج‌شکن شدند.");
    assert!(found.iter().all(|(who, _)| !who.contains("غربی")), "{found:?}");
}

#[test]
fn a_source_after_according_to_in_any_script_is_no_quote() {
    assert_eq!(
        reported_fa("به عقیده کارشناسان بندر، عوارض تازه تا پایان سال تغییر نمی‌کند."),
        [said("کارشناسان بندر", "عوارض تازه تا پایان سال تغییر نمی‌کند.")]
    );
    let found =
        quotes_in("", "en", "2024-05-01", "According to “The Harbour Post”, the pier will close in May.");
    assert_eq!(found, [(Reported, "=Harbour Post".into(), "the pier will close in May.".into())]);
}

#[test]
fn a_verb_in_a_subordinate_clause_never_takes_the_sentences_subject() {
    let found = quotes_in(
        "",
        "en",
        "2024-05-01",
        "Mayor Ada Ward caused a stir when a fisherman asked, “Will you close the pier this winter?”",
    );
    assert!(found.iter().all(|(_, who, _)| !who.contains("Ward")), "{found:?}");
    let found = reported("Mayor Ada Ward caused a stir when a fisherman asked if she would close the pier.");
    assert!(found.iter().all(|(who, _)| !who.contains("Ward")), "{found:?}");
}

#[test]
fn the_person_told_before_a_setting_ends_the_attribution() {
    assert_eq!(
        reported(
            "Tom Lisle met the mayor. The harbour only did what other ports do, he told the court in a filing."
        ),
        [said("Tom Lisle", "The harbour only did what other ports do")]
    );
}

#[test]
fn a_persian_name_in_marks_after_the_agency_lead_or_a_connective_still_speaks() {
    let ports = "ساخت اسکله تا بهار تمام می‌شود.";
    for body in [
        "به گزارش خبرگزاری بندر، «آرش نیکو» معاون وزیر راه گفت که ساخت اسکله تا بهار تمام می‌شود.",
        "به گزارش خبرگزاری بندر، \"آرش نیکو\" معاون وزیر راه گفت که ساخت اسکله تا بهار تمام می‌شود.",
        "با این حال آرش نیکو به خبرنگاران گفت ساخت اسکله تا بهار تمام می‌شود.",
    ] {
        assert_eq!(reported_fa(body), [said("آرش نیکو", ports)], "{body}");
    }
    // A lead phrase that runs up to the speech verb leaves no one named.
    assert_eq!(reported_fa("به گزارش خبرگزاری بندر، گفت که ساخت اسکله تا بهار تمام می‌شود."), []);
}

#[test]
fn a_phrase_of_time_before_a_comma_is_a_lead() {
    assert_eq!(
        reported("Around that time, 47 percent said they would vote for the levy."),
        [said("47 percent", "they would vote for the levy.")]
    );
    assert_eq!(
        reported("Last week, harbour pilots said the channel was silting up."),
        [said("harbour pilots", "the channel was silting up.")]
    );
}

#[test]
fn a_persian_name_in_marks_inside_the_lead_phrase_is_no_quote() {
    assert_eq!(
        reported_fa(
            "به نوشته پایگاه «موج»، یک مقام ارشد بندر روز یکشنبه اعلام کرد ساخت اسکله تا بهار تمام می‌شود."
        ),
        [said("یک مقام ارشد بندر", "ساخت اسکله تا بهار تمام می‌شود.")]
    );
}

/// The quotations in marks of English `body` as (speaker, text).
fn direct(body: &str) -> Vec<(String, String)> {
    quotes_in("", "en", "2024-05-01", body)
        .into_iter()
        .filter(|(k, ..)| *k == Direct)
        .map(|(_, who, text)| (who, text))
        .collect()
}

#[test]
fn a_statement_its_attribution_cuts_is_one_quote() {
    // In the same sentence, whether the rest opens a sentence of its own or not.
    assert_eq!(
        direct("“After the storm,” Ada Ward said, “I rebuilt the pier in a year.”"),
        [said("Ada Ward", "After the storm, I rebuilt the pier in a year.")]
    );
    assert_eq!(
        direct("“The ferries,” said Ada Ward, “need the berth all winter.”"),
        [said("Ada Ward", "The ferries need the berth all winter.")]
    );
    // In the sentences after it, in the same paragraph.
    assert_eq!(
        direct("“The pier is safe,” Tom Lisle said. “Nobody doubts that.” “The ferry is the question.”"),
        [said("Tom Lisle", "The pier is safe. Nobody doubts that. The ferry is the question.")]
    );
    assert_eq!(
        direct("“Will it open?” Tom Lisle asked. “Not before May.”"),
        [said("Tom Lisle", "Will it open? Not before May.")]
    );
}

#[test]
fn quotes_of_another_speaker_or_another_paragraph_stay_apart() {
    assert_eq!(
        direct("“The pier is safe,” Tom Lisle said. “It is not,” Ada Ward said."),
        [said("Tom Lisle", "The pier is safe"), said("Ada Ward", "It is not")]
    );
    // A sentence of narrative between them ends the statement.
    assert_eq!(
        direct(
            "“The pier is safe,” Tom Lisle said. The council met on Monday. “It will reopen in May, \
             after the last inspection of the piles,” the council said."
        ),
        [
            said("Tom Lisle", "The pier is safe"),
            said("the council", "It will reopen in May, after the last inspection of the piles")
        ]
    );
    // A new paragraph is a quote of its own, by the same speaker.
    let found =
        direct("“The pier is safe,” Tom Lisle said.\n\n“Nobody doubts that, not even the harbour board.”");
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn an_outlet_or_a_person_that_reported_speaks_but_a_thing_reported_does_not() {
    assert_eq!(
        reported("The Harbour Post reported on Thursday that engineers are looking at the north piles."),
        [said("Harbour Post", "engineers are looking at the north piles.")]
    );
    assert_eq!(
        direct("“Ward argued that the fees pay for the dredging,” the Harbour Post reported Monday."),
        [said("Harbour Post", "Ward argued that the fees pay for the dredging")]
    );
    assert_eq!(reported("Two cases were reported in the port last week, and the clinic closed."), []);
    assert_eq!(reported("Tom Lisle reported the leak to the harbour board in March."), []);
    assert_eq!(reported("Reports of a deal spread on Monday, and the harbour board met."), []);
}

#[test]
fn a_source_after_the_quotation_or_a_setting_before_it_still_attributes() {
    assert_eq!(
        direct("“Engineers expect to finish the survey within weeks,” according to the Harbour Post."),
        [said("Harbour Post", "Engineers expect to finish the survey within weeks")]
    );
    assert_eq!(
        direct(
            "“Engineers expect to finish the survey within weeks,” according to Ada Ward, the harbour master."
        ),
        [said("Ada Ward", "Engineers expect to finish the survey within weeks")]
    );
    // There, an acronym the article writes nowhere else is the source's name.
    assert_eq!(
        direct("“Engineers expect to finish the survey within weeks,” according to CNN."),
        [said("CNN", "Engineers expect to finish the survey within weeks")]
    );
    assert_eq!(
        direct("Ada Ward said in the spring, when the storm hit the pier, “I did not order the closure.”"),
        [said("Ada Ward", "I did not order the closure.")]
    );
    // A verb with a statement of its own before the setting does not reach the quotation.
    assert_eq!(
        direct("Ada Ward said the pier was safe in the spring, when a fisherman shouted, “It is sinking!”"),
        [("~".to_owned(), "It is sinking!".to_owned())]
    );
}

#[test]
fn a_quotation_opening_the_next_paragraph_goes_on_with_who_just_spoke() {
    let after = |first: &str| {
        let body =
            format!("{first}\n\n“I am tired of the council hiding the cost of this pier from the town.”");
        direct(&body)
    };
    // After reported speech, or a statement issued.
    assert_eq!(
        after("Ada Ward, clearly angry, responded by pointing at the map, saying the council hid the cost."),
        [said("Ada Ward", "I am tired of the council hiding the cost of this pier from the town.")]
    );
    assert_eq!(
        after("The ferry company issued a statement on Monday apologizing to the fishermen."),
        [said("The ferry company", "I am tired of the council hiding the cost of this pier from the town.")]
    );
    // Not after a sentence of narrative, even one that follows reported speech.
    assert_eq!(
        after("Ada Ward said the council hid the cost. The harbour board met on Monday."),
        [(
            "~".to_owned(),
            "I am tired of the council hiding the cost of this pier from the town.".to_owned()
        )]
    );
    assert_eq!(
        after("The ferry company issued new timetables on Monday."),
        [(
            "~".to_owned(),
            "I am tired of the council hiding the cost of this pier from the town.".to_owned()
        )]
    );
}

#[test]
fn a_group_or_an_organisation_after_the_quotation_speaks_as_written() {
    assert_eq!(
        direct("“We will not pay the toll,” the ferry company said."),
        [said("the ferry company", "We will not pay the toll")]
    );
    assert_eq!(direct("“We will not pay the toll,” NATO said."), [said("NATO", "We will not pay the toll")]);
    assert_eq!(
        direct("“We will not pay the toll,” the FBI said in a statement."),
        [said("the FBI", "We will not pay the toll")]
    );
    // A pronoun no name resolves is no one, and a short quotation with no one named is
    // left out.
    assert_eq!(direct("“We will not pay the toll,” it said."), []);
}

#[test]
fn a_quotation_after_a_sentence_about_someone_in_the_same_paragraph_is_theirs() {
    let quote = "We need a pier that stays open through the whole winter, whatever it costs the town.";
    assert_eq!(
        direct(&format!("Ada Ward touted her record as the harbour's first woman master. “{quote}”")),
        [said("Ada Ward", quote)]
    );
    // Not when that sentence is about no one named, nor from the paragraph before.
    assert_eq!(
        direct(&format!("The pier closed in May after the storm. “{quote}”")),
        [("~".to_owned(), quote.to_owned())]
    );
    assert_eq!(
        direct(&format!(
            "Ada Ward touted her record as the harbour's first woman master.\n\nThe board met. “{quote}”"
        )),
        [("~".to_owned(), quote.to_owned())]
    );
}

#[test]
fn a_clause_that_where_or_a_second_that_opens_keeps_its_own_speaker() {
    // "where" opens a clause with its own subject, as "when" does.
    assert_eq!(
        direct("The row spread to the council, where Ada Ward said the toll “will be gone by spring.”"),
        [said("Ada Ward", "will be gone by spring.")]
    );
    // A second "that" of the same verb reaches back to it.
    assert_eq!(
        direct(
            "Harbour master Ada Ward told reporters that she had met the mayor and that “the toll will be gone by spring.”"
        ),
        [said("Ada Ward", "the toll will be gone by spring.")]
    );
    // Sung words are words too.
    assert_eq!(
        direct("In the old ballad, Tom Lisle sings, “The pier will stand when the town is gone.”"),
        [said("Tom Lisle", "The pier will stand when the town is gone.")]
    );
}

#[test]
fn a_counted_time_leads_and_an_outlet_before_a_title_qualifies_it() {
    // "A few days later," is a lead, so the participle's speaker is the name after it.
    assert_eq!(
        direct(
            "But a few days later, Ada Ward reversed herself again, telling the Gazette that the plans “are set for good.”"
        ),
        [said("Ada Ward", "are set for good.")]
    );
    assert_eq!(
        reported("Two years ago, Ada Ward said the toll was wrong."),
        [said("Ada Ward", "the toll was wrong.")]
    );
    // "The Gazette technology columnist Tom Lisle": the outlet and a lower-case word
    // qualify the title before the name.
    assert_eq!(
        direct(
            "The Gazette technology columnist Tom Lisle went so far as to say: “The pier as we know it is over.”"
        ),
        [said("Tom Lisle", "The pier as we know it is over.")]
    );
    // Capitals and lower-case words with no title after them stay the subject.
    assert_eq!(
        reported("The Oslo fish market said the pier was old."),
        [said("The Oslo fish market", "the pier was old.")]
    );
}

#[test]
fn a_place_before_an_abbreviated_title_opens_the_name() {
    assert_eq!(
        direct(
            "Harbour Sen. Ada Ward sent out a letter after the vote, asking supporters to “write to the council now.”"
        ),
        [said("Ada Ward", "write to the council now.")]
    );
    // The title alone still opens the name.
    assert_eq!(
        direct(
            "Sen. Ada Ward sent out a letter after the vote, asking supporters to “write to the council now.”"
        ),
        [said("Ada Ward", "write to the council now.")]
    );
}

#[test]
fn a_question_is_attributed_by_the_next_sentence_only_when_it_opens_with_the_verb() {
    let body = "Ada Ward called the board “unfit to serve” at the meeting.\n“Why are you still backing it?” Ward asked the councillors. “What does it say about this town that this is your plan?”\nSeveral councillors, including Tom Lisle, said nothing.";
    assert_eq!(
        direct(body),
        [said(
            "Ada Ward",
            "Why are you still backing it? What does it say about this town that this is your plan?"
        )]
    );
}

#[test]
fn the_title_of_a_work_after_of_in_or_on_leaves_the_sentence_as_if_unmarked() {
    assert_eq!(
        reported("Tom Lisle, author of “The Long Pier,” said the harbour would close."),
        [said("Tom Lisle", "the harbour would close.")]
    );
    assert_eq!(
        direct(
            "As Tom Lisle, author of “The Long Pier,” put it, “The harbour will close before the town notices.”"
        ),
        [said("Tom Lisle", "The harbour will close before the town notices.")]
    );
    // Words of a sentence after "of" are still words in marks.
    assert_eq!(
        direct("Ada Ward read the words of “We will stay until the pier is rebuilt.” to the council."),
        [("~".to_owned(), "We will stay until the pier is rebuilt.".to_owned())]
    );
}

#[test]
fn the_title_an_article_gave_one_person_is_that_person() {
    assert_eq!(
        direct(
            "President Ada Ward opened the new pier on Monday.\n\n“It will stand for a century,” the president said."
        ),
        [said("Ada Ward", "It will stand for a century")]
    );
    // Two people with that title: the description names neither.
    assert_eq!(
        direct(
            "President Ada Ward met President Tom Lisle on the pier.\n\n“It will stand for a century,” the president said."
        ),
        [said("the president", "It will stand for a century")]
    );
}

#[test]
fn a_subject_as_written_stops_at_a_verb_in_ed_but_keeps_its_adjectives() {
    // "Lisle huddled with other leaders" is no one's description (a conjunction the writer
    // left out).
    assert_eq!(reported("Lisle huddled with other harbour leaders announced they would close the pier."), []);
    assert_eq!(
        reported("Retired crews said the pier had been safe for a century."),
        [said("Retired crews", "the pier had been safe for a century.")]
    );
    assert_eq!(
        reported("The elected members said the pier had been safe for a century."),
        [said("The elected members", "the pier had been safe for a century.")]
    );
}

#[test]
fn a_subordinate_clause_before_the_speaker_is_the_setting_not_the_statement() {
    let found = quotes_in(
        "",
        "en",
        "2024-05-01",
        "Tom Lisle may be harder to ignore. After Ada Ward accused him of bias, he warned, \
         “If they play that card, I will answer them every day.”",
    );
    assert_eq!(
        found,
        [(Direct, "=Tom Lisle".into(), "If they play that card, I will answer them every day.".into())]
    );
    // A condition with its main clause is a statement.
    assert_eq!(
        reported("If they close the pier, the town dies, Tom Lisle said."),
        [said("Tom Lisle", "If they close the pier, the town dies")]
    );
}

#[test]
fn a_clause_a_subordinator_opens_ends_its_statement_at_its_comma() {
    assert_eq!(
        reported(
            "While Ada Ward pledged to work with both councils, Tom Lisle insisted that change will come."
        ),
        [said("Ada Ward", "to work with both councils"), said("Tom Lisle", "change will come.")]
    );
    assert_eq!(
        reported(
            "And, while Ada Ward boasts that she has no donors, a trio of groups have in fact \
             reported spending $5,000 on her campaign."
        ),
        [said("Ada Ward", "she has no donors")]
    );
    assert_eq!(
        reported("When Ada Ward said the pier was safe, nobody believed her."),
        [said("Ada Ward", "the pier was safe")]
    );
}

#[test]
fn a_relative_clause_set_off_by_commas_is_its_names_and_ends_at_its_comma() {
    assert_eq!(
        reported(
            "Tom Lisle, who claimed at one point that the pier was sinking, said he would vote \
             against the toll."
        ),
        [said("Tom Lisle", "the pier was sinking"), said("Tom Lisle", "he would vote against the toll.")]
    );
    assert_eq!(
        reported("The vote put Tom Lisle in line with Ada Ward, who believes the toll is unfair."),
        [said("Ada Ward", "the toll is unfair.")]
    );
    // Not the sentence's subject's: the name before the comma, or no one.
    assert_eq!(
        reported(
            "Voters may now ask whether candidates like Mr. Lisle, who claimed at one point that \
             the pier was sinking, are wise choices."
        ),
        []
    );
}

#[test]
fn a_name_right_before_a_verb_after_after_or_before_is_its_subject() {
    assert_eq!(
        reported(
            "Ada Ward was not done. She returned to it later after harbour engineer Tom Lisle \
             noted that the odds of a collapse were very low."
        ),
        [said("Tom Lisle", "the odds of a collapse were very low.")]
    );
    // No name before the verb: the pronoun's.
    assert_eq!(
        reported("Ada Ward was not done. After the vote she noted that the toll was unfair."),
        [said("Ada Ward", "the toll was unfair.")]
    );
}

#[test]
fn the_speaker_whose_verb_reports_a_statement_said_it_not_the_source_relaying_it() {
    assert_eq!(
        reported("Mayor Tom Lisle said he would have closed the pier, according to press reports."),
        [said("Tom Lisle", "he would have closed the pier")]
    );
    assert_eq!(
        reported("The pier will close in May, according to the harbour board."),
        [said("the harbour board", "The pier will close in May")]
    );
    assert_eq!(
        reported("All told, the crews spent $2 million on the pier, according to a Gazette analysis."),
        [said("a Gazette analysis", "All told, the crews spent $2 million on the pier")]
    );
}

#[test]
fn a_description_before_a_colon_stops_at_its_verb_in_ed() {
    let quote = "“Open the pier, cut the toll and pay the crews.”";
    let speakers = |body: &str| -> Vec<String> {
        quotes_in("", "en", "2024-05-01", body).into_iter().map(|(_, who, _)| who).collect()
    };
    assert_eq!(speakers(&format!("The council listed three demands: {quote}")), ["=The council"]);
    // Not before an object or after a name, a word in "-ed" is an adjective and stays (the
    // same test as `a_subject_as_written_stops_at_a_verb_in_ed_but_keeps_its_adjectives`).
    assert_eq!(speakers(&format!("The council has three demands: {quote}")), ["=The council"]);
}

/// The quotes of English `body` as (kind, speaker, text).
fn quotes(body: &str) -> Vec<(super::QuoteKind, String, String)> {
    quotes_in("", "en", "2024-05-01", body)
}

/// The quotes of English `body` of one kind.
fn quotes_of(kind: super::QuoteKind, body: &str) -> Vec<(super::QuoteKind, String, String)> {
    quotes_of_in("en", kind, body)
}

/// The quotes of `body` in `language` of one kind.
fn quotes_of_in(
    language: &str,
    kind: super::QuoteKind,
    body: &str,
) -> Vec<(super::QuoteKind, String, String)> {
    quotes_in("", language, "2024-05-01", body).into_iter().filter(|(k, ..)| *k == kind).collect()
}

#[test]
fn a_participle_after_an_earlier_quotation_speaks_for_the_sentences_subject() {
    assert_eq!(
        quotes(
            "The councillor from Dover said the harbour board was “corrupt,” noting that it is \
             “very strange that nobody has been fired.”"
        ),
        [(Direct, "=The councillor from Dover".into(), "very strange that nobody has been fired.".into())]
    );
    // A speech verb of its own names its own speaker.
    assert_eq!(
        quotes(
            "The councillor from Dover said the harbour board was “corrupt,” and Tom Lisle said it \
             is “very strange that nobody has been fired.”"
        ),
        [(Direct, "=Tom Lisle".into(), "very strange that nobody has been fired.".into())]
    );
}

#[test]
fn a_conjunction_after_a_quotation_opens_a_clause_with_its_own_speaker() {
    // "“corrupt,” and Tom Lisle said": Lisle's verb is not the word's attribution (a word
    // with no speaker is left out).
    let found = quotes("Ada Ward called the harbour board “corrupt,” and Tom Lisle said so too.");
    assert!(found.iter().all(|(_, who, _)| who != "=Tom Lisle"), "{found:?}");
    // The statement may go on after the quotation, before its speaker.
    assert_eq!(
        quotes(
            "“I have made it clear that he has voted with the ferry lobby” and against the toll, Ada Ward said."
        ),
        [(Direct, "=Ada Ward".into(), "I have made it clear that he has voted with the ferry lobby".into())]
    );
}

#[test]
fn a_pronoun_opening_a_sentence_of_narrative_speaks_the_bare_quotation_after_it() {
    let body = |narrative: &str| {
        format!(
            "“It was worth it,” said Ms. Tessa Morland. {narrative} “All she went through -- it is not fair to anyone.”"
        )
    };
    let speakers =
        |narrative: &str| -> Vec<String> { quotes(&body(narrative)).into_iter().map(|q| q.1).collect() };
    assert_eq!(speakers("She plans to vote for the toll."), ["=Tessa Morland", "=Tessa Morland"]);
    assert_eq!(
        speakers("Born in Dover, she plans to vote for the toll."),
        ["=Tessa Morland", "=Tessa Morland"]
    );
    // "He" is not Ms. Morland: whose words they are is not known.
    assert_eq!(speakers("He plans to vote against the toll."), ["=Tessa Morland", "~"]);
}

#[test]
fn a_charge_after_accused_of_goes_on_through_and() {
    assert_eq!(
        quotes(
            "Ada Ward accused Lisle of ignoring the crews and “using a cheap trick to go after” the council."
        ),
        [(Partial, "=Ada Ward".into(), "using a cheap trick to go after".into())]
    );
    // After a comma the marks are the next clause's.
    let found = quotes(
        "Ada Ward accused Lisle of ignoring the crews, and “a cheap trick to go after the council” won.",
    );
    assert!(found.iter().all(|(kind, _, _)| *kind != Partial), "{found:?}");
}

#[test]
fn a_group_an_organisation_or_a_document_before_its_verb_speaks_as_written() {
    let quote = "“The plan goes further than any plan before it.”";
    let speakers = |body: &str| -> Vec<String> { quotes(body).into_iter().map(|q| q.1).collect() };
    assert_eq!(speakers(&format!("The harbour committee said: {quote}")), ["=The harbour committee"]);
    assert_eq!(
        speakers(&format!(
            "In a press release, the harbour committee said about its plan for the pier:\n\n{quote}"
        )),
        ["=the harbour committee"]
    );
    assert_eq!(
        reported("The new ad claims that the ferry lines made her rich."),
        [said("The new ad", "the ferry lines made her rich.")]
    );
    // "It" names no one.
    assert_eq!(speakers(&format!("It said: {quote}")), ["~"]);
}

#[test]
fn whom_a_verb_of_quoting_names_said_the_words() {
    assert_eq!(
        quotes("Ada Ward quoted Tom Lisle as saying: “The pier will close in May.”"),
        [(Direct, "=Tom Lisle".into(), "The pier will close in May.".into())]
    );
    assert_eq!(
        reported("The Gazette quoted Tom Lisle as saying the pier would close in May."),
        [said("Tom Lisle", "the pier would close in May.")]
    );
    // The person told is not quoted.
    assert_eq!(
        quotes("“The pier will close in May,” Ada Ward told Tom Lisle."),
        [(Direct, "=Ada Ward".into(), "The pier will close in May".into())]
    );
}

#[test]
fn the_person_told_after_an_apposed_speaker_never_speaks() {
    assert_eq!(
        quotes("The mayor, Ada Ward, told the Gazette: “The pier will close in May.”"),
        [(Direct, "=Ada Ward".into(), "The pier will close in May.".into())]
    );
}

#[test]
fn words_in_marks_after_a_noun_of_a_text_are_what_it_reads() {
    // A headline, a banner or a sign is no one's speech, and never a later speaker's.
    assert_eq!(
        quotes("The headline, “Pier Is Safe, Says Mayor,” was wrong, Ada Ward said."),
        [(Reported, "=Ada Ward".into(), "The headline, “Pier Is Safe, Says Mayor,” was wrong".into())]
    );
    assert_eq!(
        quotes("Protesters carried banners reading “Save the pier” as Ada Ward said: “The pier stays.”"),
        [(Direct, "=Ada Ward".into(), "The pier stays.".into())]
    );
    // After a verb of speech the marks are speech.
    assert_eq!(
        quotes("Ada Ward said “the pier stays,” and left."),
        [(Direct, "=Ada Ward".into(), "the pier stays".into())]
    );
}

#[test]
fn a_persian_name_in_marks_after_a_preposition_or_before_a_title_is_no_quote() {
    let found = quotes_in(
        "",
        "fa",
        "2024-05-01",
        "یک مقام ارشد گفت نیکو مصمم است طرح تازه را در دیدار با «آرش کاوه» ارائه کند.\n\n\
         پایگاه خبری بندر نوشت، «مینا کاوه» رئیس شورای بندر روز پنجشنبه درباره خطر طوفان هشدار داد.",
    );
    assert!(found.iter().all(|(kind, _, text)| *kind != Direct && !text.ends_with("کاوه")), "{found:?}");
    // Words in marks after a speech verb and a colon are speech.
    assert_eq!(
        quotes_in("", "fa", "2024-05-01", "آرش نیکو گفت: «کار اسکله تا بهار تمام می‌شود.»"),
        [(Direct, "=آرش نیکو".into(), "کار اسکله تا بهار تمام می‌شود.".into())]
    );
}

#[test]
fn a_pronoun_in_a_subordinate_clause_stands_for_the_possessor_the_main_clause_names() {
    let body = |main: &str| {
        format!("Ada Ward praised the crews. {main}, when he told the Gazette that the crews were lazy.")
    };
    assert_eq!(
        reported(&body("One of Tom Lisle's earlier outbursts came in May")),
        [said("Tom Lisle", "the crews were lazy.")]
    );
    // No possessor, or one the pronoun cannot stand for: the person in focus.
    assert_eq!(reported(&body("The storm came in May")), [said("Ada Ward", "the crews were lazy.")]);
    assert_eq!(
        reported(&body("One of Ms. Hart's outbursts came in May")),
        [said("Ada Ward", "the crews were lazy.")]
    );
}

#[test]
fn someone_who_would_not_comment_is_not_whom_a_later_pronoun_stands_for() {
    let speakers = |middle: &str| -> Vec<String> {
        quotes(&format!(
            "“The pier is done,” Ada Ward said.\n\n{middle}\n\n“We tried everything,” she added."
        ))
        .into_iter()
        .map(|q| q.1)
        .collect()
    };
    assert_eq!(speakers("Tom Lisle did not respond to a request for comment."), ["=Ada Ward", "=Ada Ward"]);
    assert_eq!(speakers("Tom Lisle declined to comment on the pier."), ["=Ada Ward", "=Ada Ward"]);
    // Someone who did something else is whom the pronoun stands for.
    assert_eq!(speakers("Mary Hart walked out of the meeting."), ["=Ada Ward", "=Mary Hart"]);
}

#[test]
fn words_signed_with_a_dash_and_a_name_are_that_persons() {
    for dash in ["―", "—", "--"] {
        assert_eq!(
            quotes(&format!("“The pier is done and nobody will save it.” {dash} Ada Ward, mayor of Dover")),
            [(Direct, "=Ada Ward".into(), "The pier is done and nobody will save it.".into())]
        );
    }
    // A reader's comment: a paragraph in the first person, signed.
    assert_eq!(
        quotes("I am a ferry captain, and I will not vote for her. ― Ada Ward"),
        [(Direct, "=Ada Ward".into(), "I am a ferry captain, and I will not vote for her.".into())]
    );
    // Narrative before a dash and a name, or a name and a clause, signs nothing.
    assert_eq!(quotes("The pier was built in 1900 by its most famous engineer ― Tom Lisle."), []);
    assert_eq!(
        quotes("We built the pier in 1900 with one engineer ― Tom Lisle, who later ran the harbour."),
        []
    );
}

#[test]
fn an_age_after_a_name_after_the_quotation_is_no_dateline() {
    for attribution in
        ["Ada Ward, 62, said.", "Ada Ward, 62, a retired ferry captain, said as she left the hall."]
    {
        assert_eq!(
            quotes(&format!("“The pier is done,” {attribution}")),
            [(Direct, "=Ada Ward".into(), "The pier is done".into())]
        );
    }
    // A place, a day and a month open a dateline: no name.
    assert_eq!(
        quotes("Dover, 1 December 2023: “The pier is done,” officials said."),
        [(Direct, "=officials".into(), "The pier is done".into())]
    );
}

#[test]
fn a_second_verb_after_and_has_the_first_verbs_subject_and_a_second_clause_its_own() {
    // "X overruled and said": the description before the first verb.
    assert_eq!(
        reported("The harbour court overruled and said Dover already had more berths than most towns."),
        [said("The harbour court", "Dover already had more berths than most towns.")]
    );
    assert_eq!(
        reported("The survey cited talks with skippers and said that most berths stood empty."),
        [said("The survey", "most berths stood empty.")]
    );
    // "A happened and officials said": the second clause's own subject.
    assert_eq!(
        reported("The pier collapsed and officials said nobody was hurt."),
        [said("officials", "nobody was hurt.")]
    );
    // Two nouns joined by "and" with no verb between them are one subject.
    assert_eq!(
        reported("Fishermen and ferry workers said the toll was unfair."),
        [said("Fishermen and ferry workers", "the toll was unfair.")]
    );
}

#[test]
fn a_speech_verb_in_a_that_clause_has_that_clauses_subject() {
    assert_eq!(
        reported(
            "Anyone expecting Lisle to change should remember that harbour engineers say steel lasts for decades."
        ),
        [said("harbour engineers", "steel lasts for decades.")]
    );
    // The words before a comma and an inverted verb are the statement, whoever said it:
    // "that" opens no clause of a speaker there.
    assert!(
        reported("Oh, well. I guess that settles it, said nine hundred fishermen who lost their berths.")
            .iter()
            .all(|(who, _)| !who.contains("settles")),
    );
}

#[test]
fn an_adverb_before_a_preposition_or_a_rarer_preposition_opens_a_lead_phrase() {
    assert_eq!(
        reported("Even in the case of a delay, engineers said small piers are often repaired."),
        [said("engineers", "small piers are often repaired.")]
    );
    assert_eq!(
        reported("Beyond that, his advisers say that neither candidate can win the vote alone."),
        [said("his advisers", "neither candidate can win the vote alone.")]
    );
    // Not before a name: "Just Ward" is no phrase, and the sentence has its subject.
    assert_eq!(
        reported("Just after the vote, Ada Ward said the pier would close."),
        [said("Ada Ward", "the pier would close.")]
    );
}

#[test]
fn marks_in_an_absolute_phrase_of_with_are_the_named_persons() {
    assert_eq!(
        quotes_in(
            "",
            "en",
            "2024-05-01",
            "The harbour board denied it, with Tom Lisle going on radio to call the claim “a fantasy from start to end”."
        ),
        [(Partial, "=Tom Lisle".into(), "a fantasy from start to end".into())]
    );
    // "met with" is no absolute phrase: the sentence's subject judged the plan.
    let found = quotes_in(
        "",
        "en",
        "2024-05-01",
        "Ada Ward met with Tom Lisle on Monday and said the plan was “a fantasy from start to end”.",
    );
    assert!(found.iter().all(|(_, who, _)| who != "=Tom Lisle"), "{found:?}");
}

#[test]
fn a_source_after_according_to_gives_the_statement_on_its_other_side() {
    // A source after the statement ends at its comma or dash; the sentence may go on.
    assert_eq!(
        reported("Ward so far has won 758 votes, according to a Gazette tally, but her lead is narrowing."),
        [said("a Gazette tally", "Ward so far has won 758 votes")]
    );
    assert_eq!(
        reported(
            "The toll would raise only $1.1 million a year, according to the Harbour Policy Center - half a percent of the budget."
        ),
        [said("Harbour Policy Center", "The toll would raise only $1.1 million a year")]
    );
    assert_eq!(
        reported(
            "The prize won't be handed out next week as many expected, according to an email from the head of the harbour union obtained by the Gazette."
        ),
        [said(
            "an email from the head of the harbour union obtained by the Gazette",
            "The prize won't be handed out next week as many expected"
        )]
    );
    // A source set off inside the statement: both sides are the statement.
    assert_eq!(
        reported("The pier on the east side, according to Ada Ward, will close in May."),
        [said("Ada Ward", "The pier on the east side will close in May.")]
    );
    // Before the statement, after words and phrases that lead: a phrase opens it.
    assert_eq!(
        reported("In addition, according to the department, nearly nine hundred more crews will be covered."),
        [said("the department", "nearly nine hundred more crews will be covered.")]
    );
    assert_eq!(
        reported("Among harbour plans at risk, according to Ada Ward, are six involving ferries."),
        [said("Ada Ward", "Among harbour plans at risk are six involving ferries.")]
    );
    // "according to plan" set off by nothing is no source.
    assert_eq!(reported("The crews worked according to plan and the pier opened."), []);
}

#[test]
fn a_clause_between_a_quotation_and_its_verb_leaves_the_speaker_after_its_comma() {
    let quotes = |body: &str| quotes_in("", "en", "2024-05-01", body);
    let pier = "The pier is safe and will stay open";
    assert_eq!(
        quotes(
            "“The pier is safe and will stay open,” since so many of the old piers were decided by close votes, said Ada Ward, who teaches at Kent."
        ),
        [(Direct, "=Ada Ward".into(), pier.into())]
    );
    assert_eq!(
        quotes(
            "“The pier is safe and will stay open,” because the engineers said so last week, Ada Ward said on Monday."
        ),
        [(Direct, "=Ada Ward".into(), pier.into())]
    );
    // "as X said" attributes the quotation itself; what follows its comma is another clause.
    assert_eq!(
        quotes("“The pier is safe and will stay open,” as Tom Lisle said last week, and the council agrees."),
        [(Direct, "=Tom Lisle".into(), pier.into())]
    );
}

#[test]
fn an_adverb_opening_the_sentence_is_no_part_of_the_name_after_it() {
    for adverb in ["Only", "Even", "Still", "Perhaps"] {
        assert_eq!(
            reported(&format!("{adverb} Ada Ward said the pier was safe.")),
            [said("Ada Ward", "the pier was safe.")],
            "{adverb}"
        );
    }
    // A name whose words are all names keeps them ("Long" is a surname too).
    assert_eq!(reported("Huey Long said the pier was safe."), [said("Huey Long", "the pier was safe.")]);
}

#[test]
fn a_question_put_to_the_speaker_as_a_lead_is_not_their_statement() {
    assert_eq!(
        reported("Asked whether the pier would close, Ada Ward replied that it would stay open all winter."),
        [said("Ada Ward", "it would stay open all winter.")]
    );
    // A question the speaker puts is what they said.
    assert_eq!(
        reported("Ada Ward asked whether the pier would close before the winter storms."),
        [said("Ada Ward", "whether the pier would close before the winter storms.")]
    );
}

#[test]
fn a_paragraph_with_no_words_reports_nothing() {
    // A dash or an ellipsis alone between paragraphs (a section break) is a sentence of
    // no words.
    assert_eq!(reported("Ada Ward spoke.\n\n—\n\nThen she left."), []);
    assert_eq!(reported("Ada Ward spoke.\n\n...\n\nThen she left."), []);
}

#[test]
fn a_statement_whose_marks_hold_only_a_scare_quote_is_still_reported() {
    // One word in marks inside a reported clause is no quotation of its own; the clause is
    // still what the speaker said.
    assert_eq!(
        reported("Tom Lisle said the new ferry was “frankly” a bargain at twice the fare."),
        [said("Tom Lisle", "the new ferry was “frankly” a bargain at twice the fare.")]
    );
    // With no verb of speech, marks alone report nothing.
    assert_eq!(reported("The “brotherly” ties between the two ports lasted for years."), []);
    // Not in Persian, where a name in marks opens the clause ("«…» ... هشدار داد").
    assert_eq!(
        reported_fa(
            "به نوشته روزنامه «بندر»، «آرش نیکو» رئیس شورای شهر دیروز درباره بستن اسکله به مینا کاوه هشدار داد و این کار را «خیانت» خواند."
        ),
        []
    );
}

#[test]
fn a_judgement_of_one_word_is_a_partial_quote_of_whoever_made_it() {
    let partial = |body: &str| quotes_of(Partial, body);
    assert_eq!(
        partial("Ada Ward called the vote a “disgrace.”"),
        [(Partial, "=Ada Ward".into(), "disgrace.".into())]
    );
    // A description that may hold a view, right before the verb, is the speaker as written.
    assert_eq!(
        partial("The harbour board on Monday called the plan “shameful.”"),
        [(Partial, "=The harbour board".into(), "shameful.".into())]
    );
    // A name given with "called" and no object between is a label, not a judgement; and a
    // subject with a verb of its own is no description of a speaker.
    assert_eq!(partial("A charity called “Harbour Hope” opened a shop on the pier."), []);
    assert_eq!(partial("Clerks combed the archive for terms like “toll,” “pier” and “storm.”"), []);
}

#[test]
fn a_clause_after_a_comma_and_while_has_its_own_subject() {
    assert_eq!(
        reported(
            "Tom Lisle stayed at the ferry office all week, while Ada Ward, who chairs the harbour trust, toured the quay and said the budget was far too small."
        ),
        [said("Ada Ward", "the budget was far too small.")]
    );
    // Without "while", the sentence's subject speaks for both verbs.
    assert_eq!(
        reported("Tom Lisle signed an order to close the pier and said the council should resign."),
        [said("Tom Lisle", "the council should resign.")]
    );
}

#[test]
fn a_statement_ends_at_the_comma_before_another_speakers_clause() {
    let found = reported(
        "Ada Ward claimed the count had been rigged, a charge that the port authority flatly denied, pointing out that its rules had not changed since 2019.",
    );
    assert_eq!(found.first(), Some(&said("Ada Ward", "the count had been rigged")), "{found:?}");
    assert_eq!(
        reported("Ada Ward said the pier would close, Tom Lisle said it would not."),
        [said("Ada Ward", "the pier would close"), said("Tom Lisle", "it would not.")]
    );
    // Not at a relative clause inside the statement, nor after a phrase with no verb.
    assert_eq!(
        reported("Ada Ward said that the pier, which engineers say is sinking, will close in May."),
        [said("Ada Ward", "the pier, which engineers say is sinking, will close in May.")]
    );
    assert_eq!(
        reported(
            "The Gazette survey found that, compared with last spring, most skippers said their catch had grown."
        ),
        [said("The Gazette survey", "compared with last spring, most skippers said their catch had grown.")]
    );
}

#[test]
fn shouts_quips_calls_on_and_a_leading_said_introduce_quotations() {
    let direct = |body: &str| quotes_of(Direct, body);
    let q = |who: &str, text: &str| (Direct, format!("={who}"), text.to_owned());
    assert_eq!(
        direct("Ada Ward was heard yelling: “Close the gates before the tide turns!”"),
        [q("Ada Ward", "Close the gates before the tide turns!")]
    );
    assert_eq!(
        direct(
            "A spokeswoman for the ferry line could only quip: “Ask the seagulls, they keep the timetable.”"
        ),
        [q("A spokeswoman for the ferry line", "Ask the seagulls, they keep the timetable.")]
    );
    // A call on someone to do something quotes the caller, like "urged".
    assert_eq!(
        direct("Ada Ward called on fishermen to “keep every boat in the water until the council listens.”"),
        [q("Ada Ward", "keep every boat in the water until the council listens.")]
    );
    assert_eq!(
        direct("Said Nell Ostrander, a ferry pilot for thirty years: “Nobody here will forget that winter.”"),
        [q("Nell Ostrander", "Nobody here will forget that winter.")]
    );
    // A participle after a clause a subordinator opens has that clause's subject.
    assert_eq!(
        direct(
            "Trouble began at the harbour meeting, when pier workers drowned out the chair, chanting “no toll without a vote!”"
        ),
        [q("pier workers", "no toll without a vote!")]
    );
    // A sentence opening with another verb, or a "said" inside it, keeps its own subject.
    assert_eq!(
        direct("Tom Lisle, a ferry pilot for thirty years, said: “Nobody here will forget that winter.”"),
        [q("Tom Lisle", "Nobody here will forget that winter.")]
    );
}

#[test]
fn a_persian_subject_follows_every_lead_phrase_and_ends_before_a_compound_preposition() {
    let direct_fa = |body: &str| quotes_of_in("fa", Direct, body);
    let said_fa =
        |who: &str| vec![(Direct, format!("={who}"), "امروز اسکله بسته شد و کار آن تمام است.".to_owned())];
    // Two lead phrases, each closed by a comma, before the name and its role.
    assert_eq!(
        direct_fa(
            "به نوشته روزنامه بندر، در جلسه روز شنبه، آرش نیکو رئیس شورای شهر اظهار داشت: امروز اسکله بسته شد و کار آن تمام است."
        ),
        said_fa("آرش نیکو رئیس شورای شهر")
    );
    // "پس از" ("after") opens a phrase: it is no part of the name before it.
    assert_eq!(
        direct_fa(
            "آرش نیکو رئیس شورای شهر پس از سفر به بندر اظهار داشت: امروز اسکله بسته شد و کار آن تمام است."
        ),
        said_fa("آرش نیکو رئیس شورای شهر")
    );
}

#[test]
fn a_persian_passive_of_stating_is_said_by_the_document_it_is_in() {
    let fa = |body: &str| quotes_in("", "fa", "2024-05-01", body);
    assert_eq!(
        fa("در این گزارش آمده است: «اسکله تا بهار بسته می‌ماند و کار تعمیر آن ادامه دارد.»"),
        [(Direct, "=این گزارش".into(), "اسکله تا بهار بسته می‌ماند و کار تعمیر آن ادامه دارد.".into())]
    );
    // A part of the document is the document; a claim is stated as well.
    assert_eq!(
        reported_fa("در بخشی از بیانیه شورای شهر ادعا شده است که اسکله تا بهار بسته می‌ماند."),
        [said("بیانیه شورای شهر", "اسکله تا بهار بسته می‌ماند.")]
    );
    assert_eq!(
        reported_fa("در بخش دیگری از بیانیه شورای شهر اعلام شده است که کار تعمیر ادامه دارد."),
        [said("بیانیه شورای شهر", "کار تعمیر ادامه دارد.")]
    );
    // Someone who has come somewhere states nothing.
    assert_eq!(fa("آرش نیکو روز شنبه به بندر آمده است."), []);
}

#[test]
fn two_people_speaking_together_are_kept_as_written_not_one_of_them() {
    assert_eq!(
        quotes("“We will keep the pier open,” Ada Ward and Tom Lisle said in a statement."),
        [(Direct, "=Ada Ward and Tom Lisle".into(), "We will keep the pier open".into())]
    );
    assert_eq!(
        reported("Ada Ward and Tom Lisle said the pier would stay open."),
        [said("Ada Ward and Tom Lisle", "the pier would stay open.")]
    );
    // A name that is the object of another verb is not a second speaker.
    assert_eq!(
        reported("Ada Ward met Tom Lisle and said the pier would stay open."),
        [said("Ada Ward", "the pier would stay open.")]
    );
    // A quotation opening the sentence whose speaker is not made out is never read again
    // as a reported statement running up to the speakers' names.
    assert_eq!(
        quotes_of(
            Reported,
            "“We will keep the pier open,” harbour chief Ada Ward and ferry captain Tom Lisle, both members of the board, said in a statement."
        )
        .len(),
        0
    );
}

#[test]
fn a_statement_reported_with_that_before_another_speaker_s_quotation_is_read_too() {
    let body = "Mara Ellison spoke at the pier on Monday. She said that engineers had found her plan \
                was sound, to which Tom Lisle replied: “That is simply not true.”";
    let found = quotes_in("", "en", "2024-05-01", body);
    let is = |kind, who: &str, text: &str| found.contains(&(kind, format!("={who}"), text.to_owned()));
    assert!(is(Reported, "Mara Ellison", "engineers had found her plan was sound"), "{found:?}");
    assert!(is(Direct, "Tom Lisle", "That is simply not true."), "{found:?}");
    // A comma inside the statement leads to no speech verb of its own: the quotation's
    // sentence is read as before.
    assert_eq!(
        reported(
            "Ms. Ellison said that if the pier reopens in May, the ferry line could run again: “We are \
             ready when the town is.”"
        ),
        []
    );
    // Nor does a clause opened by a subordinator.
    assert_eq!(
        reported(
            "Ms. Ellison said that when the pier reopens in the spring, she will tell the council: \
             “We are ready.”"
        ),
        []
    );
}

#[test]
fn the_subject_s_own_verb_after_a_quotation_reports_the_clause_it_takes() {
    let found = |body: &str| quotes_in("", "en", "2024-05-01", body);
    let entry = |kind, who: &str, text: &str| (kind, format!("={who}"), text.to_owned());
    assert_eq!(
        found("Ada Ward, citing “the charm of the old port,” said the town could be busy again by spring."),
        [
            entry(Direct, "Ada Ward", "the charm of the old port"),
            entry(Reported, "Ada Ward", "the town could be busy again by spring."),
        ]
    );
    // A judging verb's partial quote stays one when "and" or "but" joins a verb of speech.
    assert_eq!(
        found("Ada Ward called the plan “a disaster” and said the council should vote again."),
        [
            entry(Partial, "Ada Ward", "a disaster"),
            entry(Reported, "Ada Ward", "the council should vote again.")
        ]
    );
    assert_eq!(
        found("Ada Ward described the toll as “a costly mistake” but said she would not oppose it."),
        [
            entry(Partial, "Ada Ward", "a costly mistake"),
            entry(Reported, "Ada Ward", "she would not oppose it.")
        ]
    );
    // After a quotation that opens the sentence, the verb and the words after it attribute it.
    assert_eq!(
        found("“We will sail again,” said one dock worker on the night shift."),
        [entry(Direct, "one dock worker on the night shift", "We will sail again")]
    );
    // A term after "so-called" is the writer's, whatever verb-like word follows it.
    assert_eq!(
        found(
            "The study relied on thousands of so-called “harbour duty” reports that ferry lines file \
             with the clerk."
        ),
        []
    );
}

#[test]
fn a_participle_of_speech_takes_the_clause_after_it_and_is_never_a_speaker() {
    // The clause after "claiming" is what was said, not what follows a verb of speech
    // inside it.
    assert_eq!(
        reported("Tom Lisle spoke on Monday, claiming he had warned the board in May."),
        [said("Tom Lisle", "he had warned the board in May.")]
    );
    assert_eq!(
        reported("Ada Ward closed the pier, noting the storm had damaged the crane."),
        [said("Ada Ward", "the storm had damaged the crane.")]
    );
    // "…, saying he had told …" is no statement with "saying he" for its speaker.
    assert_eq!(
        reported("Tom Lisle spoke on Monday, saying he had told the board in May."),
        [said("Tom Lisle", "he had told the board in May.")]
    );
}

#[test]
fn a_request_is_reported_with_the_person_asked_and_a_person_told_may_be_any_noun() {
    let requests = [
        (
            "Ada Ward asked the council to delay the vote until May.",
            "the council to delay the vote until May.",
        ),
        (
            "Ada Ward urged residents to stay home during the storm.",
            "residents to stay home during the storm.",
        ),
        (
            "Ada Ward called on the mayor to resign over the ferry crisis.",
            "the mayor to resign over the ferry crisis.",
        ),
        // The person told, a plural or a noun of office, before what was said.
        ("Ada Ward told residents she would stay.", "she would stay."),
        ("Ada Ward told the council she would stay.", "she would stay."),
    ];
    // Asking for a thing, or to be let off, names no one asked; "called on Tuesday" is a
    // day, not a person; calling someone a name requests nothing; nor does a sentence that
    // stops at "to".
    let nothing = [
        "Ada Ward asked for a recount.", "Ada Ward asked to be excused.",
        "Ada Ward called the mayor a coward.", "Ada Ward told stories about the port.",
        "Ada Ward asked him to",
    ];
    assert_reported_by("Ada Ward", &requests, &nothing);
    assert_eq!(
        reported("Ada Ward called on Tuesday to say the port was closed."),
        [said("Ada Ward", "the port was closed.")]
    );
}

#[test]
fn a_charge_without_marks_is_reported_from_the_person_charged() {
    let charges = [
        (
            "Ada Ward accused the mayor of hiding the ledger from the board.",
            "the mayor of hiding the ledger from the board.",
        ),
        ("Ada Ward accused him of sexism.", "him of sexism."),
        (
            "Ada Ward criticized the board for raising the toll twice.",
            "the board for raising the toll twice.",
        ),
        // Another subject's clause after it is not part of the charge.
        (
            "Ada Ward criticized the board for raising the toll, while Tom Lisle defended it.",
            "the board for raising the toll",
        ),
    ];
    // No charge named, or "for" a time rather than a doing.
    let nothing = ["Ada Ward accused the council.", "Ada Ward criticized the board for years."];
    assert_reported_by("Ada Ward", &charges, &nothing);
}

#[test]
fn an_authority_a_city_or_a_charity_holds_a_view_as_an_agency_does() {
    for who in ["The port authority", "The city", "The charity", "The regulator"] {
        let body = format!("{who} denied that the ferry was overloaded.");
        assert_eq!(reported(&body), [said(who, "the ferry was overloaded.")], "{body}");
    }
    // A thing still holds none.
    assert_eq!(reported("The timetable confirmed that the ferry was late."), []);
}
