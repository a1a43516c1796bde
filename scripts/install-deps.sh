#!/usr/bin/env bash
# Installs what pira needs to build and test, from Debian's packages only.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config clang-format
  libicu-dev libre2-dev libboost-program-options-dev libgtest-dev libgmock-dev
  libtomlplusplus-dev nlohmann-json3-dev liborcus-dev libsqlite3-dev libssl-dev
  libxlsxwriter-dev python3-openpyxl libreoffice-calc-nogui libfreexl-dev libpoppler-cpp-dev
  # sample and fixture generators (HTML to PDF) and the PDF benchmark's reference
  libreoffice-writer-nogui poppler-utils
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
