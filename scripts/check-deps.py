#!/usr/bin/python3
"""Checks that scripts/install-deps.sh installs every Debian package the build and the tests use.

After a build, collects every file the build used from outside the tree: the headers compiled
(`ninja -t deps`); the CMake files the last configure read (build.ninja's regeneration inputs:
CMakeCache.txt's *_DIR entries may be left from an earlier configure); the pkg-config .pc files
of the modules of the pkg_check_modules calls configure ran (names from CMakeCache.txt, files
from `pkg-config --path`) and of the modules they require; the libraries and objects linked
(each link line as the compiler driver expands it with -###, -l resolved on its search path,
GNU ld scripts followed) and those the built programs load (ldd); CMake, the compiler's
programs and the tools in CMakeCache.txt. Then what the tests, scripts and generators use: the
programs of PROGRAMS below, the Python modules the tree's Python files import (as
/usr/bin/python3 finds them, with what they import in turn) and the fonts of FONTS. Each file
goes to its Debian package with dpkg-query -S, every link of a symlink chain too (/lib and
/usr/lib are one folder on a merged /usr; a diverted file belongs to its diverter).

The packages covered are the closure, over Depends and Pre-Depends, of the list in
install-deps.sh (its `packages=( ... )` block) and of what every Debian system has (Essential or
Priority required): what `apt-get install --no-install-recommends` brings. Alternatives and
virtual packages resolve as on this machine: the first alternative installed here, every
installed provider of a virtual package. Recommends and Suggests never count.

Usage: scripts/check-deps.py [--packages-file FILE] [--verbose] [BUILD_DIR]
BUILD_DIR defaults to build/release. Exit 0 when every package is covered; 1 naming each file
that is not, its package and why the list does not bring it; 2 when the check cannot run.
Standard library only; run with /usr/bin/python3.
"""
import argparse
import ast
import glob
import os
import re
import shlex
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3"  # what tests/CMakeLists.txt runs the Python tests with

# Programs (or files of a program) the tests, scripts and generators run; what the build itself
# runs is found in the build folder. Absolute where the caller names the path, else by PATH.
PROGRAMS = [
    (PYTHON, "i test in Python (tests/CMakeLists.txt)"),
    ("soffice", "tests/workbook/check_libreoffice.sh, samples/html_to_pdf.py"),
    ("/usr/lib/libreoffice/program/libsclo.so",
     "LibreOffice Calc, che apre la cartella di lavoro in tests/workbook/check_libreoffice.sh"),
    ("/usr/lib/libreoffice/program/libswlo.so",
     "LibreOffice Writer, che converte HTML in PDF in samples/html_to_pdf.py"),
    ("pdftotext", "il riferimento di bench/extract_bench.sh"),
    ("/usr/bin/time", "tests/workbook/hostile/check_hostile.py, bench/workbook_bench.sh"),
    ("clang-format", "scripts/check-format.sh"),
    ("sqlite3", "tests/dataset/check_views.py (the views queried as an office would)"),
    ("git", "scripts/check-format.sh (git ls-files)"),
    ("weasyprint", "tests/renderings/*/generate.py (HTML and CSS to PDF)"),
    ("groff", "tests/renderings/relazione2025/generate.py (-ms -t -Tpdf)"),
    ("gropdf", "groff's PDF output, for tests/renderings/relazione2025/generate.py"),
    ("pdfinfo", "tests/user_profile/check_flat.py (the page count of the rendering)"),
]
# Fonts the sample generators' PDFs are set in (samples/*/make_pdf.py; the PDFs in samples/ embed
# DejaVu Sans and DejaVu Serif: Liberation, also named there, is not installed and falls back).
# The renderings from other hands (tests/renderings/) use more families: Liberation (Sans, Serif,
# Sans Narrow) and DejaVu Sans Condensed.
FONTS = ["DejaVu Sans", "DejaVu Serif", "DejaVu Sans Condensed", "Liberation Sans",
         "Liberation Serif", "Liberation Sans Narrow"]
# Folders whose Python files are scanned for imports.
PYTHON_DIRS = ["tests", "scripts", "samples", "bench"]
# Debian's PATH for root: not the caller's, whose shims (pyenv...) the tests do not use.
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
MERGED = ("bin", "sbin", "lib", "lib32", "lib64", "libx32")  # /X is /usr/X on a merged /usr

SHOWN = 12  # files named per missing package, unless --verbose
# How each kind of file is named in the messages.
KINDS = {"header": "intestazione", "cmake": "file CMake", "pkg-config": "pkg-config",
         "library": "libreria collegata", "runtime library": "libreria caricata",
         "tool": "strumento della build", "program": "programma", "python": "modulo Python",
         "font": "font"}
PKG_NAME = re.compile(r"^[a-z0-9][a-z0-9+.-]+$")


class Fail(Exception):
    """The check cannot run (exit 2)."""


def run(cmd, cwd=None, check=True):
    try:
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError as e:
        raise Fail("%s: %s" % (cmd[0], e.strerror)) from e
    if check and done.returncode != 0:
        raise Fail("%s è uscito con %d: %s" % (" ".join(cmd[:3]), done.returncode,
                                         done.stderr.strip()[:500]))
    return done


# --- the package list -----------------------------------------------------------------------

def read_package_list(path):
    """The packages of the `packages=( ... )` block of install-deps.sh (comments allowed)."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError as e:
        raise Fail("%s: %s" % (path, e.strerror)) from e
    names, inside, seen = [], False, False
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if not inside:
            if re.match(r"^packages=\($", text):
                inside = seen = True
            continue
        if text == ")":
            inside = False
            continue
        for word in text.split():
            if not PKG_NAME.match(word):
                raise Fail("%s: %r non è un nome di pacchetto (il blocco packages=( ... ) "
                           "contiene solo nomi)" % (path, word))
            names.append(word)
    if not seen or inside or not names:
        raise Fail("%s: manca il blocco packages=( ... ), chiuso da una ')' sola sulla sua riga"
                   % path)
    return names


# --- dpkg's view ----------------------------------------------------------------------------

def parse_relations(text):
    """'a (>= 1) | b:any, c' -> [['a', 'b'], ['c']]."""
    clauses = []
    for clause in text.split(","):
        alts = []
        for alt in clause.split("|"):
            alt = re.sub(r"\(.*?\)|\[.*?\]|<.*?>", "", alt).strip()
            if alt:
                alts.append(alt.split(":", 1)[0])
        if alts:
            clauses.append(alts)
    return clauses


class Dpkg:
    def __init__(self):
        fields = ["${Package}", "${db:Status-Status}", "${Essential}", "${Priority}",
                  "${Depends}", "${Pre-Depends}", "${Provides}", "${Recommends}", "${Suggests}"]
        out = run(["dpkg-query", "-W", "-f", "\t".join(fields) + "\n"]).stdout
        self.pkgs = {}  # installed name -> {depends, recommends, suggests, base}
        self.providers = {}  # virtual name -> installed packages providing it
        for line in out.splitlines():
            parts = line.split("\t")
            if len(parts) != len(fields) or parts[1] != "installed":
                continue
            name, _, essential, priority, dep, pre, prov, rec, sug = parts
            p = self.pkgs.setdefault(name, {"depends": [], "recommends": [], "suggests": [],
                                            "base": False})
            p["depends"] += parse_relations(pre) + parse_relations(dep)
            p["recommends"] += parse_relations(rec)
            p["suggests"] += parse_relations(sug)
            p["base"] = p["base"] or essential == "yes" or priority == "required"
            for alts in parse_relations(prov):
                self.providers.setdefault(alts[0], set()).add(name)
        self.diverted_from, self.diverted_to = {}, {}
        for line in run(["dpkg-divert", "--list"]).stdout.splitlines():
            m = re.match(r"^(local )?diversion of (\S+) to (\S+)(?: by (\S+))?$", line)
            if m:
                by = None if m.group(1) else m.group(4)
                self.diverted_from[m.group(2)] = by
                self.diverted_to[m.group(3)] = (m.group(2), by)

    def satisfiers(self, name):
        """Installed packages that satisfy a relation on name (real, else its providers)."""
        if name in self.pkgs:
            return {name}
        return set(self.providers.get(name, ()))

    def closure(self, roots):
        """roots and everything they bring over Depends and Pre-Depends; for each package, the
        package that brought it first (None for roots)."""
        via = {r: None for r in roots if r in self.pkgs}
        todo = list(via)
        while todo:
            p = todo.pop()
            for alts in self.pkgs[p]["depends"]:
                for alt in alts:  # the first alternative satisfied here is the one taken
                    chosen = self.satisfiers(alt)
                    if chosen:
                        for c in sorted(chosen):
                            if c not in via:
                                via[c] = p
                                todo.append(c)
                        break
        return via

    def why_not(self, pkg, covered):
        """Why pkg is not in covered, in a few words."""
        for field, word in (("recommends", "Recommends"), ("suggests", "Suggests")):
            who = sorted(q for q in covered
                         if any(pkg in self.satisfiers(a) or a == pkg
                                for alts in self.pkgs[q][field] for a in alts))
            if who:
                return "solo un %s di %s" % (word, ", ".join(who[:3]) +
                                            (" e altri %d" % (len(who) - 3) if len(who) > 3
                                             else ""))
        alt_of = sorted(q for q in covered
                        if any(pkg in self.satisfiers(a) for alts in self.pkgs[q]["depends"]
                               for a in alts[1:]))
        if alt_of:
            return "un'alternativa non scelta nei Depends di %s" % ", ".join(alt_of[:3])
        needers = sorted(q for q in self.pkgs
                         if any(pkg in self.satisfiers(a) for alts in self.pkgs[q]["depends"]
                                for a in alts))
        if needers:
            return ("nessun pacchetto dell'elenco lo richiede (qui %s %s, fuori dall'elenco)"
                    % ("lo porta" if len(needers) == 1 else "lo portano",
                       ", ".join(needers[:3]) + (" e altri" if len(needers) > 3 else "")))
        return "nessun pacchetto dell'elenco lo richiede (installato a mano)"


def merged_aliases(path):
    parts = path.split("/")
    if len(parts) > 2 and parts[1] == "usr" and parts[2] in MERGED:
        return ["/" + "/".join(parts[2:])]
    if len(parts) > 1 and parts[1] in MERGED:
        return ["/usr" + path]
    return []


def owners_of(paths):
    """path -> set of packages whose file list names it (dpkg-query -S, exact paths)."""
    found = {}
    paths = sorted(set(paths))
    for i in range(0, len(paths), 400):
        batch = [re.sub(r"([*?\[\]\\])", r"\\\1", p) for p in paths[i:i + 400]]
        out = run(["dpkg-query", "-S", *batch], check=False).stdout
        for line in out.splitlines():
            if line.startswith("diversion by "):
                continue
            pkgs, sep, path = line.partition(": ")
            if sep:
                found.setdefault(path, set()).update(
                    p.strip().split(":", 1)[0] for p in pkgs.split(","))
    return found


def symlink_chain(path):
    """path, each link it goes through, and the file it ends at."""
    chain, cur = [path], path
    for _ in range(40):
        if not os.path.islink(cur):
            break
        cur = os.path.normpath(os.path.join(os.path.dirname(cur), os.readlink(cur)))
        if cur in chain:
            break
        chain.append(cur)
    real = os.path.realpath(path)
    if real not in chain:
        chain.append(real)
    return chain


def map_files(used, dpkg):
    """used: {path: kind}. Returns ({path: [set of packages naming each link of its symlink
    chain]}, [paths whose content comes from no package])."""
    chains = {p: symlink_chain(p) for p in used}
    candidates = set()
    for chain in chains.values():
        for p in chain:
            candidates.add(p)
            candidates.update(merged_aliases(p))
            for q in [p, *merged_aliases(p)]:
                if q in dpkg.diverted_to:
                    candidates.add(dpkg.diverted_to[q][0])
    owned = owners_of(candidates)

    def owner(p):
        for q in [p, *merged_aliases(p)]:
            if q in dpkg.diverted_from:  # the file there is the diverter's
                by = dpkg.diverted_from[q]
                return {by} if by else set()
            if q in dpkg.diverted_to:  # the diverted package's file, moved here
                orig, by = dpkg.diverted_to[q]
                rest = owned.get(orig, set()) - {by}
                if rest:
                    return rest
            if q in owned:
                return owned[q]
        return set()

    result, orphans = {}, []
    for path, chain in chains.items():
        # Each link of the chain is needed; a link that several packages name needs one of them.
        result[path] = [o for o in map(owner, chain) if o]
        if not owner(chain[-1]):  # the content itself comes from no package
            orphans.append(path)
    return result, orphans


# --- what the build used --------------------------------------------------------------------

def read_cache(build):
    entries = {}
    with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([^#/][^:=]*):([A-Z]+)=(.*)$", line.rstrip("\n"))
            if m:
                entries[m.group(1)] = (m.group(2), m.group(3))
    return entries


def inside(path, build):
    path = os.path.realpath(path)
    return any(path == d or path.startswith(d + os.sep)
               for d in (os.path.realpath(ROOT), os.path.realpath(build)))


def add(used, path, kind, build):
    path = os.path.normpath(path)
    if os.path.isabs(path) and os.path.isfile(path) and not inside(path, build):
        used.setdefault(path, kind)


def ninja(build, *args):
    return run(["ninja", "-C", build, *args]).stdout


def headers(build, used):
    for line in ninja(build, "-t", "deps").splitlines():
        if line.startswith("    "):
            p = line.strip()
            add(used, p if os.path.isabs(p) else os.path.join(build, p), "header", build)


def configure_inputs(build):
    """The files the last configure read (build.ninja's regeneration inputs). CMakeCache.txt
    also keeps what an earlier configure found (a removed find_package or pkg_check_modules
    leaves its entries), so these, not the cache's *_DIR entries, say what configure used."""
    files = []
    for line in ninja(build, "-t", "query", "build.ninja").splitlines():
        m = re.match(r"^\s+\|\s+(\S.*)$", line)
        if m:
            files.append(os.path.normpath(os.path.join(build, m.group(1))))
    return files


def cmake_files(build, inputs, used):
    for f in inputs:
        add(used, f, "cmake", build)


def pkg_config_modules(cache, inputs):
    """The modules of the pkg_check_modules and pkg_search_module calls that the last configure
    read, with their names from the cache (PREFIX_MODULE_NAME, PREFIX_<module>_MODULE_NAME)."""
    prefixes = set()
    for f in inputs:
        if f.endswith((".cmake", "CMakeLists.txt")) and os.path.isfile(f):
            with open(f, encoding="utf-8", errors="replace") as src:
                prefixes.update(re.findall(
                    r"(?<!\w)pkg_(?:check_modules|search_module)\s*\(\s*([A-Za-z0-9_]+)",
                    src.read()))
    mods = []
    for key, (_, value) in cache.items():
        if value and key.endswith("_MODULE_NAME") and any(
                key in (p + "_MODULE_NAME", "%s_%s_MODULE_NAME" % (p, value)) for p in prefixes):
            mods.append(value)
    return mods


def pc_files(cache, inputs, used, build):
    pkg_config = cache.get("PKG_CONFIG_EXECUTABLE", ("", "pkg-config"))[1] or "pkg-config"
    todo = pkg_config_modules(cache, inputs)
    seen = set()
    while todo:
        mod = todo.pop()
        if mod in seen:
            continue
        seen.add(mod)
        done = run([pkg_config, "--path", mod], check=False)
        if done.returncode != 0 or not done.stdout.strip():
            raise Fail("pkg-config non trova il modulo %s, usato dalla configurazione" % mod)
        add(used, done.stdout.strip(), "pkg-config", build)
        for flag in ("--print-requires", "--print-requires-private"):
            out = run([pkg_config, flag, mod], check=False).stdout
            todo += [line.split()[0] for line in out.splitlines() if line.strip()]


def linker_script_inputs(path):
    """Files named by a GNU ld script (libc.so, libgcc_s.so...); [] for a real library."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return []
    if head.startswith(b"\x7fELF") or head.startswith(b"!<arch>") or b"\0" in head:
        return []
    text = re.sub(r"/\*.*?\*/", " ", head.decode("utf-8", "replace"), flags=re.S)
    if not re.search(r"\b(GROUP|INPUT)\s*\(", text):
        return []
    return re.findall(r"[\s(](-l[\w.+-]+|[\w./+-]+\.(?:so[\w.]*|a|o))(?=[\s)])", text)


def find_lib(name, dirs, static=False):
    files = [name[1:]] if name.startswith(":") else (
        ["lib%s.a" % name] if static else ["lib%s.so" % name, "lib%s.a" % name])
    for d in dirs:
        for f in files:
            if os.path.exists(os.path.join(d, f)):
                return os.path.join(d, f)
    return None


def link_inputs(tokens, cwd, dirs, used, build, kind):
    """Adds the libraries and objects of a linker command line."""
    static = False
    pending = []
    it = iter(tokens)
    for t in it:
        if t in ("-o", "-plugin", "-dynamic-linker", "-z", "-m", "-soname", "-rpath"):
            v = next(it, "")
            if t != "-o" and os.path.isabs(v):
                pending.append(v)
            continue
        if t.startswith("-L"):
            dirs.append(os.path.normpath(os.path.join(cwd, t[2:])))
        elif t in ("-Bstatic", "-static", "-dn", "-non_shared"):
            static = True
        elif t in ("-Bdynamic", "-dy", "-call_shared"):
            static = False
        elif t.startswith("-l"):
            pending.append(("-l", t[2:], static))
        elif not t.startswith("-"):
            pending.append(t)
    for item in pending:
        if isinstance(item, tuple):
            path = find_lib(item[1], dirs, item[2])
            if path is None:
                continue
        else:
            path = os.path.join(cwd, item)
        if not os.path.isfile(path) or inside(path, build):
            continue
        add(used, path, kind, build)
        script_dir = os.path.dirname(path)
        for ref in linker_script_inputs(path):
            if ref.startswith("-l"):
                lib = find_lib(ref[2:], dirs)
            elif os.path.isabs(ref):
                lib = ref
            else:
                lib = next((os.path.join(d, ref) for d in [script_dir, *dirs]
                            if os.path.exists(os.path.join(d, ref))), None)
            if lib:
                add(used, lib, kind, build)


def driver_commands(cmd, cwd):
    """The commands gcc would run for cmd (-###), each as a token list."""
    done = run([*cmd, "-###"], cwd=cwd, check=False)
    out = []
    for line in done.stderr.splitlines():
        if line.startswith(" ") and line.strip():
            try:
                out.append(shlex.split(line))
            except ValueError:
                pass
    return out


def libraries_and_tools(build, cache, used):
    compiler = cache.get("CMAKE_CXX_COMPILER", ("", ""))[1]
    links, compiles, outputs = [], [], []
    for line in ninja(build, "-t", "commands").splitlines():
        for part in line.split(" && "):
            try:
                tokens = shlex.split(part)
            except ValueError:
                continue
            # A compiler launcher (CMAKE_CXX_COMPILER_LAUNCHER, e.g. ccache) runs the compiler:
            # the command is the compiler's from there on.
            if len(tokens) > 1 and tokens[0] != compiler and tokens[1] == compiler:
                tokens = tokens[1:]
            if not tokens or tokens[0] != compiler:
                continue
            if "-c" in tokens:
                compiles.append(tokens)
            elif "-o" in tokens:
                links.append(tokens)
                outputs.append(os.path.join(build, tokens[tokens.index("-o") + 1]))
    if not links or not compiles:
        raise Fail("%s: build.ninja non ha comandi di compilazione o di link di %s"
                   % (build, compiler))
    for tokens in links:
        dirs = []
        for sub in driver_commands(tokens, build):  # collect2 with the compiler's own inputs
            add(used, shutil.which(sub[0], path=SYSTEM_PATH) or sub[0], "tool", build)
            if "collect2" in sub[0] or sub[0].endswith("ld"):
                link_inputs(sub[1:], build, dirs, used, build, "library")
    for sub in driver_commands(compiles[0], build):  # cc1plus, as
        add(used, shutil.which(sub[0], path=SYSTEM_PATH) or sub[0], "tool", build)
    # CMake's own tools and the programs it found for the build (libraries come from the link
    # lines: the cache keeps those of earlier configures too).
    for key, (kind, value) in cache.items():
        if (kind == "FILEPATH" and (key.startswith("CMAKE_") or key == "PKG_CONFIG_EXECUTABLE")
                or key in ("CMAKE_COMMAND", "CMAKE_CTEST_COMMAND")) and os.access(value, os.X_OK):
            add(used, value, "tool", build)
    add(used, shutil.which("ninja", path=SYSTEM_PATH) or "", "tool", build)
    for exe in outputs:  # what the built programs load when the tests run them
        if os.path.isfile(exe):
            for line in run(["ldd", exe], check=False).stdout.splitlines():
                m = re.search(r"(?:=>\s*)?(/\S+)\s+\(0x", line)
                if m:
                    add(used, m.group(1), "runtime library", build)


# --- what the tests and generators use ------------------------------------------------------

def programs(used, build, problems):
    for name, who in PROGRAMS:
        path = name if os.path.isabs(name) else shutil.which(name, path=SYSTEM_PATH)
        if path and os.path.exists(path):
            add(used, path, "program", build)
        else:
            problems.append("%s, usato da %s: non trovato" % (name, who))


def python_modules(used, build, problems):
    files = []
    for d in PYTHON_DIRS:
        files += glob.glob(os.path.join(ROOT, d, "**", "*.py"), recursive=True)
    local = {os.path.splitext(os.path.basename(f))[0] for f in files}
    for f in files:
        local.update(n for n in os.listdir(os.path.dirname(f))
                     if os.path.isdir(os.path.join(os.path.dirname(f), n)))
    modules = {}
    for f in files:
        with open(f, encoding="utf-8") as src:
            try:
                tree = ast.parse(src.read(), f)
            except SyntaxError as e:
                raise Fail("%s: %s" % (f, e)) from e
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for n in names:
                if n.split(".")[0] not in local:
                    modules.setdefault(n, os.path.relpath(f, ROOT))
    # -S: no .pth files, whose modules (setuptools' _distutils_hack) load only where installed.
    probe = ("import importlib, site, sys\n"
             "sys.path += site.getsitepackages() + [site.getusersitepackages()]\n"
             "for m in sys.argv[1:]:\n"
             "    try:\n"
             "        importlib.import_module(m)\n"
             "    except Exception as e:\n"
             "        print('MISSING', m, type(e).__name__)\n"
             "for m in list(sys.modules.values()):\n"
             "    f = getattr(m, '__file__', None)\n"
             "    if f: print('FILE', f)\n"
             "print('FILE', sys.executable)\n")
    out = run([PYTHON, "-S", "-c", probe, *sorted(modules)], cwd="/").stdout
    for line in out.splitlines():
        word, _, rest = line.partition(" ")
        if word == "MISSING":
            m = rest.split()[0]
            problems.append("modulo Python %s, importato da %s: %s non lo trova"
                            % (m, modules[m], PYTHON))
        elif word == "FILE":
            add(used, rest, "python", build)


def fonts(used, build, problems):
    if not shutil.which("fc-match", path=SYSTEM_PATH):
        problems.append("fc-match (fontconfig) non trovato: i font %s non si possono controllare"
                        % ", ".join(FONTS))
        return
    for family in FONTS:
        out = run(["fc-match", "-f", "%{family}\t%{file}", family]).stdout
        got, _, path = out.partition("\t")
        if family not in got.split(","):
            problems.append("font %s, usato dai generatori dei campioni: non installato "
                            "(fontconfig dà %s)" % (family, got or "nulla"))
        else:
            add(used, path, "font", build)


# --- main -----------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build_dir", nargs="?", default=os.path.join(ROOT, "build", "release"))
    ap.add_argument("--packages-file", default=os.path.join(ROOT, "scripts", "install-deps.sh"),
                    help="the file with the packages=( ... ) block (default: "
                         "scripts/install-deps.sh)")
    ap.add_argument("--verbose", action="store_true",
                    help="list every file and its package, and every file of a missing package")
    args = ap.parse_args()
    build = os.path.abspath(args.build_dir)
    list_name = os.path.relpath(os.path.abspath(args.packages_file), ROOT)
    if list_name.startswith(".."):
        list_name = args.packages_file
    try:
        if not os.path.isfile(os.path.join(build, "build.ninja")) or \
                not os.path.isfile(os.path.join(build, "CMakeCache.txt")):
            raise Fail("%s: non è una cartella di build Ninja configurata (fai prima la build)"
                       % build)
        listed = read_package_list(args.packages_file)
        dpkg = Dpkg()
        cache = read_cache(build)
        used, problems = {}, []
        inputs = configure_inputs(build)
        headers(build, used)
        cmake_files(build, inputs, used)
        pc_files(cache, inputs, used, build)
        libraries_and_tools(build, cache, used)
        programs(used, build, problems)
        python_modules(used, build, problems)
        fonts(used, build, problems)
    except Fail as e:
        print("check-deps: %s" % e, file=sys.stderr)
        return 2

    for p in listed:
        if p not in dpkg.pkgs:
            problems.append("%s, in %s, non è installato (esegui scripts/install-deps.sh)"
                            % (p, list_name))
    base = sorted(p for p, info in dpkg.pkgs.items() if info["base"])
    covered = dpkg.closure(listed + base)
    owners, orphans = map_files(used, dpkg)
    for path in sorted(orphans):
        problems.append("%s (%s): non viene da alcun pacchetto Debian" % (path, KINDS[used[path]]))

    missing = {}  # package -> [paths]
    packages = set()
    for path, links in owners.items():
        for pkgs in links:
            packages |= pkgs
            needed = {p for p in pkgs if p in dpkg.pkgs}
            if needed and not needed & set(covered):
                for p in sorted(needed):
                    missing.setdefault(p, set()).add(path)
    if args.verbose:
        for path in sorted(used):
            print("%s (%s): %s" % (path, KINDS[used[path]],
                                   " -> ".join(", ".join(sorted(o)) for o in owners[path]) or "-"))
    # A missing package that another missing one brings (libzip4 with libzip-dev) is named as
    # such: adding the first is the fix.
    roots, primary = listed + base, []
    for p in sorted(missing, key=lambda q: (-len(dpkg.closure([q])), q)):
        if p not in dpkg.closure(roots + primary):
            primary.append(p)
    brought = {}
    for p in missing:
        by = [q for q in primary if q != p and p in dpkg.closure([q])]
        if p not in primary and by:
            brought[p] = by[0]
    for p in sorted(missing, key=lambda q: (q in brought, q)):  # the fixes first
        if p in brought:
            reason = "viene con %s, che manca anch'esso" % brought[p]
        else:
            reason = dpkg.why_not(p, covered)
        paths = sorted(missing[p], key=lambda x: (used[x], x))
        shown = paths if args.verbose else paths[:SHOWN]
        for path in shown:
            problems.append("%s da %s (%s): %s" % (path, p, KINDS[used[path]], reason))
        if len(paths) > len(shown):
            problems.append("... e altri %d file da %s (--verbose li elenca)"
                            % (len(paths) - len(shown), p))
    for line in problems:
        print("check-deps: " + line)
    n_files, n_pkgs = len(used), len(packages)
    if problems:
        print("check-deps: %d file, %d pacchetti controllati; non installati da %s: %s" % (
            n_files, n_pkgs, list_name, ", ".join(sorted(p for p in missing if p not in brought))
            + ("" if not brought else "; ne vengono anche %s" % ", ".join(sorted(brought)))
            if missing else "vedi sopra"))
        return 1
    print("check-deps: %d file, %d pacchetti: tutti installati da %s (%d elencati, %d con i "
          "loro Depends e il sistema di base)" % (n_files, n_pkgs, list_name, len(listed),
                                                  len(covered)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
