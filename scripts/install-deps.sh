#!/usr/bin/env bash
# Installs what pira needs to build and test, from Debian's packages only, without Recommends
# (what a package only recommends is not there on a clean machine). scripts/check-deps.py reads
# the list below and fails when a build or its tests use a file of a package it does not bring;
# keep the block as it is: names and comments only, ')' alone on its closing line.
set -euo pipefail
packages=(
  # toolchain and build tools; git lists the files scripts/check-format.sh checks
  build-essential cmake ninja-build pkg-config clang-format git
  # the fuzz preset (tests/fuzz, scripts/fuzz.sh): clang 14 with libFuzzer and its sanitizers
  clang libclang-rt-14-dev llvm
  # libraries of the build and of the unit tests
  libicu-dev libre2-dev libboost-program-options-dev libgtest-dev libgmock-dev
  libtomlplusplus-dev nlohmann-json3-dev libzip-dev libexpat1-dev libsqlite3-dev libssl-dev
  libxlsxwriter-dev libfreexl-dev libpoppler-cpp-dev
  libpoppler-private-dev  # Poppler's core headers: a page's words without the C++ wrapper's copies
  libmimalloc-dev  # the pira executable's malloc (CMakeLists.txt, PIRA_MIMALLOC)
  zlib1g-dev  # xlsxwriter.pc links -lz, yet libxlsxwriter-dev does not depend on it
  # the Python tests (/usr/bin/python3), the independent readers of our xlsx, and GNU time
  # (peak memory of pira in tests/workbook/hostile and bench/workbook_bench.sh)
  python3 python3-openpyxl libreoffice-calc-nogui time
  # the SQLite command line, with which tests/dataset/check_views.py queries the views as an
  # office would
  sqlite3
  # sample and fixture generators (HTML to PDF, set in DejaVu) and the PDF benchmark's reference
  libreoffice-writer-nogui fonts-dejavu-core poppler-utils
  # the renderings from other hands (tests/renderings/, tests/user_profile/): three more PDF
  # producers (reportlab, WeasyPrint, groff) beside LibreOffice from DOCX, and their fonts
  python3-reportlab weasyprint python3-docx groff fonts-liberation fonts-dejavu-extra
  # gropdf embeds ghostscript's Type 1 fonts from /usr/share/ghostscript/*/Resource/Font
  # (Helvetica Narrow is NimbusSansNarrow-*, required): links into fonts-urw-base35, which
  # alone installs them elsewhere
  libgs10-common
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
