#!/usr/bin/env python3
"""Writes N normal-form tickets (id,channel,created_at,first_reply_at) to
stdout, for the benchmark in BENCHMARKS.md: created every few seconds
backwards from 2026-12-04, channels email/chat/phone/web, replies after a
spread of delays (some never), instants with a +01:00 offset."""
import random, sys
from datetime import datetime, timedelta, timezone

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = random.Random(27)
tz = timezone(timedelta(hours=1))
end = datetime(2026, 12, 4, tzinfo=tz)
step = timedelta(days=40) / n
out = sys.stdout
out.write("id,channel,created_at,first_reply_at\n")
channels = ["email", "email", "chat", "phone", "web"]
for i in range(n):
    created = end - step * (n - i)
    created = created.replace(microsecond=0)
    ch = channels[i % 5]
    r = rng.random()
    if r < 0.05:
        reply = ""
    else:
        reply = (created + timedelta(minutes=rng.expovariate(1 / 180))).replace(microsecond=0).isoformat()
    out.write(f"T-{i},{ch},{created.isoformat()},{reply}\n")
