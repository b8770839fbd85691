#!/usr/bin/env python3
"""Write the ttybench suite that bench/run.sh runs: reachout, the minimal ratatui menu,
dialog and whiptail, each for first frame + key -> redraw + peak RSS, and once per quit
key (q, Esc, Ctrl-C) for the quit latency (the rows that idle, listed in `idle_rows`,
are run apart); and, with --floor, a Rust program that only prints the menu's screen
(bench/floor-rust), for the first frame any Rust program has.

    bench/make_suite.py --reachout target/release/reachout \
        --menu target/bench/release/menu-ratatui \
        --floor target/bench/release/floor-rust --runs 30 > bench/out/suite.json

What reachout's first screen says is asked of reachout itself (`list`, `run --format
json`), so the suite follows the shipped wizards: with one platform the first screen is
its first question, with several it is the platform picker. Whether reachout draws a
full-screen interface or asks line by line (plain mode) is seen by starting it once in
a pseudo-terminal: a program that switches to the alternate screen is a TUI.
"""
import argparse
import json
import os
import select
import subprocess
import sys
import time

PICKER_QUESTION = 'Which app or site do you need help with?'  # catalog::PICKER_QUESTION
MENU_ITEMS = ['Red', 'Green', 'Blue', 'Yellow', 'Purple']
MENU_QUESTION = 'Which color do you want?'


def first_screen(reachout, env):
    """(question text, last choice label) of reachout's first screen."""
    def run(*args):
        p = subprocess.run([reachout, *args], capture_output=True, text=True, env=env)
        if p.returncode not in (0, 3):
            sys.exit('make_suite: `reachout %s` failed (%d):\n%s' % (' '.join(args), p.returncode, p.stderr))
        return json.loads(p.stdout)
    wizards = run('list', '--format', 'json')
    if len(wizards) == 1:
        q = run('run', wizards[0]['id'], '--format', 'json')['question']
        return q['text'], q['choices'][-1]['label']
    titles = sorted((w['title'] for w in wizards), key=str.lower)
    return PICKER_QUESTION, titles[-1]


def probe(reachout, expect, env, timeout=5.0):
    """Start reachout in a pseudo-terminal: (does it enter the alternate screen before its
    first question shows, does Esc on that first screen quit at once). A full-screen
    wizard may ask "Quit?" on Esc there, since Esc means "back"."""
    import pty
    import signal
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(reachout, [reachout], env)
    out = b''
    exited = False

    def read(until):
        nonlocal out
        while time.monotonic() < until:
            r, _, _ = select.select([fd], [], [], 0.02)
            if r:
                try:
                    out += os.read(fd, 65536)
                except OSError:
                    return
            if expect.encode() in out.replace(b'\r\n', b'\n'):
                return
    try:
        read(time.monotonic() + timeout)
        tui = b'\x1b[?1049h' in out
        if tui:
            time.sleep(0.1)
            os.write(fd, b'\x1b')
            end = time.monotonic() + 0.5
            while time.monotonic() < end and not exited:
                exited = os.waitpid(pid, os.WNOHANG)[0] != 0
                time.sleep(0.01)
    finally:
        if not exited:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    return tui, exited


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--reachout', required=True)
    ap.add_argument('--menu', required=True, help='the minimal ratatui menu (bench/menu-ratatui)')
    ap.add_argument('--floor', help='the Rust program that only prints the screen (bench/floor-rust)')
    ap.add_argument('--runs', type=int, default=30)
    ap.add_argument('--state-dir', required=True, help='REACHOUT_STATE_DIR for the runs')
    ap.add_argument('--mode', choices=['auto', 'tui', 'plain'], default='auto')
    ap.add_argument('--extra', action='append', default=[], metavar='NAME=BIN',
                    help='another reachout build to measure beside it (first frame, key, RSS): '
                    'an older build, or one with more platforms and languages built in')
    ap.add_argument('--callgrind', metavar='DIR', help='instead: one run of reachout and of the menu '
                    'under valgrind --tool=callgrind (first frame, then q), profiles written to DIR')
    a = ap.parse_args()

    env = dict(os.environ, REACHOUT_STATE_DIR=a.state_dir, TERM='xterm-256color')
    env.pop('REACHOUT_WIZARDS', None)
    question, last = first_screen(a.reachout, env)
    question = os.environ.get('REACHOUT_EXPECT', question)
    tui, esc_quits = probe(a.reachout, question, env)
    mode = a.mode if a.mode != 'auto' else ('tui' if tui else 'plain')
    sys.stderr.write('make_suite: reachout runs in %s mode; first screen: %r ... %r%s\n' % (
        mode, question, last, '' if esc_quits or mode == 'plain' else '; Esc there asks to confirm'))

    r_env = {'REACHOUT_STATE_DIR': a.state_dir}
    tools = []
    if a.callgrind:
        def grind(name, cmd):
            return ['valgrind', '--tool=callgrind', '--callgrind-out-file=%s/%s.out' % (a.callgrind, name)] + cmd
        tools.append(dict(name='ratatui', cmd=grind('ratatui', [a.menu]), expect=[MENU_QUESTION, 'Purple'],
                          quit='q'))
        reach = dict(name='reachout', cmd=grind('reachout', [a.reachout]), expect=[question, last], env=r_env)
        if mode == 'tui':
            reach['quit'] = 'q'
        else:
            reach.update(keys='q<Enter>', ok_codes='0,3')
        tools.append(reach)
        json.dump({'settings': {'cols': 100, 'rows': 30, 'runs': 1, 'warmup': 0, 'timeout': 60,
                                'quit_timeout': 30, 'no_rss': True},
                   'reachout_mode': mode, 'tools': tools}, sys.stdout, indent=1)
        print()
        return

    def add(name, cmd, expect, keys=None, final=None, quit=None, ok_codes=None, env=None):
        t = dict(name=name, cmd=cmd, expect=expect)
        if keys:
            t['keys'] = keys
        if final:
            t['final'] = final
        if quit:
            t['quit'] = quit
        if ok_codes:
            t['ok_codes'] = ok_codes
        if env:
            t['env'] = env
        tools.append(t)

    menu = [MENU_QUESTION, 'Purple']
    if a.floor:
        # first frame only: it reads a line, so Enter ends it
        add('floor', [a.floor], menu, quit='<Enter>')
    add('ratatui', [a.menu], menu, keys='<Down><Down><Enter>', final=['Blue'])
    for q in ('q', '<Esc>', '<C-c>'):
        add('ratatui quit %s' % q, [a.menu], menu, quit=q)

    reach = [question, last]
    if mode == 'tui':
        # Down redraws the selection; q then saves and quits.
        add('reachout', [a.reachout], reach, keys='<Down>q', ok_codes='0,3,130', env=r_env)
        for q in ('q', '<Esc>', '<C-c>'):
            if q == '<Esc>' and not esc_quits:
                # Esc means "back"; on the first screen it asks "Quit?": confirm with y
                # (the quit latency is then y -> exit).
                add('reachout quit <Esc>', [a.reachout], reach, keys='<Esc>y', ok_codes='any', env=r_env)
            else:
                add('reachout quit %s' % q, [a.reachout], reach, quit=q, env=r_env)
    else:
        # Line mode: the terminal itself echoes typed keys, so key -> redraw means
        # nothing; `q` + Enter quits (last key -> exit is the quit latency).
        add('reachout', [a.reachout], reach, keys='q<Enter>', ok_codes='0,3', env=r_env)
        add('reachout quit <C-c>', [a.reachout], reach, quit='<C-c>', env=r_env)

    for extra in a.extra:
        name, _, path = extra.partition('=')
        q, l = first_screen(path, env)
        add(name, [path], [q, l], keys='<Down>q' if mode == 'tui' else 'q<Enter>', ok_codes='0,3,130', env=r_env)

    # the same box for both; whiptail needs 14 rows to show the question over 5 items
    dialog = ['dialog', '--no-items', '--menu', MENU_QUESTION, '14', '40', '5'] + MENU_ITEMS
    add('dialog', dialog, menu, keys='<Down><Down><Enter>', final=['Blue'])
    for q in ('<Esc>', '<C-c>'):
        add('dialog quit %s' % q, dialog, menu, quit=q)

    whiptail = ['whiptail', '--noitem', '--menu', MENU_QUESTION, '14', '40', '5']
    for item in MENU_ITEMS:
        whiptail += [item, '']
    add('whiptail', whiptail, menu, keys='<Down><Down><Enter>', final=['Blue'])
    add('whiptail quit <Esc>', whiptail, menu, quit='<Esc>')  # it ignores Ctrl-C

    suite = {
        'settings': {'cols': 100, 'rows': 30, 'runs': a.runs, 'warmup': 2, 'timeout': 10},
        'baseline': 'ratatui',
        'reachout_mode': mode,
        'tools': tools,
        # Rows that leave the machine idle for half a second or more (ncurses and newt
        # wait that long to tell a lone Esc from an escape sequence). A program started
        # after such a pause starts slower on the project's VM, the more so the more of
        # its own code it touches (the floor: 1.30 against 2.05 ms), so bench/run.sh
        # runs these in an interleaved run of their own, and every first frame of the
        # main run starts in the same conditions.
        'idle_rows': ['dialog quit <Esc>', 'whiptail quit <Esc>'],
    }
    json.dump(suite, sys.stdout, indent=1)
    print()


if __name__ == '__main__':
    main()
