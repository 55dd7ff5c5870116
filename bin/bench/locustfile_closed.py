"""Locust's closed workload for the measurement-truth benchmark: each user sends GET BENCH_PATH, waits
BENCH_WAIT_SECONDS after the response, and repeats.

A user sends nothing while it waits for a slow response, so a server stall delays only one request per
user. That is coordinated omission, which this benchmark shows next to an open workload.
"""
import os

from locust import HttpUser, constant, task

BENCH_PATH = os.environ.get("BENCH_PATH", "/delay")
BENCH_WAIT_SECONDS = float(os.environ.get("BENCH_WAIT_SECONDS", "0.01"))


class ClosedLoopUser(HttpUser):
    wait_time = constant(BENCH_WAIT_SECONDS)

    @task
    def get_delayed(self):
        self.client.get(BENCH_PATH, name="GET " + BENCH_PATH)
