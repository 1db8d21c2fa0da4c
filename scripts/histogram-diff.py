#!/usr/bin/env python3
"""What a number of sessions holds: the growth between two class histograms (jcmd GC.class_histogram, which counts
live objects only, after a full collection), in total and by class, per session. The sessions are the node's own
Vaadin sessions, counted in the same histograms.

    scripts/histogram-diff.py BEFORE AFTER [TOP]
"""
import re
import sys

ROW = re.compile(r"^\s*\d+:\s+(\d+)\s+(\d+)\s+(.+?)\s*$")
SESSION = "com.vaadin.flow.server.VaadinSession"
TOTAL = re.compile(r"^Total\s+(\d+)\s+(\d+)")


def read(path):
    classes, total = {}, None
    with open(path) as histogram:
        for line in histogram:
            if row := ROW.match(line):
                name = re.sub(r" \(.*\)$", "", row.group(3))
                count, size = classes.get(name, (0, 0))
                classes[name] = (count + int(row.group(1)), size + int(row.group(2)))
            elif total_row := TOTAL.match(line):
                total = int(total_row.group(2))
    if total is None:
        sys.exit(f"{path}: no 'Total' line, not a class histogram")
    return classes, total


def main():
    before_path, after_path = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    before, before_total = read(before_path)
    after, after_total = read(after_path)
    sessions_before = before.get(SESSION, (0, 0))[0]
    sessions_after = after.get(SESSION, (0, 0))[0]
    added = sessions_after - sessions_before
    if added <= 0:
        sys.exit(f"no sessions added ({sessions_before} then {sessions_after})")
    print(f"{sessions_before} sessions: live heap {before_total / 2**20:.1f} MB; {sessions_after} sessions: "
          f"{after_total / 2**20:.1f} MB; {(after_total - before_total) / added / 1024:.1f} KB per session added")
    growth = []
    for name in after.keys() | before.keys():
        count = after.get(name, (0, 0))[0] - before.get(name, (0, 0))[0]
        size = after.get(name, (0, 0))[1] - before.get(name, (0, 0))[1]
        growth.append((size, count, name))
    growth.sort(reverse=True)
    print(f"| class | objects per session | KB per session |")
    print(f"|---|---:|---:|")
    for size, count, name in growth[:top]:
        print(f"| `{name}` | {count / added:.1f} | {size / added / 1024:.1f} |")


if __name__ == "__main__":
    main()
