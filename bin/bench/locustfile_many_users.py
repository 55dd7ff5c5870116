"""Locust users for the many-users benchmark, shaped like the Quarks locustfile: GET BENCH_PATH, then
wait a uniform 1-5 s (between(1, 5)). Pick the class on the command line: IdleUser uses python-requests
(HttpUser, as the Quarks locustfile did), FastIdleUser uses geventhttpclient (FastHttpUser)."""
import os

from locust import FastHttpUser, HttpUser, between, task

BENCH_PATH = os.environ.get("BENCH_PATH", "/static.txt")


class IdleUser(HttpUser):
    wait_time = between(1, 5)

    @task
    def get_static(self):
        self.client.get(BENCH_PATH, name="GET " + BENCH_PATH)


class FastIdleUser(FastHttpUser):
    wait_time = between(1, 5)

    @task
    def get_static(self):
        self.client.get(BENCH_PATH, name="GET " + BENCH_PATH)
