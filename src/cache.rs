//! What one build keeps for the next: in memory while `serve` runs, and on disk (the
//! `--cache` folder) from one `build` or `check` to the next, as a CI job that restores the
//! folder does.
//!
//! On disk it holds each article's reading (its mentions, quotes, names and facts: most of
//! the analysis' time), by the article's fingerprint, with the registries' fingerprint they
//! were read with. A reading is only ever reused for a file of the same path and bytes,
//! read with the same registries by the same `mediabrief` executable, so a cache can make a
//! build faster but never change what it writes. A cache that is missing, damaged, made by
//! another executable or with other registries is ignored, and replaced after the build; a
//! cache that cannot be written costs the next build its speed, never this one's success.

use std::fs;
use std::io;
use std::path::Path;
use std::sync::OnceLock;

use xxhash_rust::xxh3::xxh3_64;

use crate::analysis::{self, AnalysisCache};
use crate::corpus;

/// What `serve` keeps from one build to the next (see [`corpus::ParseCache`] and
/// [`analysis::AnalysisCache`]).
#[derive(Default)]
pub struct Cache {
    pub(crate) parsed: corpus::ParseCache,
    pub(crate) analysis: AnalysisCache,
}

/// The file the readings are kept in, inside the cache folder.
const FILE: &str = "readings.bin";

/// The start of the file: what it is and in which layout.
const MAGIC: &[u8; 8] = b"mbcache1";

/// Header: the magic, the executable's identity, the checksum of the rest.
const HEADER: usize = 8 + 8 + 8;

/// How a build found the cache folder, for `--timings`.
pub(crate) enum Found {
    /// A cache this executable wrote, read whole.
    Read(Cache),
    /// No usable cache, and why.
    Ignored(&'static str),
}

/// Reads the cache `dir` holds.
pub(crate) fn load(dir: &Path) -> Found {
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

/// The readings `bytes` hold, if they were written by the executable `exe` and arrived whole.
fn decode(bytes: &[u8], exe: u64) -> Result<analysis::SavedReadings, &'static str> {
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

/// Writes what `cache` holds into `dir`, replacing what was there in one rename.
pub(crate) fn save(dir: &Path, cache: &Cache) -> io::Result<()> {
    let exe = executable().ok_or_else(|| io::Error::other("this executable could not be read"))?;
    let payload = postcard::to_stdvec(&cache.analysis.saved()).map_err(io::Error::other)?;
    let mut bytes = Vec::with_capacity(HEADER + payload.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&exe.to_le_bytes());
    bytes.extend_from_slice(&xxh3_64(&payload).to_le_bytes());
    bytes.extend_from_slice(&payload);
    fs::create_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    io::Write::write_all(&mut file, &bytes)?;
    file.persist(dir.join(FILE)).map_err(|e| e.error)?;
    Ok(())
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

    fn saved_bytes(exe: u64) -> Vec<u8> {
        let payload = postcard::to_stdvec(&AnalysisCache::default().saved()).unwrap();
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&exe.to_le_bytes());
        bytes.extend_from_slice(&xxh3_64(&payload).to_le_bytes());
        bytes.extend_from_slice(&payload);
        bytes
    }

    #[test]
    fn a_cache_is_read_only_whole_and_by_the_executable_that_wrote_it() {
        let bytes = saved_bytes(7);
        assert!(decode(&bytes, 7).is_ok());
        assert_eq!(decode(&bytes, 8).err(), Some("made by another mediabrief"));
        assert_eq!(decode(&bytes[..bytes.len() - 1], 7).err(), Some("damaged"));
        assert_eq!(decode(&bytes[..10], 7).err(), Some("damaged"));
        let mut flipped = bytes.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(decode(&flipped, 7).err(), Some("damaged"));
        let mut foreign = bytes;
        foreign[0] = b'x';
        assert_eq!(decode(&foreign, 7).err(), Some("not a mediabrief cache"));
    }
}
