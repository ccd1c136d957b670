#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine: installs what the machine lacks (a virtual
# display and GTK for the workbench tests, a PostgreSQL server for the store's tests,
# LibreOffice Calc for the report tests), checks
# that the generated model code is current, then builds everything and runs every test.
# Extra arguments go to Maven (e.g. -o for offline).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"

missing=()
command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
# The report tests prove that a real spreadsheet program opens our workbooks.
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
# The print tests read and render our PDFs with poppler.
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "releng/test.sh: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cd "$root"
releng/postgres-for-tests.sh
# The committed model code must be what the .ecore/.genmodel files generate.
releng/generate-model.sh --check
exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify "$@"
