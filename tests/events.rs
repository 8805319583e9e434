//! Automatic event grouping measured on a labelled set: the sample articles with their
//! `event` keys removed, the articles of tests/fixtures/quotes and tests/fixtures/events,
//! against the events of tests/fixtures/events/gold.yaml. Prints B-cubed precision,
//! recall and F1 and fails below the figures reported for it.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use common::{Fixture, copy_dir, rendered, repo};
use serde_json::Value;

/// Copies the sample articles without their `event:` lines.
fn unpinned_sample(f: &Fixture, to: &str) {
    for (path, bytes) in Fixture::sample().snapshot("content/articles") {
        let text = String::from_utf8(bytes).unwrap();
        let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("event:")).collect();
        f.write(&format!("{to}/{path}"), kept.join("\n") + "\n");
    }
}

fn events(f: &Fixture) -> BTreeMap<String, Vec<String>> {
    let run = f.run(&["build", "--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let data: Value = serde_json::from_str(&f.read("public/data.json")).unwrap();
    data["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let members =
                e["articles"].as_array().unwrap().iter().map(|a| a.as_str().unwrap().to_owned()).collect();
            (e["id"].as_str().unwrap().to_owned(), members)
        })
        .collect()
}

/// B-cubed precision, recall and F1 of `found` clusters against `gold` ones.
fn bcubed(found: &BTreeMap<String, Vec<String>>, gold: &BTreeMap<String, Vec<String>>) -> (f64, f64, f64) {
    let cluster_of = |clusters: &BTreeMap<String, Vec<String>>| -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        for members in clusters.values() {
            let set: BTreeSet<String> = members.iter().cloned().collect();
            for m in members {
                out.insert(m.clone(), set.clone());
            }
        }
        out
    };
    let (f, g) = (cluster_of(found), cluster_of(gold));
    assert_eq!(f.keys().collect::<Vec<_>>(), g.keys().collect::<Vec<_>>(), "the same articles");
    let (mut p, mut r) = (0.0, 0.0);
    for (article, cf) in &f {
        let cg = &g[article];
        let both = cf.intersection(cg).count() as f64;
        p += both / cf.len() as f64;
        r += both / cg.len() as f64;
    }
    let n = f.len() as f64;
    let (p, r) = (p / n, r / n);
    (p, r, 2.0 * p * r / (p + r))
}

fn labelled_set() -> Fixture {
    let f = Fixture::empty();
    copy_dir(&repo().join("tests/fixtures/quotes/content"), &f.path().join("content"));
    copy_dir(&repo().join("tests/fixtures/events/articles"), &f.path().join("content/articles/events"));
    unpinned_sample(&f, "content/articles/sample");
    f
}

fn gold() -> BTreeMap<String, Vec<String>> {
    serde_yaml::from_str(&fs::read_to_string(repo().join("tests/fixtures/events/gold.yaml")).unwrap())
        .unwrap()
}

#[test]
fn grouping_on_the_labelled_set() {
    let f = labelled_set();
    let found = events(&f);
    let gold = gold();
    let articles: usize = gold.values().map(Vec::len).sum();
    assert!(articles >= 45 && gold.len() >= 12, "{articles} articles, {} events", gold.len());
    let (p, r, f1) = bcubed(&found, &gold);
    println!(
        "\nB-cubed over {articles} articles, {} gold events, {} found: precision {p:.3}  recall {r:.3}  F1 {f1:.3}",
        gold.len(),
        found.len()
    );
    for (id, members) in &found {
        let labels: BTreeSet<&str> = members
            .iter()
            .map(|m| gold.iter().find(|(_, g)| g.contains(m)).map_or("?", |(k, _)| k.as_str()))
            .collect();
        if labels.len() > 1
            || gold.values().all(|g| g.iter().collect::<BTreeSet<_>>() != members.iter().collect())
        {
            println!("  {id}: {members:?} -> {labels:?}");
        }
    }
    // The figures reported in issue 4; they may only go up.
    assert!(p >= 0.98, "precision {p:.3}");
    assert!(r >= 0.96, "recall {r:.3}");
    assert!(f1 >= 0.97, "F1 {f1:.3}");
}

#[test]
fn the_sample_without_event_keys_falls_into_its_three_events() {
    let f = Fixture::empty();
    copy_dir(&repo().join("content"), &f.path().join("content"));
    fs::remove_dir_all(f.path().join("content/articles")).unwrap();
    fs::remove_file(f.path().join("content/events.yaml")).unwrap();
    unpinned_sample(&f, "content/articles");
    let found = events(&f);
    let gold: BTreeMap<String, Vec<String>> = gold()
        .into_iter()
        .filter(|(_, m)| m.iter().any(|a| a.starts_with("20")))
        .map(|(k, m)| (k, m.into_iter().filter(|a| a.starts_with("20")).collect()))
        .collect();
    assert_eq!(bcubed(&found, &gold), (1.0, 1.0, 1.0), "{found:#?}");
}

#[test]
fn an_unrelated_article_renames_no_event() {
    let f = labelled_set();
    let before = events(&f);
    f.write(
        "content/articles/zz-noise.md",
        "---\ntitle: Saffron harvest begins\nsource: wire\npublished: 2023-11-06\nlanguage: en\n---\n\nFarmers in Khorasan began the saffron harvest this week, with yields expected to rise.\n",
    );
    let after = events(&f);
    for (id, members) in &before {
        assert_eq!(after.get(id), Some(members), "{id} changed");
    }
    assert_eq!(after.len(), before.len() + 1);
}

#[test]
fn check_notes_a_near_miss_and_its_advice_puts_the_article_there() {
    let f = labelled_set();
    let path = "content/articles/qs-f1-kanaani-presser.md";
    let check = f.run(&["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let near: Vec<&str> =
        check.stderr.lines().filter(|l| l.contains(": note: nearly joined event")).collect();
    let expected = format!("{path}:1:1: note: nearly joined event \"qs-e4-nasrallah-speech\"");
    assert!(near.iter().any(|l| l.starts_with(&expected)), "{}", check.stderr);
    assert!(near.iter().all(|l| l.contains("add `event: ")), "{near:?}");
    // The Persian press conference is its own event until the analyst says otherwise.
    let before = events(&f);
    assert!(!before["qs-e4-nasrallah-speech"].contains(&"qs-f1-kanaani-presser".to_owned()));
    let text = f.read(path).replacen("---\n", "---\nevent: qs-e4-nasrallah-speech\n", 1);
    f.write(path, text);
    let after = events(&f);
    assert!(after["qs-e4-nasrallah-speech"].contains(&"qs-f1-kanaani-presser".to_owned()), "{after:?}");
    let check = f.run(&["check"]);
    assert!(!check.stderr.contains(&expected), "{}", check.stderr);
}

#[test]
fn a_rebuild_reusing_the_links_of_the_last_makes_the_files_a_fresh_build_makes() {
    let f = labelled_set();
    let mut cache = mediabrief::Cache::default();
    let first = rendered(&f, Some(&mut cache));
    let events_of = |site: &mediabrief::output::OutputSet| -> Value {
        serde_json::from_slice::<Value>(site.get("data.json").unwrap()).unwrap()["events"].clone()
    };
    // The first report of the Haniyeh call becomes a report of something else: it leaves
    // its event, the two later reports that were linked to it must find their links
    // again, and its words change the weights of every English article.
    let report = "content/articles/events/ev-01-aa-haniyeh-december.md";
    let text = f.read(report);
    let body = text.find("\n\n").unwrap();
    f.write(
        report,
        format!(
            "{}\n\nSaffron farmers in Khorasan began the harvest this week, with yields expected to rise after a wet spring, the provincial agriculture office said.\n",
            &text[..body]
        ),
    );
    let edited = rendered(&f, Some(&mut cache));
    assert_ne!(events_of(&edited), events_of(&first), "the edit moves the article");
    assert!(edited == rendered(&f, None), "after the article left its event");
    // Back as it was: it rejoins, through links found again around it only.
    f.write(report, &text);
    let restored = rendered(&f, Some(&mut cache));
    assert!(restored == first, "back as it was");
    // A new date: the article moves in time, away from its event.
    let wire = "content/articles/events/ev-03-aa-haniyeh-december-wire.md";
    f.write(wire, f.read(wire).replace("published: 2023-12-09T09:10:00+00:00", "published: 2023-12-14"));
    let moved = rendered(&f, Some(&mut cache));
    assert_ne!(events_of(&moved), events_of(&first), "the new date moves the article");
    assert!(moved == rendered(&f, None), "after a date changed");
}
