//! The house's rules, read from `src/` itself: which modules import each other in a circle.
//! A module here is a file (`analysis/grouping.rs` is `analysis::grouping`); an import is a
//! path through `crate::`, `super::` or `self::` outside its tests, between two modules
//! neither of which holds the other. There is no circle; one that appears fails this test,
//! naming its modules (`cargo test --test layout`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use regex::Regex;

/// Every module of `src/` with the modules it imports.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&src).into_iter().filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(&src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if ["mod", "lib", "main"].contains(&parts.last().unwrap().as_str()) {
                parts.pop();
            }
            files.insert(parts.join("::"), std::fs::read_to_string(path).unwrap());
        }
    }
    let path = Regex::new(r"\b(?:crate|super|self)(?:::\w+)+").unwrap();
    let mut graph = BTreeMap::new();
    for (module, text) in &files {
        // Without the file's own test module (`#[cfg(test)] mod x;` lines stay: they only
        // declare one).
        let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap();
        // Nor its comments: a doc link to a module is no import of it.
        let code: String =
            code.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        let targets = path
            .find_iter(&code)
            .filter_map(|m| resolve(module, m.as_str(), &files))
            .filter(|t| {
                t != module
                    && !t.starts_with(&format!("{module}::"))
                    && !module.starts_with(&format!("{t}::"))
            })
            .collect();
        graph.insert(module.clone(), targets);
    }
    graph
}

/// The module a path from `module` names: the longest of its prefixes that is a module.
fn resolve(module: &str, path: &str, modules: &BTreeMap<String, String>) -> Option<String> {
    let mut base: Vec<&str> = if module.is_empty() { Vec::new() } else { module.split("::").collect() };
    let mut segments = path.split("::").peekable();
    match segments.next()? {
        "crate" => base.clear(),
        "super" => {
            base.pop();
            while segments.next_if_eq(&"super").is_some() {
                base.pop();
            }
        }
        _ => {}
    }
    let mut best = None;
    for segment in segments {
        base.push(segment);
        let name = base.join("::");
        if modules.contains_key(&name) {
            best = Some(name);
        }
    }
    best
}

/// The modules that reach themselves through their imports.
fn in_circles(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<String> {
    let reaches = |from: &str, to: &str| {
        let (mut seen, mut stack) = (BTreeSet::new(), vec![from.to_owned()]);
        while let Some(m) = stack.pop() {
            for next in graph.get(&m).into_iter().flatten() {
                if next == to {
                    return true;
                }
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        false
    };
    graph.keys().filter(|m| reaches(m, m)).cloned().collect()
}

#[test]
fn no_modules_import_one_another_in_a_circle() {
    let graph = imports();
    assert!(graph.len() > 50 && graph["analysis::grouping"].contains("analysis::reading"), "{graph:?}");
    let circles = in_circles(&graph);
    assert!(circles.is_empty(), "modules in a circle of imports: {circles:?}");
}

#[test]
fn a_circle_is_found_when_there_is_one() {
    let edges = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")];
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in edges {
        graph.entry(from.to_owned()).or_default().insert(to.to_owned());
    }
    assert_eq!(in_circles(&graph), ["a", "b", "c"].map(str::to_owned).into());
}
