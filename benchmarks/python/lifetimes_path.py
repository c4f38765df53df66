#!/usr/bin/env python3
"""The plain-log path with lifetimes, the Python side of PlainLogPath.

Reads a plain transaction log (customer_id,date,amount, as written by
dev.reactivator.benchmarks.plain.PlainLog) with pandas' C reader, builds the
summary (frequency, recency, T, monetary_value in days), fits BG/NBD and
Gamma-Gamma, and computes for every customer P(alive), the expected purchases
within 365 days and the 12-month CLV (monthly discount 1 %), printing each
stage's time in seconds.

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
    log = pd.read_csv(path, engine="c", parse_dates=["date"])
    t1 = time.perf_counter()
    summary = summary_data_from_transaction_data(
        log, "customer_id", "date", monetary_value_col="amount",
        observation_period_end=as_of, freq="D")
    t2 = time.perf_counter()
    bgf = BetaGeoFitter(penalizer_coef=0.0)
    bgf.fit(summary["frequency"], summary["recency"], summary["T"])
    t3 = time.perf_counter()
    repeat = summary[summary["frequency"] > 0]
    ggf = GammaGammaFitter(penalizer_coef=0.0)
    ggf.fit(repeat["frequency"], repeat["monetary_value"])
    t4 = time.perf_counter()
    alive = bgf.conditional_probability_alive(
        summary["frequency"], summary["recency"], summary["T"])
    expected = bgf.conditional_expected_number_of_purchases_up_to_time(
        365, summary["frequency"], summary["recency"], summary["T"])
    clv = ggf.customer_lifetime_value(
        bgf, summary["frequency"], summary["recency"], summary["T"],
        summary["monetary_value"], time=12, discount_rate=0.01, freq="D")
    t5 = time.perf_counter()

    print("customers %d, rows %d" % (len(summary), len(log)))
    print("BG/NBD %s" % dict(bgf.params_))
    print("Gamma-Gamma %s" % dict(ggf.params_))
    for name, seconds in (
            ("read", t1 - t0),
            ("summary", t2 - t1),
            ("fit BG/NBD", t3 - t2),
            ("fit Gamma-Gamma", t4 - t3),
            ("score", t5 - t4),
            ("models and scoring", t5 - t1),
            ("total", t5 - t0)):
        print("%-26s %8.3f s" % (name, seconds))
    print("mean P(alive) %.6f, mean expected purchases in 365 days %.6f, mean 12-month CLV %.4f"
          % (alive.mean(), expected.mean(), clv.mean()))


if __name__ == "__main__":
    main()
