//! Who and what an article mentions: entity names matched through their aliases in any
//! script, and role descriptions ("the secretary general of the Islamic Jihad") matched to
//! the person who held the role on the article's date.

use chrono::NaiveDate;

use crate::corpus::{Entity, EntityKind, Registries};
use crate::text::{Folded, PhraseMatcher};

/// Index of an entity in [`EntityIndex::entities`].
pub type EntityIx = usize;

/// The registry's entities, ready for matching.
pub struct EntityIndex {
    /// Entities sorted by id.
    pub entities: Vec<Entity>,
    names: PhraseMatcher<EntityIx>,
    roles: PhraseMatcher<(EntityIx, usize)>,
}

/// A name or role found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Words of the folded text matched.
    pub words: std::ops::Range<usize>,
    /// The entities it may be (more than one when an alias is shared).
    pub entities: Vec<EntityIx>,
    /// True when a role description matched, not a name.
    pub by_role: bool,
}

impl Mention {
    /// The one entity meant, when the mention is not ambiguous.
    pub fn entity(&self) -> Option<EntityIx> {
        match self.entities.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }
}

impl EntityIndex {
    /// Builds the matchers from the registry.
    pub fn new(registries: &Registries) -> EntityIndex {
        let entities: Vec<Entity> = registries.entities.values().cloned().collect();
        let mut names = PhraseMatcher::default();
        let mut roles = PhraseMatcher::default();
        for (ix, e) in entities.iter().enumerate() {
            names.insert(&e.name, ix);
            for alias in &e.aliases {
                names.insert(alias, ix);
            }
            for (r, role) in e.roles.iter().enumerate() {
                roles.insert(&role.title, (ix, r));
            }
        }
        EntityIndex { entities, names, roles }
    }

    /// The entity with index `ix`.
    pub fn get(&self, ix: EntityIx) -> &Entity {
        &self.entities[ix]
    }

    /// True when `ix` is a person.
    pub fn is_person(&self, ix: EntityIx) -> bool {
        self.entities[ix].kind == EntityKind::Person
    }

    /// Names and roles in `folded` (made from `original`), in text order. A role counts
    /// only when its holder held it on `date`; a name inside a matched role ("the leader of
    /// Hamas") is still reported, as its own mention.
    pub fn find(&self, folded: &Folded, original: &str, date: NaiveDate) -> Vec<Mention> {
        let mut found: Vec<Mention> = self
            .names
            .find_all(folded, original)
            .into_iter()
            .map(|m| Mention {
                words: m.words,
                entities: dedup(m.values.into_iter().copied()),
                by_role: false,
            })
            .collect();
        for m in self.roles.find_all(folded, original) {
            let entities = dedup(
                m.values.iter().filter(|(e, r)| self.entities[*e].roles[*r].held_on(date)).map(|(e, _)| *e),
            );
            if !entities.is_empty() {
                found.push(Mention { words: m.words, entities, by_role: true });
            }
        }
        found.sort_by_key(|m| (m.words.start, m.words.end));
        // A role followed by another person's name is that person's title ("foreign
        // ministry spokesman Majed al-Ansari"), not a mention of the registry's holder; a
        // place after it qualifies the role ("Hezbollah's leader, Lebanon").
        let is_person = |n: &Mention| n.entities.iter().any(|&e| self.entities[e].kind == EntityKind::Person);
        let titled: Vec<bool> = found
            .iter()
            .map(|m| {
                m.by_role && {
                    let next = m.words.end;
                    let other_name = found.iter().any(|n| {
                        !n.by_role && n.words.start == next && n.entities != m.entities && is_person(n)
                    });
                    let same_name = found.iter().any(|n| n.words.start == next && n.entities == m.entities);
                    let capital = next < folded.len()
                        && original[folded.words[next - 1].original.end..folded.words[next].original.start]
                            .trim()
                            .is_empty()
                        && original[folded.words[next].original.clone()].starts_with(char::is_uppercase);
                    other_name || (capital && !same_name)
                }
            })
            .collect();
        found.into_iter().zip(titled).filter(|(_, t)| !t).map(|(m, _)| m).collect()
    }
}

fn dedup(ix: impl Iterator<Item = EntityIx>) -> Vec<EntityIx> {
    let mut v: Vec<EntityIx> = ix.collect();
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{RoleTitle, Slug};

    fn entity(id: &str, kind: EntityKind, aliases: &[&str], roles: &[(&str, Option<&str>)]) -> Entity {
        Entity {
            id: Slug::try_from(id).unwrap(),
            name: aliases[0].to_owned(),
            kind,
            role: None,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            roles: roles
                .iter()
                .map(|(t, from)| RoleTitle {
                    title: t.to_string(),
                    from: from.map(|f| f.parse().unwrap()),
                    until: None,
                })
                .collect(),
        }
    }

    #[test]
    fn names_and_roles_are_found_with_roles_limited_to_their_dates() {
        let mut r = Registries::default();
        for e in [
            entity(
                "nakhalah",
                EntityKind::Person,
                &["al-Nakhalah", "زیاد نخاله"],
                &[("secretary general of the Islamic Jihad", Some("2018-09-28"))],
            ),
            entity("pij", EntityKind::Organization, &["Islamic Jihad"], &[]),
        ] {
            r.entities.insert(e.id.clone(), e);
        }
        let index = EntityIndex::new(&r);
        let text = "The Secretary General of the Islamic Jihad met Al-Nakhalah.";
        let folded = Folded::new(text);
        let found = index.find(&folded, text, "2023-10-24".parse().unwrap());
        let summary: Vec<(&str, bool)> =
            found.iter().map(|m| (index.get(m.entity().unwrap()).id.as_str(), m.by_role)).collect();
        assert_eq!(summary, [("nakhalah", true), ("pij", false), ("nakhalah", false)]);
        // Before he held the role, the description is nobody.
        let found = index.find(&folded, text, "2010-01-01".parse().unwrap());
        assert!(found.iter().all(|m| !m.by_role));
    }
}
