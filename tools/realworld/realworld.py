#!/usr/bin/env python3
"""realworld.py - assemble real projects' MASM files and judge each one.

Usage (from the repository root; `make realworld` passes the variables):
  tools/realworld/realworld.py --mirrors DIR [--ml64 ML64.EXE] [--jwasm JWASM]
      [--asm ./asm] [--corpus tools/realworld/corpus.tsv] [--cache DIR]
      [--only TEXT]... [--json FILE] [--timeout SEC] [-j N] [-v]

Each case of the manifest (tools/realworld/corpus.tsv, format in its
header) names a file of a repository at a pinned commit, read from the
git mirror MIRRORS/<owner>+<name>/repo (or MIRRORS/<owner>+<name>, or
MIRRORS/<name>) into a cache outside this repository (--cache, default
$XDG_CACHE_HOME/asm-realworld).  Kinds of check:

  obj        our object against ml64's (objdiff.py: sections, relocations
             taken symbolically, symbols, .drectve, unwind data)
  obj-jwasm  the same against JWasm's, for files using JWasm extensions
  run:SPEC   link our object and the reference's, run both under wine,
             compare output and exit status (SPEC in the manifest header)
  kat:DRV    link our object with the known-answer driver
             kat/DRV.c next to the manifest (MinGW gcc), run it under wine:
             it exits 0 when every known answer matched
  acc:SYMS   ours assembles, the object reads back, code disassembles
             with no (bad), and the public symbols SYMS (comma separated)
             are there

One line per case: `<case>: PASS`, `<case>: DIFF:<what>` or
`<case>: FAIL:<first error>`, then a summary per kind and per repository
and `N passed, M failed`.  Exit status 0 when every selected case passed.
--only selects the cases whose name contains TEXT (repeatable).
--markdown writes the per-repository table of README.md to FILE.
--json writes every result (case, repository, kind, status, detail,
seconds) to FILE ("-" for stdout, then the text goes to stderr).
--seeds DIR writes fuzzing seeds and exits: every case's source and the
files its INCLUDE lines name, each cut at 64 KiB (`make fuzz-seeds-realworld`).
--timeout bounds every step (assembling, linking, running; default 60 s).
ml64, JWasm and link.exe objects are cached by content, so a second run
only runs our assembler.
"""

import fnmatch
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import objdiff  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))


class StepError(Exception):
    """A step failed: str(e) is the first error line."""


def first_error(text, default):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    for pat in (r"\berror\b", r"\bfatal\b", r"(?i)mismatch", r"(?i)error", r"(?i)warning"):
        for l in lines:
            if re.search(pat, l) and not l.startswith("Assembling:"):
                return l
    for l in lines:
        if not l.startswith(("Assembling:", "Microsoft", "Copyright")):
            return l
    return default


def run(cmd, cwd, timeout, env=None, stdin=None, partial=False):
    """Run cmd; return (status, output).  A timeout kills the whole group;
    with partial, it returns (None, what was printed until then)."""
    if env is None:
        env = clean_env()
    try:
        p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                             env=env, start_new_session=True)
    except OSError as e:
        raise StepError("%s: %s" % (cmd[0], e.strerror))
    try:
        out, _ = p.communicate(input=stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        out, _ = p.communicate()
        if partial:
            return None, out.decode("latin-1")
        raise StepError("timeout after %ds: %s" % (timeout, os.path.basename(cmd[0])))
    return p.returncode, out.decode("latin-1")


def clean_env():
    """The environment for every tool: without the variables assemblers read
    options or include paths from (ML, JWASM, INCLUDE), which `make realworld
    JWASM=...` would otherwise hand to asm and to JWasm."""
    env = dict(os.environ)
    for v in ("ML", "JWASM", "INCLUDE", "ASM_FLAGS"):
        env.pop(v, None)
    return env


class Case(object):
    def __init__(self, name, repo, commit, path, kind, flags, recipe, notes, lineno):
        self.name = name
        self.repo = repo
        self.commit = commit
        self.path = path
        self.kind = kind
        self.flags = flags
        self.recipe = recipe
        self.notes = notes
        self.lineno = lineno


def short_names(paths):
    """file name without extension; with the first differing directory when repeated."""
    bases = [os.path.splitext(os.path.basename(p))[0] for p in paths]
    out = []
    for p, b in zip(paths, bases):
        if bases.count(b) == 1:
            out.append(b)
            continue
        dirs = p.split("/")[:-1]
        others = [q.split("/")[:-1] for q, c in zip(paths, bases) if c == b and q != p]
        pick = None
        for i, d in enumerate(dirs):
            if all(i >= len(o) or o[i] != d for o in others):
                pick = d
                break
        out.append("%s/%s" % (pick.split(" - ")[0], b) if pick else p)
    return out


def read_corpus(path, mirrors, harness):
    cases = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 7:
                raise SystemExit("%s:%d: %d columns, expected 8" % (path, lineno, len(cols)))
            cols += [""] * (8 - len(cols))
            name, repo, commit, rpath, kind, flags, recipe, notes = [c.strip() for c in cols[:8]]
            if kind == "skip":
                # drop the cases of this repository whose path matches: files
                # that are not standalone sources, or need what we cannot have
                cases = [c for c in cases if not (c.repo == repo and
                                                   fnmatch.fnmatchcase(c.path, rpath))]
                continue
            flags = [] if flags in ("", "-") else flags.split()
            recipe = "" if recipe == "-" else recipe
            if any(c in rpath for c in "*?["):
                files = harness.ls_tree(repo, commit, rpath) if mirrors else []
                if not files and mirrors:
                    cases.append(Case(name + "/*", repo, commit, rpath, kind, flags, recipe,
                                      notes, lineno))
                for fpath, short in zip(files, short_names(files)):
                    cases.append(Case(name + "/" + short, repo, commit, fpath, kind, flags,
                                      recipe, notes, lineno))
            else:
                cases.append(Case(name, repo, commit, rpath, kind, flags, recipe, notes, lineno))
    return cases


class Harness(object):
    def __init__(self, opt):
        self.opt = opt
        self.mirrors = opt.mirrors
        self.cache = os.path.abspath(opt.cache)
        self.root = os.path.join(self.cache, "root")     # wine drive root
        self.bsinc = os.path.join(self.root, "bsinc")
        self.locks = {}
        self.lock = threading.Lock()
        self.done = set()
        self.drive = None
        # the drivers of kat: and run:driver= cases live next to the manifest
        self.katdir = os.path.join(os.path.dirname(os.path.abspath(opt.corpus)), "kat")
        os.makedirs(self.root, exist_ok=True)
        os.makedirs(os.path.join(self.cache, "ref"), exist_ok=True)

    def keylock(self, key):
        with self.lock:
            if key not in self.locks:
                self.locks[key] = threading.Lock()
            return self.locks[key]

    # --- mirrors and trees ----------------------------------------------
    def gitdir(self, repo):
        owner_name = repo.replace("/", "+")
        for cand in (os.path.join(self.mirrors, owner_name, "repo"),
                     os.path.join(self.mirrors, owner_name),
                     os.path.join(self.mirrors, repo.split("/")[-1]),
                     os.path.join(self.mirrors, repo.split("/")[-1] + ".git")):
            if os.path.isdir(cand) and (os.path.exists(os.path.join(cand, "HEAD")) or
                                        os.path.isdir(os.path.join(cand, ".git"))):
                return cand
        raise StepError("no mirror of %s under %s" % (repo, self.mirrors))

    def git(self, repo, *args):
        gd = self.gitdir(repo)
        p = subprocess.run(["git", "--git-dir=" + (os.path.join(gd, ".git")
                                                    if os.path.isdir(os.path.join(gd, ".git"))
                                                    else gd)] + list(args),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            raise StepError("git %s: %s" % (args[0], first_error(p.stderr.decode("latin-1"),
                                                                  "failed")))
        return p.stdout

    def ls_tree(self, repo, commit, pattern):
        try:
            out = self.git(repo, "ls-tree", "-r", "-z", "--name-only", commit)
        except StepError:
            return []
        names = [n for n in out.decode("utf-8", "replace").split("\0") if n]
        return sorted(n for n in names if fnmatch.fnmatchcase(n, pattern))

    def tree(self, repo, commit, paths):
        """The repository's files under paths at commit, extracted into the cache.

        Several cases share one directory per repository and commit; each path
        is extracted once (a marker file remembers it).
        """
        d = os.path.join(self.root, "trees", "%s@%s" % (repo.replace("/", "+"), commit[:12]))
        with self.keylock("tree " + d):
            os.makedirs(d, exist_ok=True)
            for path in paths:
                mark = os.path.join(d, ".done-" + hashlib.sha1(path.encode()).hexdigest()[:16])
                if os.path.exists(mark):
                    continue
                gd = self.gitdir(repo)
                archive = subprocess.Popen(["git", "--git-dir=" + gd, "archive", "--format=tar",
                                            commit, "--", path], stdout=subprocess.PIPE,
                                           stderr=subprocess.PIPE)
                tar = subprocess.run(["tar", "-x", "-C", d], stdin=archive.stdout,
                                     stderr=subprocess.PIPE)
                archive.stdout.close()
                err = archive.stderr.read().decode("latin-1")
                if archive.wait() != 0 or tar.returncode != 0:
                    raise StepError("git archive %s %s %s: %s" % (
                        repo, commit[:12], path, first_error(err, "failed")))
                open(mark, "w").close()
            return d

    # --- wine --------------------------------------------------------------
    def wine_env(self):
        env = clean_env()
        env["WINEDEBUG"] = "-all"
        return env

    def wine_drive(self):
        """A wine drive letter for self.root, so `\\masm64\\...` works there."""
        with self.keylock("drive"):
            if self.drive:
                return self.drive
            prefix = os.environ.get("WINEPREFIX") or os.path.expanduser("~/.wine")
            dd = os.path.join(prefix, "dosdevices")
            if not os.path.isdir(dd):
                raise StepError("no wine prefix at %s (run wineboot once)" % prefix)
            for letter in "mnopqrstuvwxy":
                link = os.path.join(dd, letter + ":")
                if os.path.islink(link) and os.path.realpath(link) == os.path.realpath(self.root):
                    self.drive = letter
                    return letter
            for letter in "mnopqrstuvwxy":
                link = os.path.join(dd, letter + ":")
                if not os.path.lexists(link):
                    os.symlink(self.root, link)
                    self.drive = letter
                    return letter
            raise StepError("no free wine drive letter in %s" % dd)

    # --- staging -------------------------------------------------------------
    def stage_sdk(self, tree):
        """The MASM64 SDK's sources say `include \\masm64\\include64\\x.inc`.

        ml64 under wine: self.root is a wine drive (wine_drive) and
        self.root/masm64 is the SDK tree, so the drive-absolute names resolve
        when the current directory is on that drive (every work directory is).
        asm maps drive-absolute names under its -I directories itself
        (doc/language.md), so it gets -I self.root.  The directory self.bsinc
        holds one symlink per SDK file whose *name* is the DOS path (a
        backslash is an ordinary character in a Unix name): lld-link, when
        it is the linker, finds the SDK's import libraries there.
        """
        with self.keylock("sdk"):
            if "sdk " + tree in self.done:
                return
            link = os.path.join(self.root, "masm64")
            if os.path.islink(link) and os.readlink(link) != tree:
                os.unlink(link)
            if not os.path.lexists(link):
                os.symlink(tree, link)
            os.makedirs(self.bsinc, exist_ok=True)
            for sub in ("include64", "macros64", "lib64", "m64lib"):
                base = os.path.join(tree, sub)
                if not os.path.isdir(base):
                    continue
                for dirpath, _, files in os.walk(base):
                    rel = os.path.relpath(dirpath, tree)
                    for fn in files:
                        dos = "\\masm64\\" + (rel.replace("/", "\\") + "\\" if rel != "." else "") + fn
                        for spelled in {dos, dos.lower()}:
                            p = os.path.join(self.bsinc, spelled)
                            if not os.path.lexists(p):
                                os.symlink(os.path.join(dirpath, fn), p)
            self.done.add("sdk " + tree)

    def recipe(self, case, tree, srcdir):
        """Prepare a case's files (see the manifest header)."""
        for step in [s for s in case.recipe.split(";") if s]:
            name, _, arg = step.partition(":")
            with self.keylock("recipe %s %s" % (tree, step)):
                if ("recipe", tree, step) in self.done:
                    continue
                if name == "tree":
                    pass        # extracted by prepare()
                elif name == "sdk":
                    self.stage_sdk(tree)
                elif name == "cpp":
                    # cpp:OUT=IN[,cpp flags]: run the C preprocessor in srcdir
                    out, _, rest = arg.partition("=")
                    inp, _, cflags = rest.partition(",")
                    st, text = run(["x86_64-w64-mingw32-gcc", "-E", "-P", "-x", "c"] +
                                   cflags.split() + [os.path.join(tree, inp)],
                                   srcdir, self.opt.timeout)
                    if st != 0:
                        raise StepError("recipe cpp: " + first_error(text, "failed"))
                    with open(os.path.join(srcdir, out), "w") as f:
                        f.write(text)
                else:
                    raise StepError("unknown recipe %s" % name)
                self.done.add(("recipe", tree, step))

    # --- assembling ------------------------------------------------------
    def assemble(self, who, case, srcdir, src, out):
        """Assemble src (a name in srcdir) into out; StepError on failure."""
        tmp = "rw_%s_%s.obj" % (who, hashlib.sha1(case.name.encode()).hexdigest()[:10])
        tmpp = os.path.join(srcdir, tmp)
        if os.path.exists(tmpp):
            os.unlink(tmpp)
        if who == "asm":
            inc = []
            if "sdk" in case.recipe.split(";"):
                # asm maps drive-absolute names under each -I directory
                # (doc/language.md): \masm64\x is self.root/masm64/x
                inc = ["-I", self.root]
            cmd = [self.opt.asm, "/c", "/nologo"] + inc + ["/Fo", tmp] + case.flags + [src]
            st, text = run(cmd, srcdir, self.opt.timeout)
            text = text.replace(self.root + "/", "")
        elif who == "ml64":
            if not self.opt.ml64:
                raise StepError("no ML64 given")
            cmd = [self.opt.ml64, "/c", "/nologo", "/Fo" + tmp] + case.flags + [src]
            if self.opt.ml64.lower().endswith(".exe"):
                self.wine_drive()
                cmd = ["wine"] + cmd
            st, text = run(cmd, srcdir, self.opt.timeout, env=self.wine_env())
        else:
            if not self.opt.jwasm:
                raise StepError("no JWASM given")
            flags = [("-" + f[1:]) if f.startswith("/") else f for f in case.flags]
            cmd = [self.opt.jwasm, "-q", "-win64", "-Fo" + tmp] + flags + [src]
            st, text = run(cmd, srcdir, self.opt.timeout)
        if st != 0 or not os.path.exists(tmpp):
            raise StepError(first_error(text, "exit status %d" % st))
        os.replace(tmpp, out)
        return text

    def ref_key(self, case, who, srcdir, src):
        h = hashlib.sha1()
        h.update(("%s|%s|%s|%s|%s|%s|%s" % (who, case.repo, case.commit, case.path,
                                            " ".join(case.flags), case.recipe,
                                            self.tool_id(who))).encode())
        for fn in sorted(os.listdir(srcdir)):
            if fn.startswith("rw_"):
                continue
            p = os.path.join(srcdir, fn)
            if os.path.isfile(p) and fn.lower().endswith((".inc", ".h", ".asm")):
                st = os.stat(p)
                h.update(("%s %d %d|" % (fn, st.st_size, int(st.st_mtime))).encode())
        return h.hexdigest()

    def tool_id(self, who):
        path = self.opt.ml64 if who == "ml64" else self.opt.jwasm
        try:
            st = os.stat(path)
            return "%s %d %d" % (path, st.st_size, int(st.st_mtime))
        except (OSError, TypeError):
            return str(path)

    def reference(self, who, case, srcdir, src, out):
        """The reference's object, from the cache when it was made before."""
        key = self.ref_key(case, who, srcdir, src)
        cached = os.path.join(self.cache, "ref", key + ".obj")
        if not self.opt.no_ref_cache and os.path.exists(cached):
            shutil.copyfile(cached, out)
            return
        try:
            self.assemble(who, case, srcdir, src, out)
        except StepError as e:
            raise StepError("%s: %s" % (who, e))
        shutil.copyfile(out, cached + ".tmp")
        os.replace(cached + ".tmp", cached)

    # --- one case ------------------------------------------------------------
    def prepare(self, case):
        paths = [os.path.dirname(case.path) or "."]
        for step in case.recipe.split(";"):
            if step.startswith("tree:"):
                paths += [p for p in step[5:].split(",") if p]
        tree = self.tree(case.repo, case.commit, paths)
        srcpath = os.path.join(tree, case.path)
        if not os.path.isfile(srcpath):
            raise StepError("no file %s at %s" % (case.path, case.commit[:12]))
        srcdir, src = os.path.split(srcpath)
        self.recipe(case, tree, srcdir)
        work = os.path.join(self.root, "work", re.sub(r"[^A-Za-z0-9_.+-]", "_", case.name))
        os.makedirs(work, exist_ok=True)
        return tree, srcdir, src, work

    def check(self, case):
        tree, srcdir, src, work = self.prepare(case)
        ours = os.path.join(work, "asm.obj")
        if os.path.exists(ours):
            os.unlink(ours)
        kind, _, arg = case.kind.partition(":")
        if kind in ("obj", "obj-jwasm"):
            who = "jwasm" if kind == "obj-jwasm" else "ml64"
            ref = os.path.join(work, who + ".obj")
            self.reference(who, case, srcdir, src, ref)
            self.assemble("asm", case, srcdir, src, ours)
            try:
                # JWasm names the code section .text where ml64 (and asm) say
                # .text$mn (doc/sections.md)
                rename = {".text": ".text$mn"} if who == "jwasm" else None
                diffs = objdiff.compare(ref, ours, maxn=3, disasm=self.opt.verbose,
                                        rename=rename)
            except (objdiff.CoffError, ValueError, IndexError) as e:
                raise StepError("objdiff: %s" % e)
            if diffs:
                with open(os.path.join(work, "objdiff.txt"), "w") as f:
                    for d in diffs:
                        f.write("%-8s %s\n" % (d.kind, d.text))
                return "DIFF", "%s (%s)" % (diffs[0].where, diffs[0].kind), \
                    [d.text for d in diffs]
            return "PASS", "", []
        if kind == "acc":
            self.assemble("asm", case, srcdir, src, ours)
            return self.acceptance(ours, [s for s in arg.split(",") if s])
        if kind == "kat":
            self.assemble("asm", case, srcdir, src, ours)
            return self.kat(case, arg, ours, work)
        if kind == "run":
            return self.run_case(case, arg, tree, srcdir, src, work, ours)
        raise StepError("unknown kind %s" % case.kind)

    def acceptance(self, obj, syms):
        try:
            coff = objdiff.Coff(obj)
        except objdiff.CoffError as e:
            return "FAIL", "object: %s" % e, []
        st, text = run(["llvm-readobj", "--sections", "--symbols", "--relocs", obj],
                       os.path.dirname(obj), self.opt.timeout)
        if st != 0:
            return "FAIL", "llvm-readobj: " + first_error(text, "failed"), []
        st, text = run(["llvm-objdump", "-d", obj], os.path.dirname(obj), self.opt.timeout)
        if st != 0:
            return "FAIL", "llvm-objdump: " + first_error(text, "failed"), []
        for line in text.splitlines():
            if "(bad)" in line or "<unknown>" in line:
                return "DIFF", "(bad) in disassembly: " + " ".join(line.split()), []
        have = objdiff.symbols(coff)
        for s in syms:
            if "public " + s not in have:
                return "DIFF", "public %s missing" % s, []
        return "PASS", "", []

    def kat(self, case, drv, obj, work):
        c = os.path.join(self.katdir, drv + ".c")
        if not os.path.exists(c):
            raise StepError("no driver %s" % c)
        exe = os.path.join(work, "kat.exe")
        st, text = run(["x86_64-w64-mingw32-gcc", "-O1", "-o", exe, c, obj], work,
                       self.opt.timeout)
        if st != 0:
            return "FAIL", "link: " + first_error(text, "failed"), []
        st, text = run(["wine", exe], work, self.opt.timeout, env=self.wine_env())
        if st != 0:
            return "DIFF", "kat: " + first_error(text, "exit status %d" % st), []
        return "PASS", "", []

    # run:SPEC -- see the manifest header
    def run_case(self, case, spec, tree, srcdir, src, work, ours):
        opts = dict(kv.partition("=")[::2] for kv in spec.split(",") if kv)
        outputs = {}
        for who in ("ml64", "asm"):
            obj = os.path.join(work, who + ".obj")
            if who == "asm":
                self.assemble("asm", case, srcdir, src, obj)
            else:
                self.reference("ml64", case, srcdir, src, obj)
            objs = [obj]
            if opts.get("lib"):
                objs.append(self.library(case, tree, opts["lib"], who))
            exe = os.path.join(work, who + ".exe")
            if os.path.exists(exe):
                os.unlink(exe)
            if opts.get("driver"):
                c = os.path.join(self.katdir, opts["driver"] + ".c")
                st, text = run(["x86_64-w64-mingw32-gcc", "-O1", "-o", exe, c] + objs, work,
                               self.opt.timeout)
            else:
                st, text = self.link(work, exe, objs, opts)
            if st != 0 or not os.path.exists(exe):
                return "FAIL", "link %s: %s" % (who, first_error(text, "failed")), []
            if opts.get("stop"):
                # a program that waits for a key: stop it after that many
                # seconds and compare what it printed until then
                st, text = run(["wine", exe], work, int(opts["stop"]), env=self.wine_env(),
                               stdin=opts.get("stdin", "\r\n").encode(), partial=True)
            else:
                st, text = run(["wine", exe], work, self.opt.timeout, env=self.wine_env(),
                               stdin=opts.get("stdin", "\r\n").encode())
            text = text.replace("\r\n", "\n")
            outputs[who] = (st, text)
            with open(os.path.join(work, who + ".out"), "w") as f:
                f.write(text)
        (rs, rt), (os_, ot) = outputs["ml64"], outputs["asm"]
        if opts.get("keep"):
            # a racy example (threads sharing one buffer): compare only the
            # lines it prints deterministically
            pat = re.compile(opts["keep"])
            rt, ot = ("".join(l for l in t.splitlines(True) if pat.search(l))
                      for t in (rt, ot))
        if opts.get("order") == "any":
            # threads print in the order the scheduler runs them: compare
            # the lines as a multiset
            rt, ot = ("".join(sorted(t.splitlines(True))) for t in (rt, ot))
        if (rs, rt) != (os_, ot):
            if rs != os_:
                return "DIFF", "run: exit status %s, ml64's build %s" % (os_, rs), []
            la, lb = rt.splitlines(), ot.splitlines()
            n = 0
            while n < min(len(la), len(lb)) and la[n] == lb[n]:
                n += 1
            return "DIFF", "run: output line %d: %r, ml64's build %r" % (
                n + 1, lb[n] if n < len(lb) else "", la[n] if n < len(la) else ""), []
        if not rt.strip():
            return "DIFF", "run: no output", []
        return "PASS", "", []

    def link(self, work, exe, objs, opts):
        linker = self.opt.link
        args = ["/nologo", "/SUBSYSTEM:" + opts.get("subsystem", "CONSOLE"),
                "/MACHINE:X64", "/OUT:" + os.path.basename(exe)]
        if opts.get("entry"):
            args.append("/ENTRY:" + opts["entry"])
        if opts.get("nodefaultlib"):
            args.append("/NODEFAULTLIB:" + opts["nodefaultlib"])
        if linker and linker.lower().endswith(".exe"):
            self.wine_drive()
            names = []
            for o in objs:
                rel = os.path.relpath(o, work)
                names.append(rel.replace("/", "\\"))
            cmd = ["wine", linker] + args + ["/LIBPATH:\\masm64\\lib64"] + names
            return run(cmd, work, self.opt.timeout, env=self.wine_env())
        cmd = [linker or "lld-link"] + args + ["/libpath:" + self.bsinc] + objs
        return run(cmd, work, self.opt.timeout)

    def library(self, case, tree, pattern, who):
        """A static library of every file matching pattern, by one assembler."""
        out = os.path.join(self.root, "libs", "%s-%s-%s.lib" % (
            case.repo.replace("/", "+"), case.commit[:12], who))
        with self.keylock("lib " + out):
            if out in self.done:
                return out
            os.makedirs(os.path.dirname(out), exist_ok=True)
            objs = []
            for rel in self.ls_tree(case.repo, case.commit, pattern):
                sub = Case("lib/" + rel, case.repo, case.commit, rel, "obj", case.flags,
                           case.recipe, "", case.lineno)
                srcdir, src = os.path.split(os.path.join(tree, rel))
                o = os.path.join(os.path.dirname(out), "%s-%s" % (who, rel.replace("/", "+")))
                o = os.path.splitext(o)[0] + ".obj"
                try:
                    if who == "asm":
                        self.assemble("asm", sub, srcdir, src, o)
                    else:
                        self.reference("ml64", sub, srcdir, src, o)
                except StepError:
                    continue        # judged by its own case; the link will say what is missing
                objs.append(o)
            if os.path.exists(out):
                os.unlink(out)
            st, text = run(["llvm-lib", "/out:" + out] + objs, os.path.dirname(out),
                           self.opt.timeout * 4)
            if st != 0:
                raise StepError("llvm-lib: " + first_error(text, "failed"))
            self.done.add(out)
            return out


SEED_BYTES = 64 * 1024   # a fuzzer mutates small inputs faster


INCLUDE_LINE = re.compile(rb"^[ \t]*include[ \t]+([^ \t\r\n;]+)", re.I | re.M)


def write_seeds(h, cases, outdir):
    """Every case's source and the files its INCLUDE lines name (found in the
    same repository by file name, transitively), once each by content, cut
    at SEED_BYTES: real-world-style seeds for the fuzzer."""
    os.makedirs(outdir, exist_ok=True)
    by_name = {}                # (repo, commit) -> lower-case file name -> paths
    todo = [(c.repo, c.commit, c.path) for c in cases
            if not any(ch in c.path for ch in "*?[")]   # globs that matched nothing
    done = set()
    seen = set()
    n = 0
    while todo:
        key = todo.pop()
        if key in done:
            continue
        done.add(key)
        repo, commit, path = key
        data = h.git(repo, "show", "%s:%s" % (commit, path))
        if (repo, commit) not in by_name:
            names = by_name[(repo, commit)] = {}
            for p in h.ls_tree(repo, commit, "*"):
                names.setdefault(os.path.basename(p).lower(), []).append(p)
        for m in INCLUDE_LINE.finditer(data):
            inc = m.group(1).decode("latin-1").replace("\\", "/").strip("<>\"'")
            for p in by_name[(repo, commit)].get(os.path.basename(inc).lower(), []):
                todo.append((repo, commit, p))
        data = data[:SEED_BYTES]
        digest = hashlib.sha1(data).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        name = (repo.replace("/", "+") + "_" + path).replace("/", "_").replace(" ", "_")
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
        n += 1
    return n


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description="real-world compatibility harness (see the docstring)")
    ap.add_argument("--mirrors", default=os.environ.get("MIRRORS", ""))
    ap.add_argument("--ml64", default=os.environ.get("ML64", ""))
    ap.add_argument("--jwasm", default=os.environ.get("JWASM", ""))
    ap.add_argument("--link", default=os.environ.get("LINK_EXE", ""),
                    help="link.exe (run under wine) or lld-link; default link.exe next to ml64")
    ap.add_argument("--asm", default=os.path.join(ROOT, "asm"))
    ap.add_argument("--corpus", default=os.path.join(HERE, "corpus.tsv"))
    ap.add_argument("--cache", default=os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "asm-realworld"))
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--json")
    ap.add_argument("--markdown", help="write the README table (per repository) to this file")
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--no-ref-cache", action="store_true")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    ap.add_argument("--seeds", help="write fuzzing seeds (the cases' sources) to this directory")
    opt = ap.parse_args(argv)
    if not opt.mirrors:
        ap.error("--mirrors (MIRRORS=) is required")
    opt.asm = os.path.abspath(opt.asm)
    for attr in ("ml64", "jwasm", "link"):
        v = getattr(opt, attr)
        if v and os.sep in v:
            setattr(opt, attr, os.path.abspath(v))
    if not opt.link and opt.ml64 and opt.ml64.lower().endswith("ml64.exe"):
        cand = os.path.join(os.path.dirname(opt.ml64), "link.exe")
        opt.link = cand if os.path.exists(cand) else ""
    out = sys.stderr if opt.json == "-" else sys.stdout
    h = Harness(opt)
    cases = read_corpus(opt.corpus, opt.mirrors, h)
    if opt.only:
        cases = [c for c in cases if any(o in c.name for o in opt.only)]
    if opt.list:
        for c in cases:
            out.write("%s\t%s\t%s\t%s\n" % (c.name, c.repo, c.path, c.kind))
        return 0
    if opt.seeds:
        n = write_seeds(h, cases, opt.seeds)
        out.write("%d seeds in %s\n" % (n, opt.seeds))
        return 0
    results = [None] * len(cases)
    printed = [0]
    plock = threading.Lock()

    def one(i):
        c = cases[i]
        t0 = time.time()
        try:
            status, detail, more = h.check(c)
        except StepError as e:
            status, detail, more = "FAIL", str(e), []
        dt = time.time() - t0
        results[i] = dict(case=c.name, repo=c.repo, path=c.path, kind=c.kind.partition(":")[0],
                          status=status, detail=detail, seconds=round(dt, 2), notes=c.notes)
        with plock:             # print in manifest order
            while printed[0] < len(cases) and results[printed[0]] is not None:
                r = results[printed[0]]
                line = "%s: %s" % (r["case"], r["status"] + (":" + r["detail"]
                                                            if r["status"] != "PASS" else ""))
                out.write(line + "\n")
                if opt.verbose and i == printed[0]:
                    for m in more:
                        out.write("    " + m.replace("\n", "\n    ") + "\n")
                out.flush()
                printed[0] += 1

    t0 = time.time()
    with ThreadPoolExecutor(max_workers=max(1, opt.jobs)) as ex:
        list(ex.map(one, range(len(cases))))
    elapsed = time.time() - t0
    npass = sum(1 for r in results if r["status"] == "PASS")
    nfail = len(results) - npass

    def table(key, title):
        groups = {}
        for r in results:
            g = groups.setdefault(r[key], [0, 0])
            g[0] += 1
            g[1] += r["status"] == "PASS"
        out.write("\n%-40s %6s %6s\n" % (title, "cases", "pass"))
        for k in sorted(groups):
            out.write("%-40s %6d %6d\n" % (k, groups[k][0], groups[k][1]))

    table("kind", "kind")
    table("repo", "repository")
    out.write("\ntime %.0f s\n%d passed, %d failed\n" % (elapsed, npass, nfail))
    if opt.markdown:
        groups = {}
        for r in results:
            g = groups.setdefault(r["repo"], [set(), 0, 0])
            g[0].add(r["path"])
            g[1] += 1
            g[2] += r["status"] == "PASS"
        with open(opt.markdown, "w") as f:
            f.write("| repository | files | cases | pass |\n|---|---:|---:|---:|\n")
            for k in sorted(groups):
                f.write("| %s | %d | %d | %d |\n" % (k, len(groups[k][0]), groups[k][1],
                                                   groups[k][2]))
            f.write("| **total** | %d | %d | %d |\n" % (
                sum(len(g[0]) for g in groups.values()), len(results), npass))
            f.write("\n%s, %.0f s: `make realworld MIRRORS=... ML64=... JWASM=...` "
                    "(`%d passed, %d failed`)\n" % (time.strftime("%Y-%m-%d %H:%M UTC",
                                                                   time.gmtime()),
                                                     elapsed, npass, nfail))
    if opt.json:
        doc = dict(passed=npass, failed=nfail, seconds=round(elapsed, 1), results=results)
        if opt.json == "-":
            json.dump(doc, sys.stdout, indent=1)
            sys.stdout.write("\n")
        else:
            with open(opt.json, "w") as f:
                json.dump(doc, f, indent=1)
    return 0 if nfail == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
