//! `mediabrief new DIR`: the files of a new monitoring project.
//!
//! The registries and the example article are the bundled sample's own (compiled in), so a
//! new project starts with outlets, people and an article that build, and imports of the
//! sample's clippings find their outlets. The publishing workflow is the one this
//! repository runs for its sample, with mediabrief installed from the release archive of
//! the version that wrote it instead of built from source.

/// The GitHub Actions workflow that builds the site and the book and publishes them on
/// GitHub Pages, the book under `/book/`. `install` is the steps that put mediabrief and
/// mdBook on the path.
pub(crate) fn pages_workflow(install: &str) -> String {
    include_str!("pages.yml").replace("{{install}}\n", install)
}

/// A new project's install steps: the release of this version (its archive, checksum
/// verified), built from the repository when there is none; both cached.
fn install_release() -> String {
    include_str!("install/release.yml")
        .replace("{{version}}", env!("CARGO_PKG_VERSION"))
        .replace("{{repository}}", env!("CARGO_PKG_REPOSITORY"))
}

/// The example article: the sample's NourNews report, without its curated event.
const EXAMPLE: (&str, &str) = (
    "content/articles/2023/2023-10-24-nournews-fm-calls.md",
    include_str!("../../content/articles/2023/2023-10-24-nournews-fm-calls.md"),
);

/// The files of a new project titled `title`, by path.
pub(crate) fn files(title: &str) -> Vec<(&'static str, String)> {
    // A JSON string is a valid TOML basic string: the same escapes.
    let quoted = serde_json::to_string(title).unwrap_or_default();
    let example: String =
        EXAMPLE.1.lines().filter(|l| !l.starts_with("event:")).map(|l| format!("{l}\n")).collect();
    vec![
        ("book.toml", include_str!("book.toml").replace("{{title}}", &quoted)),
        (".gitignore", include_str!("gitignore").to_owned()),
        (
            "README.md",
            include_str!("README.md")
                .replace("{{title}}", title)
                .replace("{{repository}}", env!("CARGO_PKG_REPOSITORY"))
                .replace("{{version}}", env!("CARGO_PKG_VERSION")),
        ),
        (".github/workflows/pages.yml", pages_workflow(&install_release())),
        ("content/sources.yaml", include_str!("../../content/sources.yaml").to_owned()),
        ("content/entities.yaml", include_str!("../../content/entities.yaml").to_owned()),
        ("content/lexicon.yaml", include_str!("../../content/lexicon.yaml").to_owned()),
        (EXAMPLE.0, example),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_repository_publishes_its_sample_with_the_workflow_new_projects_get() {
        let ours = include_str!("../../.github/workflows/pages.yml");
        assert_eq!(ours, pages_workflow(include_str!("install/source.yml")));
        let theirs = pages_workflow(&install_release());
        let version = env!("CARGO_PKG_VERSION");
        assert!(theirs.contains(&format!("VERSION: \"{version}\"")), "{theirs}");
        assert!(theirs.contains(&format!("-mediabrief-{version}-mdbook-")), "the cache follows the version");
        assert!(theirs.contains("REPOSITORY: https://github.com/"), "{theirs}");
        assert!(theirs.contains("sha256sum --check"), "{theirs}");
        for placeholder in ["{{install}}", "{{version}}", "{{repository}}"] {
            assert!(!theirs.contains(placeholder), "{placeholder} filled: {theirs}");
        }
    }

    #[test]
    fn the_readme_says_how_to_publish_with_no_placeholder_left() {
        let readme = &files("Harbour watch")[2];
        assert_eq!(readme.0, "README.md");
        for needed in ["# Harbour watch", "Settings > Pages", "GitHub Actions", "/book/", "mediabrief check"]
        {
            assert!(readme.1.contains(needed), "{needed}: {}", readme.1);
        }
        assert!(readme.1.contains(&format!("[mediabrief]({})", env!("CARGO_PKG_REPOSITORY"))));
        assert!(!readme.1.contains("](https://github.com/)"), "no link to GitHub's front page");
        assert!(!readme.1.contains("{{"), "every placeholder filled: {}", readme.1);
    }

    #[test]
    fn titles_are_quoted_for_toml() {
        let book = &files("Gaza \"ceasefire\" watch")[0].1;
        let parsed: toml::Table = book.parse().unwrap();
        assert_eq!(parsed["book"]["title"].as_str(), Some("Gaza \"ceasefire\" watch"));
    }
}
