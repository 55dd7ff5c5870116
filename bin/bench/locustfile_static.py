"""Locust users for the load generator benchmarks: GET one URL in a loop with no wait.

The target path comes from the BENCH_PATH environment variable (default /static.txt) and the host
from locust's --host option. Pick the user class on the command line: HttpBenchUser uses
python-requests (as the Quarks locustfile did), FastHttpBenchUser uses geventhttpclient.
"""
import os

from locust import FastHttpUser, HttpUser, constant, task

BENCH_PATH = os.environ.get("BENCH_PATH", "/static.txt")


class HttpBenchUser(HttpUser):
    wait_time = constant(0)

    @task
    def get_static(self):
        self.client.get(BENCH_PATH, name="GET " + BENCH_PATH)


class FastHttpBenchUser(FastHttpUser):
    wait_time = constant(0)

    @task
    def get_static(self):
        self.client.get(BENCH_PATH, name="GET " + BENCH_PATH)
