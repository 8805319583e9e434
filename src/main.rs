//! The `mediabrief` command: parse the command line, run the command, map the result to
//! an exit code (0 ok, 1 content errors, 2 usage or I/O failure).

fn main() -> std::process::ExitCode {
    mediabrief::cli::run()
}

/// jemalloc serves the many small allocations of reading and rendering with less work
/// than glibc's allocator (15% less CPU for a 10,000-article build, benches/README.md).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's settings: pages freed are handed back to the system after a tenth of a second
/// rather than ten, so the peak stays that of the data live at once; one arena per CPU
/// rather than four, as the build runs one thread per CPU (10,000 articles, four runs each:
/// peak 286-296 MB against 290-305 MB, no slower).
#[cfg(not(target_env = "msvc"))]
#[unsafe(export_name = "_rjem_malloc_conf")]
static MALLOC_CONF: Conf = Conf(c"dirty_decay_ms:100,muzzy_decay_ms:0,percpu_arena:percpu".as_ptr());

/// A C string jemalloc reads at start-up (`const char *`).
#[cfg(not(target_env = "msvc"))]
#[repr(transparent)]
struct Conf(*const std::ffi::c_char);

// SAFETY: the pointer is to a string literal, never written.
#[cfg(not(target_env = "msvc"))]
unsafe impl Sync for Conf {}
