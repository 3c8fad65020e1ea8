#!/usr/bin/env python3
"""layers.py: check the layer diagram of doc/architecture.md against the
#include lines of src/ and include/ (issue 15).

A module is src/x.c with its interface include/x.h (a header alone, such as
base.h, is a module too; include/x.def is the data table x.def).  The
diagram is the indented block under the heading "## Layer diagram": one row
per layer, highest first,

    L4  parser  instr  asmrun(asm.c)
    circle: expr types

where name(file.c, ...) names the sources of a module whose files are not
called name.c, and "circle:" lists modules allowed to include each other.
"decl x.h: y.c" allows x.h to declare functions that y.c defines.

Checked:
  - every module of src/ and include/ is in exactly one row, and every
    module of the diagram exists;
  - every #include "y.h" of a module's files names a module of its own row
    or of a row below;
  - the include graph has no circle but the ones the diagram lists (each
    circle found is printed with the includes that close it);
  - every function a header declares is defined in its module's sources.

Usage: tools/layers.py [--root DIR] [--graph]   (--graph prints the edges)
Exit status 0 when everything holds, 1 otherwise.
"""
import os
import re
import sys

INCLUDE_RE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def read(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.read()


def parse_diagram(text):
    """Rows of the diagram: {module: layer}, {module: [sources]}, circles,
    extra declaration homes, and error strings."""
    m = re.search(r'^## Layer diagram\s*$', text, re.M)
    if not m:
        return None, None, None, None, ['doc/architecture.md: no "## Layer diagram" heading']
    layer, sources, circles, homes, errors = {}, {}, [], {}, []
    for line in text[m.end():].split('\n'):
        if line.startswith('## '):
            break
        if not line.startswith('    '):
            continue
        s = line.strip()
        r = re.match(r'L(\d+)\s+(.*)$', s)
        if r:
            n = int(r.group(1))
            for tok in re.findall(r'[\w.]+(?:\([^)]*\))?', r.group(2)):
                name, _, src = tok.partition('(')
                if name in layer:
                    errors.append('diagram: %s is in two rows (L%d, L%d)' % (name, layer[name], n))
                layer[name] = n
                if src:
                    sources[name] = [x.strip() for x in src.rstrip(')').split(',') if x.strip()]
            continue
        r = re.match(r'circle:\s*(.*)$', s)
        if r:
            circles.append(frozenset(r.group(1).split()))
            continue
        r = re.match(r'decl\s+(\S+):\s*(.*)$', s)
        if r:
            homes.setdefault(r.group(1), []).extend(r.group(2).split())
    if not layer:
        errors.append('doc/architecture.md: the layer diagram has no rows')
    return layer, sources, circles, homes, errors


def module_files(root, sources):
    """{module: [paths relative to root]} for src/*.c, src/lexer.re,
    include/*.h and include/*.def."""
    owner = {}
    for mod, srcs in sources.items():
        for s in srcs:
            owner[s] = mod
    files = {}
    for d, exts in (('src', ('.c', '.re')), ('include', ('.h', '.def'))):
        for f in sorted(os.listdir(os.path.join(root, d))):
            if not f.endswith(exts):
                continue
            if f.endswith('.def'):
                mod = f
            elif d == 'src' and f in owner:
                mod = owner[f]
            else:
                mod = f.rsplit('.', 1)[0]
            files.setdefault(mod, []).append(d + '/' + f)
    return files


def include_graph(root, files):
    """{module: {included module: [file that includes it]}}"""
    mod_of_header = {}
    for mod, fs in files.items():
        for f in fs:
            if f.startswith('include/'):
                mod_of_header[os.path.basename(f)] = mod
    graph, unknown = {}, []
    for mod, fs in files.items():
        edges = graph.setdefault(mod, {})
        for f in fs:
            for h in INCLUDE_RE.findall(read(os.path.join(root, f))):
                to = mod_of_header.get(h)
                if to is None:
                    unknown.append('%s: #include "%s": no such header in include/' % (f, h))
                elif to != mod:
                    edges.setdefault(to, []).append(f)
    return graph, unknown


def circles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, {})):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def strip_c(text):
    text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
    text = re.sub(r'//[^\n]*', ' ', text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    return re.sub(r'^\s*#[^\n]*(?:\\\n[^\n]*)*', ' ', text, flags=re.M)


def declared_functions(header_text):
    """Names of the functions a header declares at file scope (a name
    that no source defines, such as a type name, does no harm)."""
    top, depth = [], 0
    for ch in strip_c(header_text):
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
        elif depth == 0:
            top.append(ch)
    names = []
    for s in ''.join(top).split(';'):
        s = ' '.join(s.split())
        r = re.match(r'([^(]*?)\b([A-Za-z_]\w*)\s*\(', s)
        if r and not s.startswith('typedef'):
            names.append(r.group(2))
    return names


def defined_functions(c_text):
    text = strip_c(c_text)
    return set(re.findall(r'^(?!static\b)[A-Za-z_][\w \t\*]*?\b([A-Za-z_]\w*)\s*\([^;{]*\)\s*\{',
                          text, re.M))


def main(argv):
    root = '.'
    show_graph = False
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == '--root':
            root = args.pop(0)
        elif a == '--graph':
            show_graph = True
        else:
            print(__doc__)
            return 2
    layer, sources, allowed, homes, problems = parse_diagram(read(os.path.join(root, 'doc/architecture.md')))
    if layer is None:
        print('\n'.join(problems))
        return 1
    files = module_files(root, sources)
    graph, unknown = include_graph(root, files)
    problems += unknown

    for mod in sorted(files):
        if mod not in layer:
            problems.append('%s (%s) is not in the layer diagram' % (mod, ' '.join(files[mod])))
    for mod in sorted(layer):
        if mod not in files:
            problems.append('diagram: module %s has no file in src/ or include/' % mod)

    edges = 0
    for mod in sorted(graph):
        for to in sorted(graph[mod]):
            edges += 1
            if show_graph:
                print('%s (L%s) -> %s (L%s)' % (mod, layer.get(mod, '?'), to, layer.get(to, '?')))
            if mod in layer and to in layer and layer[to] > layer[mod]:
                problems.append('upward include: %s (L%d) includes %s (L%d) in %s' %
                                (mod, layer[mod], to, layer[to], ', '.join(sorted(set(graph[mod][to])))))

    found = circles(graph)
    bad_circles = 0
    for comp in found:
        ok = frozenset(comp) in allowed
        if not ok:
            bad_circles += 1
        print('circle%s: %s' % (' (allowed by the diagram)' if ok else '', ' '.join(comp)))
        for mod in comp:
            for to in sorted(graph[mod]):
                if to in comp:
                    print('    %s -> %s  (%s)' % (mod, to, ', '.join(sorted(set(graph[mod][to])))))
    for c in allowed:
        if sorted(c) not in found:
            problems.append('diagram: circle %s is allowed but does not exist (remove the line)' %
                            ' '.join(sorted(c)))
    if bad_circles:
        problems.append('%d circle(s) in the include graph' % bad_circles)

    # every function a header declares is defined by its module
    defined = {}
    for mod, fs in files.items():
        for f in fs:
            if f.endswith('.c') or f.endswith('.re'):
                for name in defined_functions(read(os.path.join(root, f))):
                    defined.setdefault(name, set()).add(f)
    for mod, fs in sorted(files.items()):
        for h in fs:
            if not h.endswith('.h'):
                continue
            own = set('src/' + s for s in homes.get(os.path.basename(h), []))
            own |= set(f for f in fs if f.startswith('src/'))
            for name in declared_functions(read(os.path.join(root, h))):
                where = defined.get(name, set())
                if where and not (where & own):
                    problems.append('%s declares %s, defined in %s' % (h, name, ', '.join(sorted(where))))

    for p in problems:
        print(p)
    print('layers: %d modules in %d rows, %d includes between modules, %d circle(s) (%d allowed), %s' %
          (len(files), len(set(layer.values())), edges, len(found), len(found) - bad_circles,
           'ok' if not problems else '%d problem(s)' % len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
