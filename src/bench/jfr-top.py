"""Top frames of a JFR recording's CPU samples (jdk.ExecutionSample), for the notes of issue 14:
the methods with the most samples anywhere on the stack (inclusive), restricted to a package prefix
when one is given, and the methods with the most samples at the top of the stack (self).

    python3 src/bench/jfr-top.py recording.jfr [prefix=cn.healthsec] [rows=25]

Needs a JDK's `jfr` tool (JFR_TOOL, default the `jfr` on the PATH).
"""
import collections
import json
import os
import subprocess
import sys

recording = sys.argv[1]
prefix = sys.argv[2] if len(sys.argv) > 2 else "cn.healthsec"
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 25
tool = os.environ.get("JFR_TOOL", "jfr")
out = subprocess.run([tool, "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample", recording],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(out)["recording"]["events"]
inclusive, self_time = collections.Counter(), collections.Counter()
for event in events:
    frames = event["values"]["stackTrace"]["frames"] if event["values"].get("stackTrace") else []
    names = [f'{f["method"]["type"]["name"].replace("/", ".")}.{f["method"]["name"]}' for f in frames]
    if names:
        self_time[names[0]] += 1
    for name in set(names):
        if name.startswith(prefix):
            inclusive[name] += 1
total = len(events)
print(f"{total} CPU samples")
print(f"inclusive ({prefix}*):")
for name, n in inclusive.most_common(rows):
    print(f"  {100 * n / total:5.1f}%  {name}")
print("self (top of stack):")
for name, n in self_time.most_common(rows):
    print(f"  {100 * n / total:5.1f}%  {name}")
