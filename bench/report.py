#!/usr/bin/env python3
"""Turn the JSON of a bench/run.sh ttybench run into the tables of docs/performance.md:
reachout, the minimal ratatui menu, dialog and whiptail side by side, then reachout
against its targets (issue 7).

    bench/report.py bench/out/suite.json bench/out/tty.json bench/out/tty-idle.json

Medians over the measured runs. Ratios are paired: run i of a tool is divided by run i
of the other tool, which ran in the same round of the interleaved run, and the median
of those is shown, so a slow moment of the machine affects both sides.
"""
import argparse
import json
import statistics

TOOLS = ['floor', 'ratatui', 'reachout', 'dialog', 'whiptail']
LABELS = {'floor': 'floor: Rust, prints the screen', 'ratatui': 'ratatui (minimal menu)'}
QUITS = [('q', 'q'), ('<Esc>', 'Esc'), ('<C-c>', 'Ctrl-C')]


def median(runs, key):
    vals = [r[key] for r in runs if r.get('ok') and r.get(key) is not None]
    return statistics.median(vals) if vals else None


def paired(runs_a, runs_b, key):
    by_round = {r['round']: r for r in runs_b if r.get('ok') and r.get(key)}
    rat = [r[key] / by_round[r['round']][key] for r in runs_a
           if r.get('ok') and r.get(key) and r['round'] in by_round]
    return statistics.median(rat) if rat else None


def fmt(v, digits=2, unit=''):
    if v is None:
        return '–'
    return ('%.' + str(digits) + 'f%s') % (v, unit)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('suite', help='the suite bench/make_suite.py wrote')
    ap.add_argument('json', nargs='+', help="ttybench's --json-out of that suite: the main run "
                    "first, then the run of the idle rows (its rows only fill the quit columns)")
    a = ap.parse_args()
    with open(a.suite) as f:
        suite = json.load(f)
    docs = []
    for path in a.json:
        with open(path) as f:
            docs.append(json.load(f))
    doc = docs[0]
    runs = {t['name']: t['runs'] for d in docs for t in d['tools']}
    keyed = {t['name'] for t in suite['tools'] if t.get('keys')}
    plain = suite['reachout_mode'] == 'plain'

    def quit_ms(tool, key):
        if plain and tool == 'reachout' and key == 'q':
            return median(runs.get('reachout', []), 'last_key_to_exit_ms')
        name = '%s quit %s' % (tool, key)
        # a quit that needs a confirmation: the latency is last key -> exit
        return median(runs.get(name, []), 'last_key_to_exit_ms' if name in keyed else 'exit_ms')

    s = doc['settings']
    print('%d measured runs per row (+%d warm-up), interleaved, %dx%d pseudo-terminal; medians.\n'
          % (s['runs'], s['warmup'], s['cols'], s['rows']))
    print('| tool | first frame ms | × ratatui | × dialog | key → redraw ms | quit q ms | quit Esc ms '
          '| quit Ctrl-C ms | peak RSS MiB | CPU ms | failed runs |')
    print('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|')
    extras = [t['name'] for t in suite['tools'] if t['name'] not in TOOLS and ' quit ' not in t['name']]
    for tool in TOOLS[:3] + extras + TOOLS[3:]:
        r = runs.get(tool)
        if r is None:
            continue
        key1 = median(r, 'key1_ms')
        key_cell = 'n/a (line mode)' if plain and tool == 'reachout' else fmt(key1)
        failed = sum(1 for n, rr in runs.items() if n == tool or n.startswith(tool + ' quit ')
                     for x in rr if not x.get('ok'))
        rss = median(r, 'hwm_kb')
        print('| %s%s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d |' % (
            LABELS.get(tool, tool), ' (plain mode)' if plain and tool == 'reachout' else '',
            fmt(median(r, 'first_frame_ms')),
            fmt(paired(r, runs['ratatui'], 'first_frame_ms')) if tool != 'ratatui' else '1',
            fmt(paired(r, runs['dialog'], 'first_frame_ms')) if tool != 'dialog' else '1',
            key_cell,
            *[fmt(quit_ms(tool, k)) for k, _ in QUITS],
            fmt(rss / 1024 if rss else None, 1),
            fmt(median(r, 'cpu_ms')),
            failed))

    r = runs.get('reachout', [])
    if not r:
        return
    print('\nreachout against its budget%s:\n' % (' (line mode: the TUI has not landed)' if plain else ''))
    print('| target | measured | verdict |')
    print('|---|--:|---|')

    def row(what, value, limit, unit='', na=None):
        if na:
            print('| %s | – | %s |' % (what, na))
        elif value is None:
            print('| %s | – | not measured |' % what)
        else:
            print('| %s | %s | %s |' % (what, fmt(value, 2, unit), 'PASS' if value <= limit else 'FAIL'))

    row('first frame ≤ 1.3 × minimal ratatui menu', paired(r, runs['ratatui'], 'first_frame_ms'), 1.3, '×')
    row('first frame ≤ 1.0 × dialog', paired(r, runs['dialog'], 'first_frame_ms'), 1.0, '×')
    for key, label in QUITS:
        na = 'n/a in line mode' if plain and key == '<Esc>' else None
        if 'reachout quit %s' % key in keyed:
            label += ' (then y to confirm)'
        row('quit after %s ≤ 5 ms' % label, quit_ms('reachout', key), 5.0, ' ms', na)
    row('key → redraw ≤ 2 ms', median(r, 'key1_ms'), 2.0, ' ms',
        'n/a in line mode (the terminal echoes)' if plain else None)
    rss = median(r, 'hwm_kb')
    row('peak RSS ≤ 8 MiB', rss / 1024 if rss else None, 8.0, ' MiB')


if __name__ == '__main__':
    main()
