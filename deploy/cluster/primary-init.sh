#!/bin/sh
# docker-compose profile "cluster", the primary: runs once, when the official image initialises an empty data folder.
# Lets the standby connect for replication (with the password), and from the next start on makes every commit wait
# until the standby has applied it. Not set on the command line: the image's initialisation runs its own server with
# the command's settings, and its commits would wait for a standby that cannot exist yet.
set -eu
echo "host replication all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<'SQL'
ALTER SYSTEM SET synchronous_standby_names = 'standby1';
ALTER SYSTEM SET synchronous_commit = 'remote_apply';
SQL
