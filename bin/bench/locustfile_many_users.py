"""Locust users for the many-users benchmark, shaped like the Quarks locustfile: GET BENCH_PATH, then
wait a uniform 1-5 s (between(1, 5)), with python-requests (HttpUser)."""
import os

from locust import HttpUser, between, task

BENCH_PATH = os.environ.get("BENCH_PATH", "/static.txt")


class IdleUser(HttpUser):
    wait_time = between(1, 5)

    @task
    def get_static(self):
        self.client.get(BENCH_PATH, name="GET " + BENCH_PATH)
