#!/usr/bin/env bash
# Installs the programs the tests use besides the .NET SDK, from Debian/Ubuntu packages:
#   gdal-bin                 GDAL's ogrinfo, gdalinfo and gdalsrsinfo: real GIS clients that read our API and exports
#   postgresql-15-postgis-3  PostgreSQL 15 + PostGIS 3 (brings postgresql-15): the PostGIS store's tests run
#                            on a throwaway cluster that scripts/start-postgis.sh starts (it starts no service)
#   chromium                 the browser the end-to-end tests drive (Playwright launches it; it downloads none)
#   fonts-noto-cjk           Noto Sans CJK, the font map exports draw Chinese with (without it they answer 503)
#   poppler-utils            pdftoppm and pdftotext, which open the exported PDFs in the tests
#   nginx                    the reverse proxy of the scaled-out cluster (scripts/cluster/up.sh starts its own, on
#                            loopback; the package's default site is not used)
#   curl, python3            the cluster's readiness probes (up.sh) and its checks and fault runs (faults.py)
#   nodejs, npm              only where npm is missing: the build installs Leaflet from package-lock.json
# Needs root (or sudo). Installs only what is missing, so a second run does nothing.
set -euo pipefail

packages=(gdal-bin postgresql-15-postgis-3 chromium fonts-noto-cjk poppler-utils nginx curl python3)
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "prerequisites: all installed (${packages[*]})"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "prerequisites: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
