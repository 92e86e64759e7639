#!/usr/bin/env bash
# Installs what bench/run.sh uses (Debian 12, as root). run.sh itself installs nothing.
set -euo pipefail
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  hyperfine wrk mapserver-bin cgi-mapserver lighttpd postgresql-15-postgis-3 gdal-bin
