#!/usr/bin/env python3
"""The plain-log path with lifetimes, the Python side of PlainLogPath.

Reads a plain transaction log (customer_id,date,amount, as written by
dev.reactivator.benchmarks.plain.PlainLog) with pandas' C reader, builds the
summary (frequency, recency, T, monetary_value in days), fits BG/NBD and
Gamma-Gamma, and computes for every customer P(alive), the expected purchases
within 365 days and the 12-month CLV (monthly discount 1 %), printing each
stage's wall and CPU seconds (CPU: the process's time, the figure other load on a
shared machine changes least).

    PYTHONPATH=/path/to/lifetimes:/path/to/autograd \
        python3 benchmarks/python/lifetimes_path.py /tmp/plain-1m.csv [2026-01-31]

Needs pandas, numpy, scipy, lifetimes and autograd.
"""
import sys
import time

import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter
from lifetimes.utils import summary_data_from_transaction_data


def main():
    if len(sys.argv) < 2:
        print("usage: lifetimes_path.py FILE [AS_OF]", file=sys.stderr)
        sys.exit(2)
    path = sys.argv[1]
    as_of = pd.Timestamp(sys.argv[2] if len(sys.argv) > 2 else "2026-01-31")

    t0 = time.perf_counter()
    c0 = time.process_time()
    log = pd.read_csv(path, engine="c", parse_dates=["date"])
    t1 = time.perf_counter()
    c1 = time.process_time()
    summary = summary_data_from_transaction_data(
        log, "customer_id", "date", monetary_value_col="amount",
        observation_period_end=as_of, freq="D")
    t2 = time.perf_counter()
    c2 = time.process_time()
    bgf = BetaGeoFitter(penalizer_coef=0.0)
    bgf.fit(summary["frequency"], summary["recency"], summary["T"])
    t3 = time.perf_counter()
    c3 = time.process_time()
    repeat = summary[summary["frequency"] > 0]
    ggf = GammaGammaFitter(penalizer_coef=0.0)
    ggf.fit(repeat["frequency"], repeat["monetary_value"])
    t4 = time.perf_counter()
    c4 = time.process_time()
    alive = bgf.conditional_probability_alive(
        summary["frequency"], summary["recency"], summary["T"])
    expected = bgf.conditional_expected_number_of_purchases_up_to_time(
        365, summary["frequency"], summary["recency"], summary["T"])
    clv = ggf.customer_lifetime_value(
        bgf, summary["frequency"], summary["recency"], summary["T"],
        summary["monetary_value"], time=12, discount_rate=0.01, freq="D")
    t5 = time.perf_counter()
    c5 = time.process_time()
    t = (t0, t1, t2, t3, t4, t5)
    c = (c0, c1, c2, c3, c4, c5)

    print("customers %d, rows %d" % (len(summary), len(log)))
    print("BG/NBD %s" % dict(bgf.params_))
    print("Gamma-Gamma %s" % dict(ggf.params_))
    print("%-26s %10s %10s" % ("stage", "wall", "cpu"))
    for name, a, b in (
            ("read", 0, 1),
            ("summary", 1, 2),
            ("fit BG/NBD", 2, 3),
            ("fit Gamma-Gamma", 3, 4),
            ("score", 4, 5),
            ("models and scoring", 1, 5),
            ("total", 0, 5)):
        print("%-26s %8.3f s %8.3f s" % (name, t[b] - t[a], c[b] - c[a]))
    print("mean P(alive) %.6f, mean expected purchases in 365 days %.6f, mean 12-month CLV %.4f"
          % (alive.mean(), expected.mean(), clv.mean()))


if __name__ == "__main__":
    main()
