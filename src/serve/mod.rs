//! `mediabrief serve`: the site built in memory, served on 127.0.0.1, rebuilt when
//! `content/`, `templates/` or `book.toml` change, open pages reloaded.
//!
//! A rebuild that fails keeps the last good site online; every page then shows the errors
//! in a banner until a fix builds again. Files are only ever looked up in the in-memory
//! site, so no request can reach the disk.

mod http;
mod live;
mod site;
mod watch;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Instant;

use clap::Args;

use crate::cmd::{ProjectArgs, open};
use crate::{Cache, Failure, cache};
pub(crate) use live::{Live, Snapshot};
pub(crate) use site::Site;

#[derive(Args, Debug)]
pub(crate) struct ServeArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, short, default_value_t = 3000)]
    pub port: u16,
}

pub(crate) fn run(args: &ServeArgs) -> Result<(), Failure> {
    let (project, options, _) = open(&args.project, "/")?;
    let started = Instant::now();
    // What the last `build` kept, and what this first build found, for the next `build`.
    let mut cache =
        options.cache.as_deref().map_or_else(Cache::default, |d| cache::open(d, &options.timings));
    let held = cache.analysis.len();
    let first = Site::load(&project, &options, &mut cache);
    if let Some(dir) = &options.cache {
        cache::keep(dir, &cache, held, &options.timings);
    }
    for line in options.timings.take() {
        eprintln!("{line}");
    }
    let live = Arc::new(Live::new(first, || Site::empty(&project, &options)));
    eprintln!("Built in {:.0} ms.", started.elapsed().as_secs_f64() * 1000.0);
    let _watcher = watch::start(project.clone(), options, cache, Arc::clone(&live))
        .map_err(|e| Failure::Io(format!("watching {}: {e}", project.root.display())))?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure::Io(format!("starting the server: {e}")))?;
    runtime.block_on(async {
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, args.port));
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .map_err(|e| Failure::Io(format!("listening on {address}: {e}")))?;
        let bound = listener.local_addr().map_err(|e| Failure::Io(e.to_string()))?;
        eprintln!("Serving on http://{bound}/ (Ctrl-C to stop)");
        axum::serve(listener, http::router(live))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| Failure::Io(format!("serving: {e}")))
    })
}
