#!/usr/bin/python3
"""Feeds fixed response times to Locust 2.12.1's stats module and stores what it prints and writes.

The Java report tests rebuild the same samples as a Gatling simulation.log and must produce the same console
tables and CSV rows byte for byte. Run with Debian's Locust (package python3-locust 2.12.1), which imports only
under /usr/bin/python3:

    /usr/bin/python3 src/test/locust-golden/generate.py

Outputs, under src/test/resources/locust-golden/: cases.json (the samples, with the Gatling KO message that
Gatling logs for each Locust exception) and one folder per case with console.txt, locust_stats.csv,
locust_failures.csv and locust_stats_history.csv. The history file has one row per second from the start to the
last request, each written after logging the requests that ended before the next second, with one running user.
"""
import csv
import http.client
import io
import json
import os
import random
import sys
import tempfile
import types

import locust
import locust.stats as locust_stats
import requests.exceptions
import urllib3.connectionpool
import urllib3.exceptions

START_EPOCH_MILLIS = 1796416000000
TARGET_URL = "http://127.0.0.1:3000"
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "locust-golden")

GATLING_STATUS = "status.find.in([200, 209], 304), found {status}"
GATLING_REFUSED = "j.n.ConnectException: finishConnect(..) failed with error(-111): Connection refused"
GATLING_RESET = "i.n.c.u.Errors$NativeIoException: recvAddress(..) failed with error(-104): Connection reset by peer"
GATLING_PREMATURE_CLOSE = "i.g.h.c.i.PrematureCloseException: Premature close"
GATLING_TIMEOUT = "Request timeout to 127.0.0.1/127.0.0.1:{port} after {millis} ms"

REASONS = {400: "Bad Request", 403: "Forbidden", 404: "Not Found", 500: "Internal Server Error", 503: "Service Unavailable"}


def http_failure(status, path):
    return {"kind": "http", "status": status, "path": path, "gatling": GATLING_STATUS.format(status=status)}


def refused():
    return {"kind": "refused", "gatling": GATLING_REFUSED}


def reset():
    return {"kind": "reset", "gatling": GATLING_RESET}


def remote_disconnected():
    return {"kind": "remote-disconnected", "gatling": GATLING_PREMATURE_CLOSE}


def read_timeout(port, millis):
    return {"kind": "read-timeout", "port": port, "millis": millis,
            "gatling": GATLING_TIMEOUT.format(port=port, millis=millis)}


def locust_exception(failure):
    """Returns the exception HttpSession would have passed to Locust for this failure."""
    kind = failure["kind"]
    if kind == "http":
        status = failure["status"]
        level = "Client Error" if status < 500 else "Server Error"
        return requests.exceptions.HTTPError(
            f"{status} {level}: {REASONS[status]} for url: {TARGET_URL}{failure['path']}")
    if kind == "refused":
        return ConnectionRefusedError(111, "Connection refused")
    if kind == "reset":
        return ConnectionResetError(104, "Connection reset by peer")
    if kind == "remote-disconnected":
        return http.client.RemoteDisconnected("Remote end closed connection without response")
    if kind == "read-timeout":
        pool = urllib3.connectionpool.HTTPConnectionPool("127.0.0.1", failure["port"])
        timeout = failure["millis"] / 1000
        inner = urllib3.exceptions.ReadTimeoutError(pool, None, f"Read timed out. (read timeout={timeout})")
        return requests.exceptions.ReadTimeout(inner)
    raise ValueError(f"unknown failure kind {kind!r}")


def sample(method, name, millis, end_offset_millis, failure=None):
    if end_offset_millis % 125 != 0:
        raise ValueError("end offsets must be multiples of 125 ms, so epoch seconds are exact binary floats")
    return {"method": method, "name": name, "responseTimeMillis": millis, "endOffsetMillis": end_offset_millis,
            "failure": failure}


def spread(method, name, times, first_end, step=125, failures=None):
    failures = failures or {}
    return [sample(method, name, t, first_end + i * step, failures.get(i)) for i, t in enumerate(times)]


def cases():
    result = {}
    result["example"] = (
        spread("GET", "/a", [12, 38, 41, 145, 999], 1000) + spread("POST", "/b", [1234, 2250], 10000))
    result["even-count"] = spread("GET", "/even", [4, 5, 6, 7], 500)
    result["one-request"] = [sample("GET", "/one", 145, 250)]
    result["bucket-boundaries"] = (
        spread("GET", "/small", [0, 1, 98, 99, 100, 104, 105, 115, 125, 994, 995, 999], 375)
        + spread("GET", "/large", [1000, 1049, 1050, 1150, 1250, 9949, 9950, 9999, 10000, 10500, 11500, 12500, 180000],
                 2000))
    result["all-failures"] = spread(
        "POST", "/sendMessage", [3, 5, 40, 41, 1000], 125,
        failures={0: refused(), 1: refused(), 2: http_failure(500, "/sendMessage"),
                  3: http_failure(503, "/sendMessage"), 4: read_timeout(3000, 1000)})
    result["half-even-percent"] = (
        spread("GET", "/d", [20] * 32, 125, failures={7: reset()})
        + spread("GET", "/e", [20] * 32, 125, failures={1: reset(), 2: reset(), 3: reset()})
        + spread("GET", "/f", [20] * 8, 250, failures={0: http_failure(404, "/f")}))
    long_name = "/" + "very-long-path-segment/" * 5 + "readMessage?channel=channel-123&from_timestamp=1640340930123456789"
    result["long-names"] = (
        spread("GET", long_name, [15, 17, 19], 625, failures={1: read_timeout(3001, 180000)})
        + spread("POST", "/sendMessage", [9], 875))
    result["unicode-names"] = (
        spread("GET", "/readMessage \u2713", [42, 46], 375)
        + spread("GET", "/emoji \U0001F600", [7], 625)
        + spread("POST", "/caf\u00e9", [8], 750, failures={0: remote_disconnected()}))
    result["zero-requests"] = []

    rng = random.Random(20211224)
    mix = []
    end = 0
    for i in range(600):
        end += 125 * rng.randint(0, 3)
        roll = rng.random()
        if roll < 1 / 3:
            method, name = "POST", "/sendMessage"
            millis = int(rng.lognormvariate(6.9, 0.4))
        elif roll < 2 / 3:
            method, name = "POST", "/readMessage"
            millis = int(rng.lognormvariate(2.5, 0.8))
        else:
            method, name = "GET", "/readMessage"
            millis = int(rng.lognormvariate(4.5, 0.9))
        failure = None
        fault = rng.random()
        if fault < 0.03:
            failure = http_failure(500, name)
        elif fault < 0.05:
            failure = remote_disconnected()
        elif fault < 0.06:
            failure = reset()
        elif fault < 0.065:
            failure = http_failure(403, name)
        mix.append(sample(method, name, millis, end + 125, failure))
    result["messaging-mix"] = mix
    return result


def run_case(samples):
    """Logs the samples in end order with a fake clock; returns console text and the three CSV files' text."""
    clock = types.SimpleNamespace(now=START_EPOCH_MILLIS / 1000)
    locust_stats.time = types.SimpleNamespace(time=lambda: clock.now)
    locust_stats.STATS_NAME_WIDTH = 80
    stats = locust_stats.RequestStats()
    environment = types.SimpleNamespace(stats=stats, runner=types.SimpleNamespace(user_count=1))
    ordered = sorted(samples, key=lambda s: s["endOffsetMillis"])
    last_end = START_EPOCH_MILLIS + (ordered[-1]["endOffsetMillis"] if ordered else 0)

    history_csv = io.StringIO(newline="")
    history_writer = csv.writer(history_csv)
    with tempfile.TemporaryDirectory() as scratch:
        file_writer = locust_stats.StatsCSVFileWriter(
            environment, locust_stats.PERCENTILES_TO_REPORT, os.path.join(scratch, "locust"))
        history_writer.writerow(file_writer.stats_history_csv_columns)
        next_sample = 0
        for second in range(START_EPOCH_MILLIS // 1000, last_end // 1000 + 1):
            while next_sample < len(ordered) and START_EPOCH_MILLIS + ordered[next_sample]["endOffsetMillis"] < (second + 1) * 1000:
                s = ordered[next_sample]
                clock.now = (START_EPOCH_MILLIS + s["endOffsetMillis"]) / 1000
                stats.log_request(s["method"], s["name"], s["responseTimeMillis"], 0)
                if s["failure"] is not None:
                    stats.log_error(s["method"], s["name"], locust_exception(s["failure"]))
                next_sample += 1
            clock.now = second + 0.5
            file_writer._stats_history_data_rows(history_writer, clock.now)
        file_writer.close_files()

    lines = locust_stats.get_stats_summary(stats, current=False) + [""]
    lines += locust_stats.get_percentile_stats_summary(stats) + [""]
    if stats.errors:
        lines += locust_stats.get_error_report_summary(stats)
    console = "".join(line + "\n" for line in lines)

    writer = locust_stats.StatsCSV(environment, locust_stats.PERCENTILES_TO_REPORT)
    stats_csv = io.StringIO(newline="")
    writer.requests_csv(csv.writer(stats_csv))
    failures_csv = io.StringIO(newline="")
    writer.failures_csv(csv.writer(failures_csv))
    return console, stats_csv.getvalue(), failures_csv.getvalue(), history_csv.getvalue()


def main():
    version = getattr(locust, "__version__", "")
    if not os.path.realpath(locust.__file__).startswith("/usr/lib/python3/dist-packages/"):
        sys.exit(f"generate.py: expected Debian's python3-locust 2.12.1, found locust at {locust.__file__}")
    all_cases = cases()
    os.makedirs(OUTPUT, exist_ok=True)
    with open(os.path.join(OUTPUT, "cases.json"), "w", encoding="utf-8", newline="\n") as out:
        json.dump({"startEpochMillis": START_EPOCH_MILLIS, "targetUrl": TARGET_URL, "cases": all_cases}, out,
                  indent=1, ensure_ascii=False)
        out.write("\n")
    for name, samples in all_cases.items():
        console, stats_csv, failures_csv, history_csv = run_case(samples)
        folder = os.path.join(OUTPUT, name)
        os.makedirs(folder, exist_ok=True)
        for file_name, text in (("console.txt", console), ("locust_stats.csv", stats_csv),
                                ("locust_failures.csv", failures_csv), ("locust_stats_history.csv", history_csv)):
            with open(os.path.join(folder, file_name), "w", encoding="utf-8", newline="") as out:
                out.write(text)
        print(f"generate.py: {name}: {len(samples)} samples -> {folder} (locust version string {version!r})")


if __name__ == "__main__":
    main()
