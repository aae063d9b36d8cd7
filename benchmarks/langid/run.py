"""Language detection: langdetect against lingua, raw and through the portal's detect_language().

    .venv/bin/python benchmarks/langid/run.py [--data PATH]
        [--engines langdetect lingua lingua-low lingua-cld2]

Reads testdata/ (lingua's test data for 14 languages × single words, word pairs, sentences;
see testdata/NOTICE.md) and resident_messages.tsv (the portal's own resident-style messages:
Uzbek, Vietnamese typed without accents, mixed scripts, and romanised Korean and greetings,
where the honest answer is "unsure", i.e. the fallback) and prints, side by side, the accuracy
per language and length class and per resident category, the averages, the median time per
call and the memory of the process. Every engine runs twice — "raw" (the engine alone,
choosing among all the portal languages it knows) and "portal" (detect_language: cleaning,
script rules, the engine per script, the confidence threshold; a fallback counts as a miss,
except for the resident messages expected "unsure") — each time in a fresh Python process, so
that no two share memory. "lingua-low" is lingua in its low-accuracy mode, for the memory
trade-off.

Memory is the process's resident set (VmRSS) after loading the detector and classifying
everything, beside the same process before loading (Django set up, portal.settings.test).
The portal pass also pipes the sentences through `manage.py detectlang` (call_command) and
checks that it prints the same codes.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
DEFAULT_DATA = Path(__file__).resolve().parent / "testdata"
RESIDENT_MESSAGES = Path(__file__).resolve().parent / "resident_messages.tsv"
UNSURE = "unsure"  # resident_messages.tsv: the fallback is the right answer
LENGTHS = ("single-words", "word-pairs", "sentences")
# The test data's file names → portal codes.
PORTAL_CODES = {"zh": "zh-hans"}
FALLBACK = "ko"  # what detect_language gets; a fallback is counted as a miss whatever it is
VARIANTS = ("raw", "portal")
# Where detect_language needs the engine; the other languages' scripts decide in microseconds,
# which would pull the portal's median over all sentences down.
STATISTICAL_LANGUAGES = ("en", "vi", "tl", "id", "es", "fr", "de", "ru", "mn")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--engines",
        nargs="+",
        default=["langdetect", "lingua", "lingua-low", "lingua-cld2"],
        metavar="ENGINE",
    )
    parser.add_argument("--worker", nargs=2, metavar=("ENGINE", "VARIANT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        engine, variant = args.worker
        json.dump(measure(engine=engine, variant=variant, data=args.data), sys.stdout)
        return

    samples = load_samples(args.data)
    print(f"{args.data}: {sum(len(lines) for lines in samples.values())} samples\n")
    results = {}
    for engine in args.engines:
        for variant in VARIANTS:
            print(f"measuring {engine} {variant} …", file=sys.stderr, flush=True)
            results[f"{engine} {variant}"] = run_worker(
                engine=engine, variant=variant, data=args.data
            )
    report(results, samples)


def run_worker(*, engine, variant, data):
    command = [sys.executable, __file__, "--data", str(data), "--worker", engine, variant]
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    output = subprocess.run(
        command, cwd=BASE_DIR, env=environment, capture_output=True, text=True, check=False
    )
    if output.returncode:
        sys.exit(f"{engine} {variant} failed:\n{output.stderr}")
    return json.loads(output.stdout)


def load_samples(data: Path) -> dict[tuple[str, str], list[str]]:
    """(length, portal code) → lines. Split on "\\n" only: some lines hold U+0085, which
    str.splitlines() would take for a line break."""
    samples = {}
    for length in LENGTHS:
        for path in sorted((data / length).glob("*.txt")):
            lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line]
            samples[length, PORTAL_CODES.get(path.stem, path.stem)] = lines
    if not samples:
        sys.exit(f"no test data in {data} (expected <length>/<language>.txt)")
    return samples


def load_resident() -> list[tuple[str, list[str]]]:
    """[(category, texts)] of resident_messages.tsv, in file order."""
    categories = {}
    for line in RESIDENT_MESSAGES.read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("#"):
            category, _expected, text = line.split("\t")
            categories.setdefault(category, []).append(text)
    return list(categories.items())


def resident_expected() -> dict[str, list[str]]:
    """category → the expected answer of each message (a portal code or UNSURE)."""
    expected = {}
    for line in RESIDENT_MESSAGES.read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("#"):
            category, code, _text = line.split("\t")
            expected.setdefault(category, []).append(code)
    return expected


# --- the worker: one engine, one variant, one process ------------------------------------------


def measure(*, engine: str, variant: str, data: Path) -> dict:
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    from participation.language_detection import detect_with_engine, engines

    samples = load_samples(data)
    rss_before = memory()["rss"]
    started = time.perf_counter()
    if engine == "lingua-low":
        detector = engines.LinguaEngine(low_accuracy=True)
    else:
        detector = engines.get_engine(engine)
    groups = ("all",) if variant == "raw" else ("latin", "cyrillic")
    for group in groups:
        if len(detector.languages(group)) > 1:
            detector.detector(group)
    load_seconds = time.perf_counter() - started
    rss_loaded = memory()["rss"]

    if variant == "raw":

        def classify(text):
            best = detector.best(text, group="all")
            return best[0] if best else None

    else:

        def classify(text):
            result = detect_with_engine(text=text, fallback=FALLBACK, engine=detector)
            return None if result.is_fallback else result.code

    predictions, timings = {}, {}
    if variant == "portal":
        samples = {
            **samples,
            **{("resident", category): texts for category, texts in load_resident()},
        }
    for (length, code), lines in samples.items():
        found, nanoseconds = [], []
        for line in lines:
            started = time.perf_counter_ns()
            found.append(classify(line))
            nanoseconds.append(time.perf_counter_ns() - started)
        predictions[f"{length}/{code}"] = found
        timings[f"{length}/{code}"] = nanoseconds

    command_check = None
    if variant == "portal" and engine in engines.ENGINES:
        command_check = check_command(engine=engine, samples=samples, predictions=predictions)
    return {
        "predictions": predictions,
        "timings": timings,
        "load_seconds": load_seconds,
        "rss_before": rss_before,
        "rss_loaded": rss_loaded,
        "rss_after": memory()["rss"],
        "rss_peak": memory()["peak"],
        "command_check": command_check,
    }


def check_command(*, engine, samples, predictions):
    """Pipe the sentences through `detectlang`; how many lines it answers as detect_language
    did (a fallback prints the fallback code)."""
    from io import StringIO

    from django.core.management import call_command

    agree = total = 0
    for (length, code), lines in samples.items():
        if length != "sentences":
            continue
        stdout = StringIO()
        stdin = StringIO("\n".join(lines) + "\n", newline="\n")
        call_command("detectlang", engine=engine, fallback=FALLBACK, stdin=stdin, stdout=stdout)
        printed = stdout.getvalue().split("\n")[: len(lines)]
        expected = [found or FALLBACK for found in predictions[f"{length}/{code}"]]
        agree += sum(a == b for a, b in zip(printed, expected, strict=True))
        total += len(lines)
    return [agree, total]


def memory() -> dict[str, int]:
    """Resident set size now and at its peak, in bytes."""
    fields = {}
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(value.split()[0]) * 1024
    if not fields:  # no /proc: the peak is all getrusage knows (kilobytes on Linux)
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        fields = {"VmRSS": peak, "VmHWM": peak}
    return {"rss": fields["VmRSS"], "peak": fields["VmHWM"]}


# --- the report -----------------------------------------------------------------------------------


def report(results: dict, samples: dict):
    names = list(results)
    width = max(12, *(len(name) + 1 for name in names))
    header = "".join(f"{name:>{width}}" for name in names)
    languages = sorted({code for _length, code in samples})

    def accuracy(name, length, code):
        key = f"{length}/{code}"
        expected = code
        found = results[name]["predictions"][key]
        return 100 * sum(item == expected for item in found) / len(found)

    def fallbacks(name, length):
        found = [
            item
            for (sample_length, code) in samples
            if sample_length == length
            for item in results[name]["predictions"][f"{length}/{code}"]
        ]
        return 100 * sum(item is None for item in found) / len(found)

    averages = {}
    for length in LENGTHS:
        print(f"Accuracy, {length} (%)")
        print(f"{'language':<10}{header}")
        for code in languages:
            if (length, code) in samples:
                row = "".join(f"{accuracy(name, length, code):>{width}.1f}" for name in names)
                print(f"{code:<10}{row}")
        for name in names:
            averages[name, length] = statistics.mean(
                accuracy(name, length, code) for code in languages if (length, code) in samples
            )
        print(f"{'average':<10}" + "".join(f"{averages[n, length]:>{width}.2f}" for n in names))
        print(f"{'fallbacks':<10}" + "".join(f"{fallbacks(n, length):>{width}.1f}" for n in names))
        print()

    resident = [
        n for n in names if any(k.startswith("resident/") for k in results[n]["predictions"])
    ]
    if resident:
        report_resident(results, resident)

    print("Summary")
    print(f"{'':<26}{header}")
    for length in LENGTHS:
        row = "".join(f"{averages[name, length]:>{width}.2f}" for name in names)
        print(f"{'average % ' + length:<26}{row}")
    overall = {
        name: statistics.mean(averages[name, length] for length in LENGTHS) for name in names
    }
    print(f"{'average % all lengths':<26}" + "".join(f"{overall[n]:>{width}.2f}" for n in names))

    def median_ms(name, length=None, languages=None):
        timings = [
            nanoseconds
            for key, values in results[name]["timings"].items()
            if (key.startswith(length + "/") if length else not key.startswith("resident/"))
            if languages is None or key.split("/")[1] in languages
            for nanoseconds in values
        ]
        return statistics.median(timings) / 1e6

    rows = [
        ("median ms, sentences", lambda n: f"{median_ms(n, 'sentences'):.3f}"),
        (
            "  Latin/Cyrillic ones",
            lambda n: f"{median_ms(n, 'sentences', STATISTICAL_LANGUAGES):.3f}",
        ),
        ("median ms, all samples", lambda n: f"{median_ms(n):.3f}"),
        (
            "median ms, resident msgs",
            lambda n: f"{median_ms(n, 'resident'):.3f}" if n.endswith("portal") else "-",
        ),
        ("load s", lambda n: f"{results[n]['load_seconds']:.2f}"),
        ("RSS MB before loading", lambda n: f"{results[n]['rss_before'] / 2**20:.0f}"),
        ("RSS MB after classifying", lambda n: f"{results[n]['rss_after'] / 2**20:.0f}"),
        (
            "  of which detector",
            lambda n: f"{(results[n]['rss_after'] - results[n]['rss_before']) / 2**20:.0f}",
        ),
        ("peak RSS MB", lambda n: f"{results[n]['rss_peak'] / 2**20:.0f}"),
        (
            "detectlang agrees",
            lambda n: (
                "{}/{}".format(*results[n]["command_check"]) if results[n]["command_check"] else "-"
            ),
        ),
    ]
    for label, value in rows:
        print(f"{label:<26}" + "".join(f"{value(name):>{width}}" for name in names))
    print(
        "\nraw: the engine alone among the portal languages it knows; portal: detect_language() "
        "(cleaning, script rules, engine per script, threshold; fallbacks count as misses)."
    )


def report_resident(results: dict, names: list[str]):
    """Per category of resident_messages.tsv: % answered right (UNSURE: % that fell back)."""
    width = max(12, *(len(name) + 1 for name in names))
    expected = resident_expected()
    print("Resident messages, % right (unsure: % given the fallback)")
    print(f"{'category':<14}{'n':>4}" + "".join(f"{name:>{width}}" for name in names))
    for category, codes in expected.items():
        row = ""
        for name in names:
            found = results[name]["predictions"][f"resident/{category}"]
            right = sum(
                (item is None) if code == UNSURE else (item == code)
                for item, code in zip(found, codes, strict=True)
            )
            row += f"{100 * right / len(codes):>{width}.1f}"
        print(f"{category:<14}{len(codes):>4}{row}")
    print()


if __name__ == "__main__":
    main()
