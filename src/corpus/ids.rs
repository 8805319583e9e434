//! Identifiers that become parts of output paths and URLs.
//!
//! Article, event, source, entity and story ids all end up as folder names in the site
//! (`events/<id>/`), so they are checked once, when they are read, and cannot be invalid
//! afterwards: lowercase ASCII letters, digits and single hyphens, not too long, and not a
//! name that operating systems reserve.

use std::fmt;

use serde::Serialize;

/// The longest id accepted, in bytes. Keeps paths well under file-system limits.
pub(crate) const MAX_ID_LEN: usize = 100;

/// A checked identifier: `[a-z0-9]+(-[a-z0-9]+)*`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Makes a valid id from any text: ASCII letters and digits kept (lowercased), runs of
    /// anything else become one hyphen, trimmed to [`MAX_ID_LEN`]. `None` when nothing is
    /// left (a title entirely in Persian, say).
    pub fn sanitize(text: &str) -> Option<Slug> {
        let mut out = String::new();
        for c in text.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        out.truncate(MAX_ID_LEN);
        let out = out.trim_end_matches('-');
        Slug::try_from(out).ok()
    }

    /// The id a person's name gives, in Latin letters whatever its script ("Ada Ward":
    /// `ada-ward`, "José Ruiz": `jose-ruiz`, "سامي حداد": `smy-hdd`): the address of an
    /// unregistered speaker's page, and the id `check` suggests registering them under.
    pub fn from_name(name: &str) -> Option<Slug> {
        Slug::sanitize(&deunicode::deunicode(name))
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Slug {
    fn borrow(&self) -> &str {
        &self.0
    }
}

/// Names Windows refuses as file names, whatever the extension.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
    "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

impl TryFrom<&str> for Slug {
    type Error = String;

    fn try_from(s: &str) -> Result<Slug, String> {
        if s.is_empty() {
            return Err("an id cannot be empty".to_owned());
        }
        if s.len() > MAX_ID_LEN {
            return Err(format!("id is {} characters long; the limit is {MAX_ID_LEN}", s.len()));
        }
        if let Some(bad) = s.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')) {
            return Err(format!(
                "id \"{}\" has the character {bad:?}; ids use lowercase a-z, 0-9 and -",
                s.escape_debug()
            ));
        }
        if s.starts_with('-') || s.ends_with('-') || s.contains("--") {
            return Err(format!("id \"{s}\" must not start or end with a hyphen or have two in a row"));
        }
        if RESERVED.contains(&s) {
            return Err(format!("id \"{s}\" is a reserved file name on Windows"));
        }
        Ok(Slug(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ids_are_accepted_as_is() {
        for id in ["a", "2023-10-24-nournews-fm-calls", "x1-y2"] {
            assert_eq!(Slug::try_from(id).unwrap().as_str(), id);
        }
    }

    #[test]
    fn ids_that_could_escape_or_collide_are_refused_with_a_reason() {
        let cases = [
            ("", "an id cannot be empty"),
            ("../etc", "id \"../etc\" has the character '.'; ids use lowercase a-z, 0-9 and -"),
            ("/abs", "id \"/abs\" has the character '/'; ids use lowercase a-z, 0-9 and -"),
            ("News", "id \"News\" has the character 'N'; ids use lowercase a-z, 0-9 and -"),
            ("a--b", "id \"a--b\" must not start or end with a hyphen or have two in a row"),
            ("-a", "id \"-a\" must not start or end with a hyphen or have two in a row"),
            ("con", "id \"con\" is a reserved file name on Windows"),
            ("غزه", "id \"غزه\" has the character 'غ'; ids use lowercase a-z, 0-9 and -"),
        ];
        for (id, message) in cases {
            assert_eq!(Slug::try_from(id).unwrap_err(), message, "{id}");
        }
        let long = "a".repeat(MAX_ID_LEN + 1);
        assert!(Slug::try_from(long.as_str()).is_err());
    }

    #[test]
    fn sanitize_makes_ids_from_titles() {
        assert_eq!(Slug::sanitize("Iran's FM: talks!").unwrap().as_str(), "iran-s-fm-talks");
        assert_eq!(Slug::sanitize("گفت‌وگو"), None);
        assert_eq!(Slug::sanitize("con"), None);
    }
}
