"""scripts/check-deps.py against the build it is given: the list of scripts/install-deps.sh
passes, and a copy of it without a package the build or the tests need fails, naming the package
and a file used from it (a header for libre2-dev, a module for python3-openpyxl).
Usage: check_deps_fails.py SOURCE_DIR BUILD_DIR SCRATCH_DIR"""
import os
import re
import shutil
import subprocess
import sys

source, build, scratch = sys.argv[1:4]
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
script = os.path.join(source, "scripts", "check-deps.py")
with open(os.path.join(source, "scripts", "install-deps.sh"), encoding="utf-8") as f:
    install_deps = f.read()
passed = failed = 0


def check(ok, what, output=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: %s\n%s" % (what, output))


def run_check(text, name):
    path = os.path.join(scratch, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    done = subprocess.run(["/usr/bin/python3", script, "--packages-file", path, build],
                          capture_output=True, text=True, check=False)
    return done.returncode, done.stdout + done.stderr


def without(package):
    text, n = re.subn(r"(?<=\s)%s(?=\s)" % re.escape(package), "", install_deps)
    check(n == 1, "%s is in the packages block of install-deps.sh" % package)
    return text


code, out = run_check(install_deps, "install-deps.sh")
check(code == 0 and "tutti installati da" in out, "the list as it is passes (exit %d)" % code, out)

for package, used in (("libre2-dev", "/usr/include/re2/re2.h da libre2-dev (intestazione)"),
                      ("python3-openpyxl", "/openpyxl/__init__.py da python3-openpyxl")):
    code, out = run_check(without(package), "without-%s.sh" % package)
    check(code == 1, "without %s: exit 1, not %d" % (package, code), out)
    check(used in out, "without %s: the output names %r" % (package, used), out)
    last = out.strip().splitlines()[-1] if out.strip() else ""
    check(re.search(r"non installati da .*: .*\b%s\b" % re.escape(package), last) is not None,
          "without %s: the summary names it" % package, out)

code, out = run_check(install_deps.replace("packages=(", "packages=(\n  $(echo cmake)"),
                      "unparsable.sh")
check(code == 2 and "non è un nome di pacchetto" in out, "a block with more than names: exit 2",
      out)

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
