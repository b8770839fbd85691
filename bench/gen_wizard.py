#!/usr/bin/env python3
"""Write a large synthetic wizard that `reachout check` accepts, for the scaling benchmark.

    bench/gen_wizard.py --nodes 100000 > /tmp/w/big.ron
    bench/gen_wizard.py --nodes 1000000 --shape deep -o /tmp/w/deep.ron

Deterministic: the same arguments always give the same bytes (no `random` module, whose
integer methods have changed between Python versions; a fixed xorshift instead).

Shapes:
  tree  (default) a breadth-first tree: questions with 2 to 5 choices, outcomes as leaves;
        about every tenth question also links to a shared outcome, so the graph is a DAG
        as real wizards are ("none of these" leads to one general outcome).
  deep  a spine: every question has one choice to the next question and one to an
        outcome, so the tree is N/2 levels deep. It checks that validation keeps no
        recursion and no path-length-dependent work.

The content exercises every check on the hot path: ids, labels, long text with line
breaks, non-ASCII text (Georgian, Bengali), links in prose, every channel kind with its
provenance, dates, phone numbers, email addresses and URLs on the official domains.
Nodes are ~300 bytes on average, so 10^6 nodes is ~300 MB (raise the file-size limit:
`reachout check --max-file-size 1G`).
"""
import argparse
import sys

MASK = (1 << 64) - 1


class Rng:
    """xorshift64*: small, fast enough, and the same everywhere."""

    def __init__(self, seed):
        self.s = (seed * 0x9E3779B97F4A7C15 + 1) & MASK or 1

    def next(self):
        s = self.s
        s ^= (s >> 12)
        s ^= (s << 25) & MASK
        s ^= (s >> 27)
        self.s = s
        return (s * 0x2545F4914F6CDD1D) & MASK

    def below(self, n):
        return self.next() % n


WORDS = ("account", "password", "email", "phone", "login", "code", "profile", "photo",
         "message", "payment", "friend", "page", "post", "report", "security", "device")
NON_ASCII = ("ანგარიში", "পাসওয়ার্ড", "hasło", "účet", "contul")
SOURCES = (
    'Official(title: "Example help: page %d", url: "https://help.example.com/guide/%d")',
    'Seed(title: "How to contact Example (%d)", language: "ka")',
    'ThirdParty(title: "A guide to Example support, part %d", url: "https://example.org/guide/%d")',
)
DOMAINS = ("example.com", "help.example.net")


def nid(i, is_question):
    return ('q%d' if is_question else 'o%d') % i


def words(rng, n):
    return ' '.join(WORDS[rng.below(len(WORDS))] for _ in range(n))


def question(out, rng, i, targets):
    w = out.write
    w('        "%s": Question(\n' % nid(i, True))
    w('            text: "Question %d: what happened to your %s?",\n' % (i, words(rng, 2)))
    if i % 4 == 0:
        w('            help: "Pick the closest answer.\\nYou can go back and change it (%s).",\n'
          % NON_ASCII[i % len(NON_ASCII)])
    w('            choices: [\n')
    for k, (t, tq) in enumerate(targets):
        w('                (id: "c%d", label: "Answer %d: my %s", next: "%s"),\n'
          % (k + 1, k + 1, words(rng, 2), nid(t, tq)))
    w('            ],\n        ),\n')


def channel(rng, i):
    kind = i % 6
    src = SOURCES[i % 3]
    prov = 'source: %s, checked: "2026-%02d"' % (src % ((i % 997,) * src.count('%d')), 1 + i % 12)
    if kind == 0:
        return 'Form(label: "Support form", url: "https://example.com/contact/%d", %s)' % (i, prov)
    if kind == 1:
        return 'Web(label: "Help page", url: "https://help.example.net/%s/%d?ref=x%%20y", %s)' % (
            WORDS[i % len(WORDS)], i, prov)
    if kind == 2:
        return 'Email(label: "Support team", address: "case.%d@example.com", %s)' % (i, prov)
    if kind == 3:
        return 'Phone(label: "Support line", number: "+1 (650) 555-%04d", note: "Office hours only.", %s)' % (
            i % 10000, prov)
    if kind == 4:
        return 'Postal(label: "By letter", lines: ["Example Inc.", "Box %d", "Springfield"], %s)' % (i, prov)
    return 'InApp(label: "In the app", steps: ["Open Settings", "Tap Help", "Tap Report a problem"], %s)' % prov


def outcome(out, rng, i):
    w = out.write
    w('        "%s": Outcome(\n' % nid(i, False))
    w('            title: "Outcome %d: fix your %s",\n' % (i, words(rng, 1)))
    w('            action: "Go to https://example.com/help/%d and follow the steps for your %s.",\n'
      % (i, words(rng, 2)))
    if i % 3 == 0:
        w('            prepare: ["Your username", "The %s you used"],\n' % words(rng, 1))
    w('            channels: [\n                %s,\n' % channel(rng, i))
    if i % 5 == 0:
        w('                %s,\n' % channel(rng, i + 1))
    w('            ],\n')
    if i % 2 == 0:
        w('            expect: ["A reply can take a few days."],\n')
    w('        ),\n')


def tree_edges(n, rng):
    """children[i] = [(target, target_is_question)], for a BFS tree of n nodes plus a
    few extra links to the last node (a shared outcome). Node 0 is the start."""
    children = {}
    nxt = 1
    i = 0
    shared = n - 1   # never gets children: the loop stops before reaching it
    while nxt < n - 1:
        k = min(2 + rng.below(4), n - 1 - nxt)
        kids = list(range(nxt, nxt + k))
        nxt += k
        children[i] = kids
        i += 1
    # every node without children is an outcome; the shared one is always an outcome
    out = {}
    for q, kids in children.items():
        t = [(c, c in children) for c in kids]
        if len(t) < 2 or q % 10 == 0:
            t.append((shared, False))
        out[q] = t
    return out


def deep_edges(n):
    """A spine q0 -> q2 -> q4 ..., each question also leading to an outcome; the last
    question leads to the two or three nodes that are left."""
    out = {}
    i = 0
    while True:
        rest = n - 1 - i
        if rest <= 3:
            out[i] = [(j, False) for j in range(i + 1, n)]
            return out
        out[i] = [(i + 1, False), (i + 2, True)]
        i += 2


def generate(n, shape, seed, out):
    if n < 3:
        sys.exit('gen_wizard: --nodes must be at least 3')
    rng = Rng(seed)
    edges = tree_edges(n, rng) if shape == 'tree' else deep_edges(n)
    w = out.write
    w('// Generated by bench/gen_wizard.py --nodes %d --shape %s --seed %d; do not edit.\n'
      % (n, shape, seed))
    w('Wizard(\n    id: "synthetic-%s-%d",\n    title: "Synthetic %s %d",\n' % (shape, n, shape, n))
    w('    keywords: ["bench"],\n    official_domains: ["%s"],\n' % '", "'.join(DOMAINS))
    w('    start: "q0",\n    nodes: {\n')
    for i in range(n):
        t = edges.get(i)
        if t is not None:
            question(out, rng, i, t)
        else:
            outcome(out, rng, i)
    w('    },\n)\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--nodes', type=int, required=True, help='number of nodes (at least 3)')
    ap.add_argument('--shape', choices=('tree', 'deep'), default='tree')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('-o', '--output', help='file to write (default: standard output)')
    a = ap.parse_args()
    if a.output:
        with open(a.output, 'w', encoding='utf-8', buffering=1 << 20) as f:
            generate(a.nodes, a.shape, a.seed, f)
    else:
        generate(a.nodes, a.shape, a.seed, sys.stdout)


if __name__ == '__main__':
    main()
