#!/usr/bin/env python3
"""Fill a translation template (`reachout translate LANG PLATFORM`) with the English text
of each entry, marked with the language code, so a generated set of translations is
complete (0 missing, 0 stale) for bench/many.sh. Reads stdin, writes stdout."""
import json
import re
import sys

lang = sys.argv[1]
english = []
for line in sys.stdin:
    m = re.match(r'^(\s*)// (.*)$', line.rstrip('\n'))
    if m and not m.group(2).startswith('CHANGED:'):
        english.append(m.group(2))
        continue
    m = re.match(r'^(\s*)("[^"]+"): \("", ("[0-9a-f]+")\),$', line.rstrip('\n'))
    if m:
        text = '\n'.join(english)
        sys.stdout.write('%s%s: (%s, %s),\n' % (m.group(1), m.group(2), json.dumps('[%s] %s' % (lang, text), ensure_ascii=False), m.group(3)))
        english = []
        continue
    english = []
    sys.stdout.write(line.replace('translator: ""', 'translator: "bench/fill_translation.py"'))
