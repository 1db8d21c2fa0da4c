#!/usr/bin/env python3
"""Reads the Gatling reports scripts/load-test.sh left under target/load/ and writes the figures as a Markdown table
(stdout) and a chart of p95 latency against users (docs/load-latency.svg). Standard library only.

    scripts/load-report.py [target/load] [docs/load-latency.svg]
"""
import html
import math
import pathlib
import re
import sys

TARGET_MS = 300
ROW = re.compile(r'class="ellipsed-name">([^<]+)</span>.*?((?:<td class="value[^"]*">[^<]*</td>\s*){13})', re.S)
CELL = re.compile(r'<td class="value[^"]*">([^<]*)</td>')


def steps(report: pathlib.Path) -> dict:
    """Per request name: count, errors, p50, p95, p99 (ms), from Gatling's index.html statistics table."""
    page = (report / 'index.html').read_text(encoding='utf-8')
    figures = {}
    for name, cells in ROW.findall(page[page.index('stats-table-ROOT'):]):
        values = CELL.findall(cells)
        # total, ok, ko, %ko, rps, min, p50, p75, p95, p99, max, mean, std
        figures[html.unescape(name)] = dict(count=int(values[0].replace(',', '')), errors=int(values[2].replace(',', '')),
                                            p50=num(values[6]), p95=num(values[8]), p99=num(values[9]))
    return figures


def num(text: str) -> int:
    return int(text.replace(',', '')) if text.strip() not in ('-', '') else 0


def runs(folder: pathlib.Path, kind: str) -> dict:
    found = {}
    for report in folder.glob(kind + '-*'):
        if report.is_dir() and (report / 'index.html').exists():
            found[int(report.name.split('-')[-1])] = steps(report)
    return dict(sorted(found.items()))


def table(results: dict) -> str:
    users = list(results)
    names = [name for name in next(iter(results.values())) if name != 'All Requests']
    lines = ['| step | ' + ' | '.join(f'{u} users: p50 / p95 / p99 ms (errors)' for u in users) + ' |',
             '|---|' + '---|' * len(users)]
    for name in names + ['All Requests']:
        cells = []
        for u in users:
            f = results[u].get(name)
            cells.append('–' if f is None else f"{f['p50']} / **{f['p95']}** / {f['p99']} ({f['errors']} of {f['count']})"
                         if f['p95'] > TARGET_MS else f"{f['p50']} / {f['p95']} / {f['p99']} ({f['errors']} of {f['count']})")
        lines.append(f'| {name} | ' + ' | '.join(cells) + ' |')
    return '\n'.join(lines)


def chart(results: dict, path: pathlib.Path, title: str):
    users = list(results)
    names = [n for n in next(iter(results.values())) if n not in ('All Requests',) and not n.startswith('sign')
             and n != 'bootstrap']
    width, height, left, right, top, bottom = 900, 520, 70, 250, 50, 60
    # A logarithmic scale: the figures run from tens of milliseconds to the 60 s request timeout.
    low, high = 20, max([TARGET_MS * 2] + [results[u][n]['p95'] for u in users for n in names if n in results[u]])
    x = lambda i: left + (width - left - right) * (i / max(1, len(users) - 1))
    y = lambda ms: height - bottom - (height - top - bottom) * (math.log10(max(ms, low)) - math.log10(low)) / (
            math.log10(high) - math.log10(low))
    colours = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22',
               '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39']
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
           f'font-size="12">', f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="25" font-size="16">{html.escape(title)}</text>']
    for tick in [t for t in (20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 60000) if t <= high]:
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#eee"/>')
        out.append(f'<text x="{left - 8}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick}</text>')
    out.append(f'<line x1="{left}" x2="{width - right}" y1="{y(TARGET_MS):.1f}" y2="{y(TARGET_MS):.1f}" '
               f'stroke="red" stroke-dasharray="6,4"/>')
    out.append(f'<text x="{width - right - 4}" y="{y(TARGET_MS) - 6:.1f}" text-anchor="end" fill="red">'
               f'target p95 {TARGET_MS} ms</text>')
    for i, u in enumerate(users):
        out.append(f'<text x="{x(i):.1f}" y="{height - bottom + 20}" text-anchor="middle">{u}</text>')
    out.append(f'<text x="{(left + width - right) / 2}" y="{height - 15}" text-anchor="middle">active users</text>')
    out.append(f'<text x="18" y="{(top + height - bottom) / 2}" transform="rotate(-90 18 {(top + height - bottom) / 2})" '
               f'text-anchor="middle">p95 latency (ms, logarithmic)</text>')
    for k, name in enumerate(names):
        colour = colours[k % len(colours)]
        points = [(x(i), y(results[u][name]['p95'])) for i, u in enumerate(users) if name in results[u]]
        out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="'
                   + ' '.join(f'{px:.1f},{py:.1f}' for px, py in points) + '"/>')
        out.extend(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}"/>' for px, py in points)
        out.append(f'<rect x="{width - right + 15}" y="{top + k * 20}" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{width - right + 32}" y="{top + k * 20 + 10}">{html.escape(name)}</text>')
    out.append('</svg>')
    path.write_text('\n'.join(out) + '\n', encoding='utf-8')


if __name__ == '__main__':
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else 'target/load')
    svg = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else 'docs/load-latency.svg')
    analysts = runs(folder, 'analysts')
    if analysts:
        print(table(analysts))
        chart(analysts, svg, 'Sovereignty Watch, one node: p95 per step against active users')
        print(f'\n(chart written to {svg})')
    for heap in sorted(folder.glob('idle-*/heap.txt')):
        print(heap.parent.name, dict(line.split() for line in heap.read_text().splitlines()))
