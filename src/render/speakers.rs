//! Speakers the registry does not know, with a page of their own: a person the text names
//! ("Ada Ward", "سامي حداد") is as much a speaker as a registered one, so the People index
//! lists them and the quote tables link them, at an address made from their name
//! (`people/ada-ward/`, `people/smy-hdd/`) that stays while the name does, and stays when
//! they are registered under the id `check` suggests, which is the same. Descriptions
//! ("a harbour official") and organisations name no one's page.

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::Analysis;
use crate::analysis::quotes::Via;
use crate::corpus::Slug;

/// Each unregistered speaker's name as the quotes give it, with the id of their page.
pub(crate) fn unregistered(analysis: &Analysis) -> BTreeMap<&str, String> {
    let names: BTreeSet<&str> = analysis
        .quotes
        .iter()
        .filter_map(|q| q.found.speaker.as_ref())
        .filter(|s| s.entity.is_none() && s.via != Via::Description)
        .map(|s| s.name.as_str())
        .filter(|name| !crate::analysis::is_organization(name))
        .collect();
    let mut taken: BTreeSet<String> = analysis.index.entities.iter().map(|e| e.id.to_string()).collect();
    let mut pages = BTreeMap::new();
    for name in names {
        // Two names with one id ("José Ruiz", "Jose Ruiz"), or a registered person's id:
        // the later name in sorted order takes the next free number.
        let base = Slug::from_name(name).map_or_else(|| "person".to_owned(), |s| s.to_string());
        let (mut id, mut n) = (base.clone(), 1);
        while taken.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        taken.insert(id.clone());
        pages.insert(name, id);
    }
    pages
}
