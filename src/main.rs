//! The `mediabrief` command: parse the command line, run the command, map the result to
//! an exit code (0 ok, 1 content errors, 2 usage or I/O failure).

fn main() -> std::process::ExitCode {
    mediabrief::cli::run()
}
