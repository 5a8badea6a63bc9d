#!/usr/bin/env python3
"""The benchmark's comparison (BENCHMARKS.md): the 4-business-hour due of
the first N tickets of a normal-form CSV, computed by Python's
businesstimedelta (PyPI) on the benchmark page's hours (Mo-Fr
09:00-12:30,13:30-17:00; Sa 10:00-14:00) in Europe/Berlin with Berlin's
2026 public holidays and Christmas Eve. Prints the time per due.

    pip install businesstimedelta
    python3 tools/bench-businesstimedelta.py /tmp/tickets-1m.csv 100000
"""
import csv, datetime, sys, time

import businesstimedelta as btd
import pytz

path, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
berlin = pytz.timezone("Europe/Berlin")
T = datetime.time
week = btd.WorkDayRule(start_time=T(9), end_time=T(17), working_days=[0, 1, 2, 3, 4], tz=berlin)
lunch = btd.LunchTimeRule(start_time=T(12, 30), end_time=T(13, 30), working_days=[0, 1, 2, 3, 4], tz=berlin)
saturday = btd.WorkDayRule(start_time=T(10), end_time=T(14), working_days=[5], tz=berlin)
days = ["2026-01-01", "2026-03-08", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14",
        "2026-05-25", "2026-10-03", "2026-12-24", "2026-12-25", "2026-12-26"]
holidays = btd.HolidayRule([datetime.date.fromisoformat(d) for d in days], tz=berlin)
rules = btd.Rules([week, saturday, lunch, holidays])
four_hours = btd.BusinessTimeDelta(rules, hours=4)

created = []
with open(path, newline="") as f:
    for i, row in enumerate(csv.DictReader(f)):
        if i >= n:
            break
        created.append(datetime.datetime.fromisoformat(row["created_at"]).astimezone(berlin))
start = time.perf_counter()
dues = [c + four_hours for c in created]
took = time.perf_counter() - start
print(f"{len(dues)} dues in {took:.2f} s: {took / len(dues) * 1e6:.1f} us per due")
