//! Answering requests from the in-memory site: pages with the reload script (and the
//! error banner after a failed rebuild), redirects for folders without their slash, the
//! site's own 404 page for everything else.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use percent_encoding::percent_decode_str;

use super::{Live, Site, Snapshot};

/// Where open pages wait for the next build.
const WAIT: &str = "/__mediabrief/wait";

pub(crate) fn router(live: Arc<Live>) -> Router {
    Router::new().route(WAIT, get(wait)).fallback(get(file)).with_state(live)
}

/// Where files are looked up: the served site, or a set of files in tests.
pub(crate) trait Files {
    /// The file at `path`, `None` when there is none; `Err` with the reason when it exists
    /// but cannot be made.
    fn file(&self, path: &str) -> Result<Option<Arc<[u8]>>, String>;
}

impl Files for Site {
    fn file(&self, path: &str) -> Result<Option<Arc<[u8]>>, String> {
        Site::file(self, path)
    }
}

/// What a request path names in the site.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// A file of the site: its path and bytes.
    File(String, Arc<[u8]>),
    /// A folder asked for without its final slash.
    Redirect(String),
    /// Nothing, or a path that tries to leave the site.
    NotFound,
}

/// Resolves a request path: percent-decoded, `..`, `.` and backslashes refused, folders
/// served by their `index.html`.
pub(crate) fn resolve(site: &impl Files, raw: &str) -> Result<Lookup, String> {
    let Ok(path) = percent_decode_str(raw).decode_utf8() else { return Ok(Lookup::NotFound) };
    let rel = path.trim_start_matches('/');
    let bad = |s: &str| s == ".." || s == "." || s.contains(['\\', '\0']);
    if rel.split('/').any(bad) || rel.contains("//") {
        return Ok(Lookup::NotFound);
    }
    let file = if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_owned() };
    if let Some(bytes) = site.file(&file)? {
        return Ok(Lookup::File(file, bytes));
    }
    if !rel.is_empty() && !rel.ends_with('/') && site.file(&format!("{rel}/index.html"))?.is_some() {
        return Ok(Lookup::Redirect(format!("/{rel}/")));
    }
    Ok(Lookup::NotFound)
}

async fn file(State(live): State<Arc<Live>>, uri: Uri) -> Response {
    let snap = live.snapshot();
    let path = uri.path().to_owned();
    let site = Arc::clone(&snap.site);
    // Rendering a page is blocking work.
    let lookup = tokio::task::spawn_blocking(move || {
        let found = resolve(&*site, &path)?;
        let not_found = match found {
            Lookup::NotFound => site.file("404.html")?,
            _ => None,
        };
        Ok::<_, String>((found, not_found))
    })
    .await
    .unwrap_or_else(|e| Err(e.to_string()));
    match lookup {
        Ok((Lookup::File(path, bytes), _)) => respond(StatusCode::OK, &path, &bytes, &snap),
        Ok((Lookup::Redirect(to), _)) => {
            (StatusCode::PERMANENT_REDIRECT, [(header::LOCATION, to)]).into_response()
        }
        Ok((Lookup::NotFound, page)) => {
            let page = page
                .unwrap_or_else(|| Arc::from(&b"<!doctype html><title>Not found</title><body></body>"[..]));
            respond(StatusCode::NOT_FOUND, "404.html", &page, &snap)
        }
        Err(e) => {
            let mut failed = snap.clone();
            failed.error = Some(e.into());
            respond(
                StatusCode::INTERNAL_SERVER_ERROR,
                "500.html",
                b"<!doctype html><title>Error</title><body></body>",
                &failed,
            )
        }
    }
}

/// A file with its type; HTML pages get the reload script and, after a failed build, the
/// errors.
fn respond(status: StatusCode, path: &str, bytes: &[u8], snap: &Snapshot) -> Response {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let headers = [(header::CONTENT_TYPE, mime.to_string()), (header::CACHE_CONTROL, "no-store".to_owned())];
    if mime.subtype() != mime_guess::mime::HTML {
        return (status, headers, bytes.to_vec()).into_response();
    }
    let html = String::from_utf8_lossy(bytes);
    let extra = injected(snap);
    let page = match html.rfind("</body>") {
        Some(at) => format!("{}{extra}{}", &html[..at], &html[at..]),
        None => format!("{html}{extra}"),
    };
    (status, headers, page).into_response()
}

/// The reload script, and the error banner when the latest build failed.
fn injected(snap: &Snapshot) -> String {
    let mut out = String::new();
    if let Some(error) = &snap.error {
        let mut escaped = Vec::new();
        let _ = tera::escape_html(error, &mut escaped);
        out.push_str(&format!(
            "<div id=\"mediabrief-error\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;\
             margin:0;padding:1em;background:#fff0f0;color:#600;border-top:3px solid #c00;z-index:9999;direction:ltr;text-align:left\">\
             <strong>The last edit does not build; this is the last good version.</strong><pre style=\"white-space:pre-wrap\">{}</pre></div>",
            String::from_utf8_lossy(&escaped)
        ));
    }
    out.push_str(&format!(
        "<script>(function(){{var v=\"{v}\";function wait(){{fetch(\"{WAIT}?v=\"+v).then(function(r){{return r.text()}})\
         .then(function(n){{if(n!==v){{location.reload()}}else{{wait()}}}},function(){{setTimeout(wait,1000)}})}}wait()}})();</script>",
        v = snap.version
    ));
    out
}

/// Answers with the build version once it differs from `?v=`, or after 25 seconds.
async fn wait(State(live): State<Arc<Live>>, uri: Uri) -> String {
    let seen: Option<u64> = uri.query().and_then(|q| q.strip_prefix("v=")).and_then(|v| v.parse().ok());
    let mut versions = live.subscribe();
    let changed = versions.wait_for(|v| Some(*v) != seen);
    let _ = tokio::time::timeout(Duration::from_secs(25), changed).await;
    let current = *versions.borrow();
    current.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::OutputSet;

    impl Files for OutputSet {
        fn file(&self, path: &str) -> Result<Option<Arc<[u8]>>, String> {
            Ok(self.get(path).map(Arc::from))
        }
    }

    fn site() -> OutputSet {
        let mut s = OutputSet::default();
        for p in ["index.html", "events/a/index.html", "assets/style.css"] {
            s.insert(p, "x").unwrap();
        }
        s
    }

    fn path_of(lookup: Lookup) -> String {
        match lookup {
            Lookup::File(p, _) => p,
            Lookup::Redirect(to) => format!("-> {to}"),
            Lookup::NotFound => "404".to_owned(),
        }
    }

    #[test]
    fn paths_resolve_inside_the_site_only() {
        let s = site();
        let r = |raw: &str| path_of(resolve(&s, raw).unwrap());
        assert_eq!(r("/"), "index.html");
        assert_eq!(r("/events/a/"), "events/a/index.html");
        assert_eq!(r("/events/a"), "-> /events/a/");
        assert_eq!(r("/assets/style.css"), "assets/style.css");
        for bad in [
            "/../Cargo.toml", "/events/%2e%2e/%2e%2e/etc/passwd", "/events/..%2Fa/", "/a\\b", "//etc/passwd",
            "/%ff",
        ] {
            assert_eq!(r(bad), "404", "{bad}");
        }
        assert_eq!(r("/missing/"), "404");
    }
}
