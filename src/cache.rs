//! What one build keeps for the next: in memory while `serve` runs, and on disk (the
//! `--cache` folder) from one `build`, `check` or `serve` to the next, as a CI job that
//! restores the folder does.
//!
//! On disk it holds each article's reading (its mentions, quotes, names and facts), by the
//! article's fingerprint, and each event's aligned quotes and comparison, by the
//! fingerprints of its articles, with the registries' fingerprint they were made with.
//! They are only ever reused for files of the same paths and bytes, read with the same
//! registries by the same `mediabrief` executable, so a cache can make a build faster but
//! never change what it writes. A cache that is missing, damaged, made by another
//! executable or with other registries is ignored, and replaced after the build; a cache
//! that cannot be written costs the next build its speed, never this one's success.

use std::fs;
use std::io::{self, Seek, Write};
use std::path::Path;
use std::sync::OnceLock;

use xxhash_rust::xxh3::xxh3_64;

use crate::Timings;
use crate::analysis::{self, AnalysisCache};
use crate::corpus;

/// What `serve` keeps from one build to the next (see [`corpus::ParseCache`] and
/// [`analysis::AnalysisCache`]).
#[derive(Default)]
pub struct Cache {
    pub(crate) parsed: corpus::ParseCache,
    pub(crate) analysis: AnalysisCache,
}

/// The file the cache is kept in, inside the cache folder.
const FILE: &str = "readings.bin";

/// The start of the file: what it is and in which layout.
const MAGIC: &[u8; 8] = b"mbcache1";

/// Header: the magic, the executable's identity, the checksum of the rest.
const HEADER: usize = 8 + 8 + 8;

/// How a build found the cache folder.
enum Found {
    /// A cache this executable wrote, read whole.
    Read(Cache),
    /// No usable cache, and why.
    Ignored(&'static str),
}

/// The cache `dir` holds, or an empty one, saying on `timings` why it could not be used.
pub(crate) fn open(dir: &Path, timings: &Timings) -> Cache {
    let mut clock = timings.start();
    let found = load(dir);
    clock.lap("cache");
    match found {
        Found::Read(c) => c,
        Found::Ignored(why) => {
            timings.note(format!("cache: {} ignored ({why})", dir.display()));
            Cache::default()
        }
    }
}

/// Writes `cache` into `dir` after an analysis, unless it reused everything and dropped
/// nothing of what it held before (`held`, its [`AnalysisCache::len`] then). Says on
/// `timings` what was reused; a failure to write is a warning, never the build's failure.
pub(crate) fn keep(dir: &Path, cache: &Cache, held: (usize, usize), timings: &Timings) {
    let reused = cache.analysis.reused();
    timings.note(format!(
        "cache: {} of {} readings and {} of {} events reused",
        reused.readings, reused.of_readings, reused.events, reused.of_events
    ));
    if reused.all() && cache.analysis.len() == held {
        return;
    }
    let mut clock = timings.start();
    if let Err(e) = save(dir, cache) {
        eprintln!("warning: the cache {} could not be written: {e}", dir.display());
    }
    clock.lap("cache");
}

/// Reads the cache `dir` holds.
fn load(dir: &Path) -> Found {
    let Some(exe) = executable() else { return Found::Ignored("this executable could not be read") };
    let bytes = match fs::read(dir.join(FILE)) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Found::Ignored("none yet"),
        Err(_) => return Found::Ignored("unreadable"),
    };
    match decode(&bytes, exe) {
        Ok(saved) => Found::Read(Cache { analysis: AnalysisCache::from_saved(saved), ..Cache::default() }),
        Err(why) => Found::Ignored(why),
    }
}

/// What `bytes` hold, if they were written by the executable `exe` and arrived whole.
fn decode(bytes: &[u8], exe: u64) -> Result<analysis::Saved, &'static str> {
    let (header, payload) = bytes.split_at_checked(HEADER).ok_or("damaged")?;
    let word = |i: usize| u64::from_le_bytes(header[i..i + 8].try_into().expect("8 bytes"));
    if &header[..8] != MAGIC {
        return Err("not a mediabrief cache");
    }
    if word(8) != exe {
        return Err("made by another mediabrief");
    }
    if word(16) != xxh3_64(payload) {
        return Err("damaged");
    }
    postcard::from_bytes(payload).map_err(|_| "damaged")
}

/// Writes what `cache` holds into `dir`, replacing what was there in one rename. It is
/// streamed to the file, hashed on the way, and the checksum written last.
pub(crate) fn save(dir: &Path, cache: &Cache) -> io::Result<()> {
    let exe = executable().ok_or_else(|| io::Error::other("this executable could not be read"))?;
    fs::create_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    let mut out = io::BufWriter::new(file.as_file_mut());
    out.write_all(MAGIC)?;
    out.write_all(&exe.to_le_bytes())?;
    out.write_all(&[0; 8])?;
    let hashed = Hashed { out, hasher: xxhash_rust::xxh3::Xxh3::new() };
    let Hashed { mut out, hasher } =
        postcard::to_io(&cache.analysis.saved(), hashed).map_err(io::Error::other)?;
    out.seek(io::SeekFrom::Start(16))?;
    out.write_all(&hasher.digest().to_le_bytes())?;
    out.flush()?;
    drop(out);
    file.persist(dir.join(FILE)).map_err(|e| e.error)?;
    Ok(())
}

/// A writer that hashes what goes through it.
struct Hashed<W> {
    out: W,
    hasher: xxhash_rust::xxh3::Xxh3,
}

impl<W: Write> Write for Hashed<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.out.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The running executable's identity: a hash of its bytes, so that a cache is only read by
/// the very build of `mediabrief` that wrote it (a new version, or a rebuilt one, reads
/// articles anew rather than trust readings made by other code).
fn executable() -> Option<u64> {
    static EXE: OnceLock<Option<u64>> = OnceLock::new();
    *EXE.get_or_init(|| {
        let mut file = fs::File::open(std::env::current_exe().ok()?).ok()?;
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        let mut buf = vec![0; 1 << 20];
        loop {
            match io::Read::read(&mut file, &mut buf) {
                Ok(0) => return Some(hasher.digest()),
                Ok(n) => hasher.update(&buf[..n]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cache_is_read_only_whole_and_by_the_executable_that_wrote_it() {
        let dir = tempfile::tempdir().unwrap();
        save(dir.path(), &Cache::default()).unwrap();
        let bytes = fs::read(dir.path().join(FILE)).unwrap();
        let exe = executable().unwrap();
        assert!(decode(&bytes, exe).is_ok());
        assert!(matches!(load(dir.path()), Found::Read(_)));
        assert_eq!(decode(&bytes, exe ^ 1).err(), Some("made by another mediabrief"));
        assert_eq!(decode(&bytes[..bytes.len() - 1], exe).err(), Some("damaged"));
        assert_eq!(decode(&bytes[..10], exe).err(), Some("damaged"));
        let mut flipped = bytes.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(decode(&flipped, exe).err(), Some("damaged"));
        let mut foreign = bytes;
        foreign[0] = b'x';
        assert_eq!(decode(&foreign, exe).err(), Some("not a mediabrief cache"));
        assert!(matches!(load(&dir.path().join("none")), Found::Ignored("none yet")));
    }
}
