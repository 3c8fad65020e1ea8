#!/usr/bin/env python3
"""objdiff.py - compare two Win64 COFF objects semantically.

Usage: tools/realworld/objdiff.py [options] OBJ_A OBJ_B

Two objects are equal when, with ml64's bookkeeping aside (the header
timestamp, the .debug$S/.debug$T sections, the @comp.id and @feat.00
symbols and, without -Zi, static symbols that are only names):

  - the same sections exist (matched by name and order among sections of
    that name), with the same characteristics (flags and alignment), the
    same size, and the same bytes once every relocated field is replaced
    by its relocation taken symbolically: (type, target, addend), where a
    target defined in the object is "section+offset" (so a relocation
    against a label and one against its section symbol plus the label's
    offset are the same) and an undefined one is its name; a PC-relative
    field aimed at its own section counts as the displacement it makes;
  - the same public symbols (section+offset, function or not), externals,
    commons (with size) and weak externals (with their default);
  - the same .drectve tokens (order aside);
  - the same `llvm-readobj --unwind` text (addresses aside: the .pdata
    relocations are already compared symbolically).

Prints the differences (the first few per section, with offsets, both
sides' bytes and, in code, the instruction at the offset) and exits 0
when the objects are equal, 1 when they differ, 2 when one cannot be read.

Options:
  --max N        differences listed per section (default 5)
  --no-unwind    do not run llvm-readobj --unwind
  --no-disasm    no disassembly hints
  --ignore NAME  ignore a section (repeatable)
  --keep-debug   compare .debug$S/.debug$T too
  --rename A=B   compare section A under the name B, in both objects
                 (e.g. --rename .text=.text$mn against JWasm)
  -q             print nothing, only the exit status

Used as a module by tools/realworld/realworld.py: compare(a, b, ...)
returns a list of Diff(kind, where, text).
"""

import os
import shlex
import struct
import subprocess
import sys
from collections import namedtuple

Diff = namedtuple("Diff", "kind where text")

IGNORED_SECTIONS = {".debug$S", ".debug$T"}
IGNORED_SYMBOLS = {"@comp.id", "@feat.00"}

SCN_CNT_CODE = 0x20
SCN_CNT_UNINIT = 0x80
SCN_LNK_NRELOC_OVFL = 0x01000000

REL_NAMES = {
    0x0: "ABSOLUTE", 0x1: "ADDR64", 0x2: "ADDR32", 0x3: "ADDR32NB",
    0x4: "REL32", 0x5: "REL32_1", 0x6: "REL32_2", 0x7: "REL32_3",
    0x8: "REL32_4", 0x9: "REL32_5", 0xA: "SECTION", 0xB: "SECREL",
    0xC: "SECREL7", 0xD: "TOKEN", 0xE: "SREL32", 0xF: "PAIR",
    0x10: "SSPAN32",
}
# width of the relocated field and whether its in-place addend is signed
REL_WIDTH = {0x1: (8, True), 0x2: (4, False), 0x3: (4, False),
             0x4: (4, True), 0x5: (4, True), 0x6: (4, True),
             0x7: (4, True), 0x8: (4, True), 0x9: (4, True),
             0xA: (2, False), 0xB: (4, False), 0xC: (1, False),
             0xD: (4, False), 0xE: (4, True), 0x10: (4, True)}


class CoffError(Exception):
    pass


class Section(object):
    def __init__(self):
        self.name = ""
        self.key = ""
        self.flags = 0
        self.size = 0
        self.data = b""
        self.relocs = []        # (offset, type, symbol index)
        self.selection = 0      # COMDAT selection from the aux record


class Symbol(object):
    def __init__(self):
        self.name = ""
        self.value = 0
        self.secnum = 0
        self.type = 0
        self.sclass = 0
        self.aux = b""


class Coff(object):
    def __init__(self, path):
        self.path = path
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except OSError as e:
            raise CoffError("%s: %s" % (path, e.strerror))
        self.raw = raw
        if len(raw) < 20:
            raise CoffError("%s: too short for a COFF header" % path)
        (self.machine, nsec, self.timestamp, symptr, nsym, optsize,
         self.characteristics) = struct.unpack_from("<HHIIIHH", raw, 0)
        if self.machine != 0x8664:
            raise CoffError("%s: machine 0x%x is not AMD64" % (path, self.machine))
        strtab_off = symptr + 18 * nsym
        self.strtab = b""
        if symptr and strtab_off + 4 <= len(raw):
            n = struct.unpack_from("<I", raw, strtab_off)[0]
            self.strtab = raw[strtab_off:strtab_off + max(n, 4)]
        self.sections = []
        off = 20 + optsize
        seen = {}
        for i in range(nsec):
            if off + 40 > len(raw):
                raise CoffError("%s: section table truncated" % path)
            (name8, vsize, vaddr, size, dataptr, relptr, lnptr, nrel, nln,
             flags) = struct.unpack_from("<8sIIIIIIHHI", raw, off)
            off += 40
            s = Section()
            s.name = self._secname(name8)
            s.orig = s.name
            k = seen.get(s.name, 0)
            seen[s.name] = k + 1
            s.key = s.name if k == 0 else "%s#%d" % (s.name, k + 1)
            s.flags = flags
            s.size = size
            if not (flags & SCN_CNT_UNINIT) and dataptr:
                if dataptr + size > len(raw):
                    raise CoffError("%s: section %s data out of the file" % (path, s.name))
                s.data = raw[dataptr:dataptr + size]
            else:
                s.data = b"\0" * size
            count = nrel
            first = 0
            if flags & SCN_LNK_NRELOC_OVFL and nrel == 0xFFFF:
                count = struct.unpack_from("<I", raw, relptr)[0]
                first = 1
            for r in range(first, count):
                ro = relptr + 10 * r
                if ro + 10 > len(raw):
                    raise CoffError("%s: relocations of %s out of the file" % (path, s.name))
                va, si, ty = struct.unpack_from("<IIH", raw, ro)
                s.relocs.append((va, ty, si))
            self.sections.append(s)
        self.symbols = {}       # index -> Symbol
        i = 0
        while i < nsym:
            so = symptr + 18 * i
            if so + 18 > len(raw):
                raise CoffError("%s: symbol table truncated" % path)
            name8, value, secnum, ty, sclass, naux = struct.unpack_from("<8sIhHBB", raw, so)
            sym = Symbol()
            sym.name = self._symname(name8)
            sym.value = value
            sym.secnum = secnum
            sym.type = ty
            sym.sclass = sclass
            sym.aux = raw[so + 18:so + 18 + 18 * naux]
            self.symbols[i] = sym
            if sclass == 3 and naux and 0 < secnum <= len(self.sections) and value == 0 \
                    and sym.name == self.sections[secnum - 1].name and len(sym.aux) >= 15:
                self.sections[secnum - 1].selection = sym.aux[14]
            i += 1 + naux

    def _cstr(self, b):
        return b.split(b"\0", 1)[0].decode("latin-1")

    def _secname(self, name8):
        if name8[:1] == b"/" and name8[1:2].isdigit():
            try:
                off = int(self._cstr(name8[1:]))
                return self._cstr(self.strtab[off:])
            except ValueError:
                pass
        return self._cstr(name8)

    def _symname(self, name8):
        if name8[:4] == b"\0\0\0\0":
            off = struct.unpack_from("<I", name8, 4)[0]
            return self._cstr(self.strtab[off:])
        return self._cstr(name8)

    def section_of(self, secnum):
        if 0 < secnum <= len(self.sections):
            return self.sections[secnum - 1]
        return None

    def target(self, symidx, addend):
        """A relocation target in terms that do not depend on symbol layout."""
        sym = self.symbols.get(symidx)
        if sym is None:
            return "<bad symbol %d>%+d" % (symidx, addend)
        sec = self.section_of(sym.secnum)
        if sec is not None:
            return "%s+0x%x" % (sec.key, sym.value + addend)
        if sym.secnum == -1:
            return "abs:0x%x" % ((sym.value + addend) & 0xFFFFFFFFFFFFFFFF)
        if sym.sclass == 105 and sym.aux:
            return "weak %s%s" % (sym.name, fmt_addend(addend))
        return "%s%s" % (sym.name, fmt_addend(addend))


def fmt_addend(a):
    if a == 0:
        return ""
    return "%+#x" % a if a > 0 else "-%#x" % -a


def cells(obj, sec):
    """offset -> (width, symbolic text) for the relocated fields of sec.

    A PC-relative field whose target is in the same section is resolved
    instead (sec.cmp holds the section's bytes with it filled in): one
    assembler may leave a relocation where the other resolved the
    displacement, and the linked code is the same."""
    out = {}
    data = bytearray(sec.data)
    for va, ty, si in sec.relocs:
        sym = obj.symbols.get(si)
        if 0x4 <= ty <= 0x9 and sym is not None and sym.secnum > 0 and \
                obj.section_of(sym.secnum) is sec and va + 4 <= len(data):
            addend = int.from_bytes(data[va:va + 4], "little", signed=True)
            disp = sym.value + addend - (va + 4 + (ty - 0x4))
            data[va:va + 4] = (disp & 0xFFFFFFFF).to_bytes(4, "little")
            continue
        width, signed = REL_WIDTH.get(ty, (4, False))
        raw = sec.data[va:va + width]
        if len(raw) < width:
            raw = raw + b"\0" * (width - len(raw))
        addend = int.from_bytes(raw, "little", signed=signed)
        if ty == 0xA:           # SECTION: the field holds nothing useful
            addend = 0
        out[va] = (width, "%s(%s)" % (REL_NAMES.get(ty, "type%d" % ty),
                                      obj.target(si, addend)))
    sec.cmp = bytes(data)
    return out


def hexs(b):
    return " ".join("%02x" % c for c in b)


class Disasm(object):
    """Lazily disassembles a section and finds the instruction at an offset."""

    def __init__(self, enabled):
        self.enabled = enabled
        self.cache = {}

    def at(self, path, secname, off):
        if not self.enabled:
            return None
        key = (path, secname)
        if key not in self.cache:
            insns = []
            try:
                out = subprocess.run(
                    ["llvm-objdump", "-d", "-M", "intel", "--no-show-raw-insn",
                     "--section=" + secname, path],
                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                    timeout=60).stdout.decode("latin-1")
                for line in out.splitlines():
                    head, sep, rest = line.partition(":")
                    head = head.strip()
                    if sep and head and all(c in "0123456789abcdef" for c in head) \
                            and rest.startswith(" ") and not line.startswith("0"):
                        insns.append((int(head, 16), " ".join(rest.split())))
            except (OSError, subprocess.SubprocessError):
                pass
            self.cache[key] = insns
        best = None
        for addr, text in self.cache[key]:
            if addr <= off:
                best = (addr, text)
            else:
                break
        if best is None:
            return None
        return "%s+0x%x: %s" % (secname, best[0], best[1])


def compare_bytes(a, sa, b, sb, maxn, dis):
    diffs = []
    ca, cb = cells(a, sa), cells(b, sb)
    n = min(sa.size, sb.size)
    bad = []                    # (start, end) runs of differing offsets
    i = 0
    while i < n:
        ra, rb = ca.get(i), cb.get(i)
        if ra or rb:
            w = max(ra[0] if ra else 1, rb[0] if rb else 1)
            same = ra == rb
        else:
            w = 1
            same = sa.cmp[i] == sb.cmp[i]
        if not same:
            if bad and i - bad[-1][1] <= 4:
                bad[-1] = (bad[-1][0], i + w)
            else:
                bad.append((i, i + w))
        i += w
    for start, end in bad[:maxn]:
        lo = max(0, start)
        hi = min(n, end)

        def side(obj, sec, cc):
            parts = []
            j = lo
            while j < hi:
                if len(parts) == 12:
                    parts.append("...")
                    break
                if j in cc:
                    parts.append(cc[j][1])
                    j += cc[j][0]
                else:
                    parts.append("%02x" % sec.cmp[j])
                    j += 1
            return " ".join(parts)
        text = "%s+0x%x: %s | %s" % (sa.key, lo, side(a, sa, ca), side(b, sb, cb))
        if sa.flags & SCN_CNT_CODE:
            ha = dis.at(a.path, sa.orig, lo)
            hb = dis.at(b.path, sb.orig, lo)
            if ha or hb:
                text += "\n      A: %s\n      B: %s" % (ha or "?", hb or "?")
        diffs.append(Diff("bytes", "%s+0x%x" % (sa.key, lo), text))
    if len(bad) > maxn:
        diffs.append(Diff("bytes", sa.key, "... %d more differing runs" % (len(bad) - maxn)))
    if sa.size != sb.size:
        diffs.append(Diff("size", sa.key, "size 0x%x | 0x%x" % (sa.size, sb.size)))
    # relocations nobody has at the same place are shown above; count them too
    if len(ca) != len(cb):
        diffs.append(Diff("relocs", sa.key, "%d relocations | %d" % (len(ca), len(cb))))
    return diffs


def symbols(obj):
    """kind:name -> description, for public, extern, common and weak symbols."""
    out = {}
    for sym in obj.symbols.values():
        if sym.name in IGNORED_SYMBOLS:
            continue
        if sym.sclass == 2:     # EXTERNAL
            sec = obj.section_of(sym.secnum)
            if sec is not None:
                kind = "function" if (sym.type >> 4) == 2 else "data"
                out["public " + sym.name] = "%s+0x%x (%s)" % (sec.key, sym.value, kind)
            elif sym.secnum == -1:
                out["public " + sym.name] = "abs 0x%x" % sym.value
            elif sym.value:
                out["common " + sym.name] = "size %d" % sym.value
            else:
                out["extern " + sym.name] = "undefined"
        elif sym.sclass == 105:  # WEAK_EXTERNAL
            dflt = "?"
            if len(sym.aux) >= 8:
                tag, chars = struct.unpack_from("<II", sym.aux, 0)
                d = obj.symbols.get(tag)
                dflt = "%s (search %d)" % (obj.target(tag, 0) if d else "?", chars)
            out["weak " + sym.name] = "default " + dflt
    return out


def drectve_tokens(obj):
    toks = []
    for s in obj.sections:
        if s.name == ".drectve":
            text = s.data.split(b"\0", 1)[0].decode("latin-1")
            try:
                toks += shlex.split(text, posix=False)
            except ValueError:
                toks += text.split()
    return sorted(norm_directive(t.strip()) for t in toks if t.strip())


def norm_directive(tok):
    """-defaultlib:x and /DEFAULTLIB:x mean the same to every linker."""
    if tok[:1] in "-/" and len(tok) > 1:
        opt, sep, val = tok[1:].partition(":")
        return "/" + opt.upper() + sep + val
    return tok


def unwind_text(path):
    try:
        p = subprocess.run(["llvm-readobj", "--unwind", path], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=60)
    except (OSError, subprocess.SubprocessError) as e:
        return ["<llvm-readobj: %s>" % e]
    lines = []
    for line in p.stdout.decode("latin-1").splitlines():
        s = line.strip()
        if s.startswith(("File:", "Format:", "Arch:", "AddressSize:")) or not s:
            continue
        if s.startswith(("StartAddress:", "EndAddress:", "UnwindInfoAddress:")):
            continue
        if s.startswith("ExceptionHandler:"):
            s = s.split(" (")[0]
        lines.append(s)
    return lines


def rename_sections(obj, rename):
    """Give sections other names (e.g. JWasm's .text is ml64's .text$mn)."""
    seen = {}
    for s in obj.sections:
        s.name = rename.get(s.name, s.name)
        k = seen.get(s.name, 0)
        seen[s.name] = k + 1
        s.key = s.name if k == 0 else "%s#%d" % (s.name, k + 1)


def compare(path_a, path_b, maxn=5, unwind=True, disasm=True, ignore=(), keep_debug=False,
            rename=None):
    """The list of differences between two objects (empty when equal).

    rename maps section names to the names they are compared under, in
    both objects (disassembly hints still use the names in the files)."""
    a, b = Coff(path_a), Coff(path_b)
    if rename:
        rename_sections(a, rename)
        rename_sections(b, rename)
    skip = set(ignore) | {".drectve"}
    if not keep_debug:
        skip |= IGNORED_SECTIONS
    diffs = []
    dis = Disasm(disasm)
    secs_a = dict((s.key, s) for s in a.sections if s.name not in skip)
    secs_b = dict((s.key, s) for s in b.sections if s.name not in skip)
    for key in sorted(set(secs_a) | set(secs_b), key=lambda k: (k not in secs_a, k)):
        sa, sb = secs_a.get(key), secs_b.get(key)
        if sa is None or sb is None:
            s = sa or sb
            if s.size == 0 and not s.relocs:
                continue        # an empty section changes nothing when linked
            diffs.append(Diff("section", key, "section %s (size 0x%x) only in %s" %
                              (key, s.size, "A" if sa else "B")))
            continue
        if sa.flags != sb.flags:
            diffs.append(Diff("flags", key, "flags 0x%08x | 0x%08x" % (sa.flags, sb.flags)))
        if sa.selection != sb.selection:
            diffs.append(Diff("comdat", key, "COMDAT selection %d | %d" %
                              (sa.selection, sb.selection)))
        diffs += compare_bytes(a, sa, b, sb, maxn, dis)
    syms_a, syms_b = symbols(a), symbols(b)
    for name in sorted(set(syms_a) | set(syms_b)):
        va, vb = syms_a.get(name), syms_b.get(name)
        if va != vb:
            diffs.append(Diff("symbol", name, "%s: %s | %s" % (name, va or "missing",
                                                               vb or "missing")))
    da, db = drectve_tokens(a), drectve_tokens(b)
    if [t.lower() for t in da] != [t.lower() for t in db]:
        diffs.append(Diff("drectve", ".drectve", "%s | %s" % (" ".join(da) or "none",
                                                             " ".join(db) or "none")))
    if unwind:
        ua, ub = unwind_text(path_a), unwind_text(path_b)
        if ua != ub:
            n = 0
            while n < min(len(ua), len(ub)) and ua[n] == ub[n]:
                n += 1
            diffs.append(Diff("unwind", "unwind", "line %d: %s | %s" % (
                n + 1, ua[n] if n < len(ua) else "end", ub[n] if n < len(ub) else "end")))
    return diffs


def main(argv):
    maxn = 5
    unwind = disasm = True
    quiet = keep_debug = False
    ignore = []
    rename = {}
    files = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--max" and i + 1 < len(argv):
            i += 1
            maxn = int(argv[i])
        elif a == "--ignore" and i + 1 < len(argv):
            i += 1
            ignore.append(argv[i])
        elif a == "--rename" and i + 1 < len(argv):
            i += 1
            old_name, _, new_name = argv[i].partition("=")
            rename[old_name] = new_name
        elif a == "--no-unwind":
            unwind = False
        elif a == "--no-disasm":
            disasm = False
        elif a == "--keep-debug":
            keep_debug = True
        elif a == "-q":
            quiet = True
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        elif a.startswith("-") and len(a) > 1:
            sys.stderr.write("objdiff.py: unknown option %s\n" % a)
            return 2
        else:
            files.append(a)
        i += 1
    if len(files) != 2:
        sys.stderr.write("usage: objdiff.py [--max N] [--no-unwind] [--no-disasm] "
                         "[--ignore SECTION] [-q] OBJ_A OBJ_B\n")
        return 2
    try:
        diffs = compare(files[0], files[1], maxn, unwind, disasm and not quiet, ignore,
                        keep_debug, rename)
    except (CoffError, struct.error, IndexError, ValueError) as e:
        sys.stderr.write("objdiff.py: %s\n" % e)
        return 2
    if not quiet:
        for d in diffs:
            print("%-8s %s" % (d.kind, d.text))
        if diffs:
            print("A=%s B=%s: %d difference%s" % (os.path.basename(files[0]),
                                                 os.path.basename(files[1]), len(diffs),
                                                 "" if len(diffs) == 1 else "s"))
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
