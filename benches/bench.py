#!/usr/bin/env python3
"""mediabrief's benchmark: build, check and serve's rebuild against Hugo, at three sizes.

    python3 benches/bench.py [N ...]          (default: 1000 10000 50000)

For each N it generates the synthetic corpus (benches/gencorpus.rs, deterministic) under
$BENCH_DIR (default /tmp/mediabrief-bench), then runs three rounds, each in this order:

- `mediabrief build` from scratch (the output folders moved away first, `--no-cache`);
- `mediabrief build` after 10 articles are added to the project just built with its cache
  (`.mediabrief-cache`): the warm build a CI job that restores the cache runs;
- `hugo` on the same articles as plain pages (benches/hugo/), from scratch;
- `hugo` again with its default page kinds (RSS feeds, sitemap, taxonomy pages) enabled;
- `mediabrief check` (`--no-cache`);
- `mediabrief serve`: the time of the rebuild after one article changes, as serve reports it.

Each is timed and its peak memory read from /usr/bin/time -v; the table gives the median
of the three rounds, and the ratios of mediabrief's build to each Hugo build, the median
of the three rounds' ratios. The machine is described at the top of the output. Release build required:
the script runs `cargo build --release` first.
"""

import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = REPO / "target" / "release" / "mediabrief"
WORK = Path(os.environ.get("BENCH_DIR", "/tmp/mediabrief-bench"))
ROUNDS = 3


def timed(args, cwd):
    """Runs `args` under /usr/bin/time -v: (seconds, peak MiB)."""
    start = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-v", *args], cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"{' '.join(map(str, args))} failed:\n{out.stderr[-2000:]}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr).group(1))
    return elapsed, peak / 1024


def corpus(n):
    root = WORK / str(n)
    if not (root / "content" / "articles").is_dir():
        root.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["cargo", "bench", "--quiet", "--bench", "gencorpus", "--", str(n), str(root)], cwd=REPO, check=True
        )
    hugo = WORK / f"{n}-hugo"
    if not hugo.is_dir():
        shutil.copytree(REPO / "benches" / "hugo", hugo)
        (hugo / "content").symlink_to(root / "content" / "articles")
    # The same site with Hugo's default page kinds: RSS feeds, sitemap, taxonomy pages.
    defaults = WORK / f"{n}-hugo-defaults"
    if not defaults.is_dir():
        shutil.copytree(REPO / "benches" / "hugo", defaults)
        config = defaults / "hugo.toml"
        config.write_text("".join(l for l in config.read_text().splitlines(True) if not l.startswith("disableKinds")))
        (defaults / "content").symlink_to(root / "content" / "articles")
    return root, hugo, defaults


TRASH = WORK / "trash"


def clean(*paths):
    """Moves earlier output out of the way. It is deleted only at the end: ext4 without a
    journal passes over inodes freed in the last minute (RECENTCY_MIN in fs/ext4/ialloc.c;
    six minutes while their inode table block is not yet written back) when it allocates
    new ones, looking each one up again at every allocation, and deleting a 10,000-article
    site just before a build cost that build seconds in the kernel, a cost no real build on
    a fresh clone pays."""
    TRASH.mkdir(parents=True, exist_ok=True)
    for p in paths:
        if p.exists():
            p.rename(TRASH / f"{len(os.listdir(TRASH))}")


def empty_trash():
    shutil.rmtree(TRASH, ignore_errors=True)


def build(root):
    clean(root / "public", root / "briefs", root / ".public.previous", root / ".briefs.previous")
    return timed([BIN, "build", "--quiet", "--no-cache"], root)


ADDED = 10


def warm_build(root):
    """The build after ADDED articles (copies of articles spread over the corpus, each with
    a sentence of its own, so new reports of existing events) are added to a project built
    with its cache; the added articles are removed afterwards."""
    clean(root / ".mediabrief-cache")
    timed([BIN, "build", "--quiet"], root)
    articles = sorted((root / "content" / "articles").iterdir())
    added = []
    try:
        for i, original in enumerate(articles[:: len(articles) // ADDED][:ADDED]):
            copy = original.with_name(f"{original.stem}-added-{i}.md")
            text = original.read_text()
            copy.write_text(text.replace("\n\n", f"\n\nA sentence only report {i} added gives.\n\n", 1))
            added.append(copy)
        return timed([BIN, "build", "--quiet"], root)
    finally:
        for copy in added:
            copy.unlink()


def hugo(site):
    clean(site / "public", site / "resources")
    return timed(["hugo", "--quiet", "--destination", "public"], site)


def check(root):
    return timed([BIN, "check", "--no-cache"], root)


def serve_rebuild(root):
    """Starts serve, edits one article, reads the rebuild time serve prints; serve's peak
    memory over its initial build and the rebuild."""
    article = sorted((root / "content" / "articles").iterdir())[len(os.listdir(root / "content" / "articles")) // 2]
    original = article.read_text()
    proc = subprocess.Popen(
        ["/usr/bin/time", "-v", BIN, "serve", "--port", "0"],
        cwd=root,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    lines = []
    try:
        for line in proc.stderr:
            lines.append(line)
            if line.startswith("Serving on"):
                break
        article.write_text(original.replace("\n\n", "\n\nAn edited sentence for the benchmark.\n\n", 1))
        for line in proc.stderr:
            lines.append(line)
            m = re.match(r"Rebuilt in (\d+) ms", line)
            if m:
                seconds = int(m.group(1)) / 1000
                break
        else:
            sys.exit("serve stopped:\n" + "".join(lines[-20:]))
    finally:
        article.write_text(original)
        # To the group: /usr/bin/time ignores SIGINT while its child runs.
        os.killpg(proc.pid, signal.SIGINT)
        rest = proc.stderr.read()
        proc.wait()
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", rest).group(1))
    return seconds, peak / 1024


def machine():
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            mem = int(line.split()[1]) / 1024 / 1024
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, {platform.system()} {platform.release()}; {rustc}; Hugo {hugo_version}"


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000, 50000]
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    if TRASH.exists():
        empty_trash()
        # Written back, the freed inodes are passed over for a minute, not six (see clean).
        os.sync()
        time.sleep(61)
    print(f"Machine: {machine()}\n")
    print(
        "| articles | build | peak | warm, +10 | warm / build | Hugo | peak | build / Hugo "
        "| Hugo, default kinds | build / that | check | peak | serve rebuild | serve peak |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        root, site, defaults = corpus(n)
        results = {k: [] for k in ("build", "warm", "hugo", "defaults", "check", "serve")}
        for _ in range(ROUNDS):
            results["build"].append(build(root))
            results["warm"].append(warm_build(root))
            results["hugo"].append(hugo(site))
            results["defaults"].append(hugo(defaults))
            results["check"].append(check(root))
            results["serve"].append(serve_rebuild(root))
        med = {k: (statistics.median(t for t, _ in v), max(m for _, m in v)) for k, v in results.items()}

        def ratio(other, of="build"):
            return statistics.median(b[0] / h[0] for b, h in zip(results[of], results[other]))

        print(
            f"| {n:,} | {med['build'][0]:.2f} s | {med['build'][1]:.0f} MiB | {med['warm'][0]:.2f} s | "
            f"{ratio('build', of='warm'):.2f} | {med['hugo'][0]:.2f} s | "
            f"{med['hugo'][1]:.0f} MiB | {ratio('hugo'):.2f} | {med['defaults'][0]:.2f} s | "
            f"{ratio('defaults'):.2f} | {med['check'][0]:.2f} s | {med['check'][1]:.0f} MiB | "
            f"{med['serve'][0]:.2f} s | {med['serve'][1]:.0f} MiB |",
            flush=True,
        )
    empty_trash()


if __name__ == "__main__":
    main()
