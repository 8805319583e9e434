//! The site being served: the last good build, the errors of the latest one, and a
//! version number that open pages wait on to reload.

use std::sync::{Arc, RwLock};

use tokio::sync::watch;

use super::site::Site;

/// What the server shows now.
#[derive(Clone)]
pub(crate) struct Snapshot {
    /// The last build that succeeded (an empty site until one does).
    pub site: Arc<Site>,
    /// The errors of the latest build, when it failed.
    pub error: Option<Arc<str>>,
    /// Counts builds: pages reload when it changes.
    pub version: u64,
}

/// The shared state between the rebuilding thread and the server.
pub(crate) struct Live {
    current: RwLock<Snapshot>,
    versions: watch::Sender<u64>,
}

impl Live {
    pub(crate) fn new(first: Result<Site, String>, empty: impl FnOnce() -> Site) -> Live {
        let (site, error) = match first {
            Ok(site) => (site, None),
            Err(e) => (empty(), Some(e.into())),
        };
        Live {
            current: RwLock::new(Snapshot { site: Arc::new(site), error, version: 1 }),
            versions: watch::Sender::new(1),
        }
    }

    /// What to serve now.
    pub(crate) fn snapshot(&self) -> Snapshot {
        self.current.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Takes the result of a rebuild: a new site, or errors shown over the old one.
    pub(crate) fn update(&self, result: Result<Site, String>) {
        let version = {
            let mut current = self.current.write().unwrap_or_else(|p| p.into_inner());
            match result {
                Ok(site) => {
                    current.site = Arc::new(site);
                    current.error = None;
                }
                Err(e) => current.error = Some(e.into()),
            }
            current.version += 1;
            current.version
        };
        self.versions.send_replace(version);
    }

    /// A receiver that wakes when the version changes.
    pub(crate) fn subscribe(&self) -> watch::Receiver<u64> {
        self.versions.subscribe()
    }
}
