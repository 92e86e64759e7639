#!/bin/sh
# docker-compose profile "cluster", the standby: on an empty volume, clones the primary (pg_basebackup -R: streaming
# from it, with the replication slot standby1 so the primary keeps what it has not received), then runs the image's
# own entrypoint, which finds the data folder initialised. cluster_name is the name the primary waits for; once
# promoted it waits for no standby of its own.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h db-primary -U "$POSTGRES_USER" -d postgres; do sleep 1; done
  mkdir -p "$PGDATA" && chown postgres "$PGDATA" && chmod 700 "$PGDATA"
  slot="--create-slot"
  if [ "$(PGPASSWORD=$POSTGRES_PASSWORD psql -h db-primary -U "$POSTGRES_USER" -d postgres -Atc \
      "SELECT 1 FROM pg_replication_slots WHERE slot_name = 'standby1'")" = 1 ]; then
    slot="" # a slot left by an earlier standby: reuse it
  fi
  PGPASSWORD=$POSTGRES_PASSWORD gosu postgres pg_basebackup -h db-primary -U "$POSTGRES_USER" -D "$PGDATA" \
    -R -X stream -c fast $slot -S standby1
fi
exec docker-entrypoint.sh postgres -c cluster_name=standby1 -c synchronous_standby_names= -c hot_standby=on
