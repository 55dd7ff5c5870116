#!/usr/bin/env python3
"""Measure quarks sendMessage latency against a running gateway.

Each client sends alice@org1.com messages on channel-123 and waits 1-5 s (uniform) after each send, like
the researchers' Locust users but without their reads. Prints the count, errors, median, p95, min and max.

Usage: send_latency.py GATEWAY_URL CLIENTS SENDS_PER_CLIENT
Example: send_latency.py http://127.0.0.1:3001 10 6
"""
import json
import random
import statistics
import sys
import threading
import time
import urllib.request


def run_client(url, client, sends, latencies, errors, lock):
    for n in range(sends):
        body = json.dumps({"user": "alice@org1.com", "text": f"client {client} message {n}",
                           "channel": "channel-123"}).encode()
        request = urllib.request.Request(url + "/sendMessage", data=body,
                                         headers={"Content-Type": "application/json"})
        start = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=180) as response:
                response.read()
            with lock:
                latencies.append(time.monotonic() - start)
        except OSError as error:
            with lock:
                errors.append(str(error))
        time.sleep(random.uniform(1, 5))


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    url, clients, sends = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    latencies, errors, lock = [], [], threading.Lock()
    threads = [threading.Thread(target=run_client, args=(url, i, sends, latencies, errors, lock))
               for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if not latencies:
        sys.exit(f"no send succeeded; {len(errors)} errors, first: {errors[:1]}")
    latencies.sort()
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
    print(f"clients={clients} sends={len(latencies)} errors={len(errors)} median={statistics.median(latencies):.3f}s"
          f" p95={p95:.3f}s min={latencies[0]:.3f}s max={latencies[-1]:.3f}s")


if __name__ == "__main__":
    main()
