#!/usr/bin/env python3
"""cvnorm.py OBJ: the CodeView of a COFF object in a normalized text form,
for comparing two assemblers' objects (tools/debugcheck.sh).

Reads the object itself (llvm-readobj stops at ml64's objects with two
code sections, whose line subsections share the name $$000000): applies
the SECREL relocations of .debug$S and prints

    sym KIND name [size=N dbgstart=N] [reg=R off=N]   (sorted)
    line SECTION OFFSET file:line                    (section order)

with offsets from the start of the section.  Paths, checksums, the
compiler name and the order of symbols are left out, and so are the
records only one side writes: ml64's S_ENVBLOCK and $xdatasym, our
S_FRAMEPROC."""
import ntpath
import struct
import sys

SKIP = {0x1101, 0x113C, 0x113D, 0x1012}  # OBJNAME COMPILE3 ENVBLOCK FRAMEPROC
NAMES = {0x1110: "S_GPROC32", 0x110F: "S_LPROC32", 0x1105: "S_LABEL32",
         0x110C: "S_LDATA32", 0x110D: "S_GDATA32", 0x1111: "S_REGREL32",
         0x1108: "S_UDT", 0x0006: "S_END"}


def cstr(b, at):
    end = b.index(b"\0", at)
    return b[at:end].decode("latin-1")


def main():
    data = open(sys.argv[1], "rb").read()
    nsec, _, symptr, nsyms = struct.unpack_from("<HIII", data, 2)
    strtab = symptr + 18 * nsyms
    secs = []
    for i in range(nsec):
        h = 20 + 40 * i
        raw = data[h:h + 8].rstrip(b"\0").decode("latin-1")
        if raw.startswith("/"):
            raw = cstr(data, strtab + int(raw[1:]))
        size, ptr, relptr = struct.unpack_from("<III", data, h + 16)
        nrel = struct.unpack_from("<H", data, h + 32)[0]
        secs.append((raw, data[ptr:ptr + size], relptr, nrel))
    syms = {}
    i = 0
    while i < nsyms:
        at = symptr + 18 * i
        if data[at:at + 4] == b"\0\0\0\0":
            name = cstr(data, strtab + struct.unpack_from("<I", data, at + 4)[0])
        else:
            name = data[at:at + 8].rstrip(b"\0").decode("latin-1")
        value, secno, _, _, naux = struct.unpack_from("<IhHBB", data, at + 8)
        syms[i] = (name, value, secno)
        i += 1 + naux
    for name, body, relptr, nrel in secs:
        if name != ".debug$S":
            continue
        # field offset -> (section name, symbol value) of SECREL relocations
        secrel = {}
        for r in range(nrel):
            off, idx, typ = struct.unpack_from("<IIH", data, relptr + 10 * r)
            sname, value, secno = syms[idx]
            if typ == 0x0B:
                secrel[off] = (secs[secno - 1][0] if secno > 0 else sname, value)
        dump(body, secrel)


def dump(b, secrel):
    pos = 4
    strings = b""
    files = {}
    lines = []
    syms = []
    while pos + 8 <= len(b):
        kind, length = struct.unpack_from("<II", b, pos)
        start = pos + 8
        if kind == 0xF3:
            strings = b[start:start + length]
        elif kind == 0xF4:
            p = start
            while p < start + length:
                noff, n = struct.unpack_from("<IB", b, p)
                files[p - start] = noff
                p = (p + 6 + n + 3) & ~3
        elif kind == 0xF2:
            sec, base = secrel.get(start, ("?", 0))
            base += struct.unpack_from("<I", b, start)[0]
            p = start + 12
            while p < start + length:
                fid, n, _ = struct.unpack_from("<III", b, p)
                for k in range(n):
                    off, ln = struct.unpack_from("<II", b, p + 12 + 8 * k)
                    lines.append((sec, base + off, fid, ln & 0xFFFFFF))
                p += 12 + 8 * n
        elif kind == 0xF1:
            p = start
            while p < start + length:
                rlen, rkind = struct.unpack_from("<HH", b, p)
                d = p + 4
                if rkind not in SKIP:
                    name = NAMES.get(rkind, "0x%04X" % rkind)
                    if rkind in (0x1110, 0x110F):
                        size, dbg = struct.unpack_from("<II", b, d + 12)
                        syms.append("%s %s size=0x%X dbgstart=0x%X" % (name, cstr(b, d + 35), size, dbg))
                    elif rkind == 0x1105:
                        syms.append("%s %s" % (name, cstr(b, d + 7)))
                    elif rkind in (0x110C, 0x110D):
                        n = cstr(b, d + 10)
                        if n != "$xdatasym":
                            syms.append("%s %s" % (name, n))
                    elif rkind == 0x1111:
                        off, _, reg = struct.unpack_from("<iIH", b, d)
                        syms.append("%s %s reg=%d off=%d" % (name, cstr(b, d + 10), reg, off))
                    elif rkind == 0x1108:
                        syms.append("%s %s" % (name, cstr(b, d + 4)))
                    else:
                        syms.append(name)
                p += 2 + rlen
        pos = (start + length + 3) & ~3
    for s in sorted(syms):
        print("sym", s)
    for sec, off, fid, ln in lines:
        fname = ntpath.basename(cstr(strings, files[fid]).replace("/", "\\"))
        print("line %s 0x%X %s:%d" % (sec, off, fname, ln))


main()
