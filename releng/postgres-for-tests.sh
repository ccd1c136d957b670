#!/usr/bin/env bash
# Starts a PostgreSQL server on loopback for the store's tests (Debian's packages) and makes the
# test role and database: jdbc:postgresql://localhost:5432/madoguchi_test?user=madoguchi&password=madoguchi
# Idempotent: a running server and an existing role are left as they are.
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
as_postgres() { $sudo su postgres -s /bin/sh -c "$1"; }

if ! command -v pg_lsclusters >/dev/null; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql
fi
cluster=$(pg_lsclusters --no-header | head -n 1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  $sudo pg_createcluster "$version" main
  cluster=$(pg_lsclusters --no-header | head -n 1)
fi
read -r version name port status _ <<<"$cluster"
[ "$status" = online ] || $sudo pg_ctlcluster "$version" "$name" start
for _ in $(seq 1 30); do
  as_postgres "psql -p $port -tAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
if [ "$(as_postgres "psql -p $port -tAc \"select 1 from pg_roles where rolname = 'madoguchi'\"")" != 1 ]; then
  as_postgres "psql -p $port -c \"create role madoguchi login password 'madoguchi'\"" >/dev/null
fi
if [ "$(as_postgres "psql -p $port -tAc \"select 1 from pg_database where datname = 'madoguchi_test'\"")" != 1 ]; then
  as_postgres "createdb -p $port -O madoguchi madoguchi_test"
fi
echo "PostgreSQL $version on port $port: database madoguchi_test ready"
