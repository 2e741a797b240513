#!/bin/sh
# Runs once, when the replica's data directory is created: follow the primary from its first
# transaction (GTID auto-positioning), so the database, the application's account and every table
# arrive by replication; then refuse every write but the replication's own.
set -eu
mysql --protocol=socket -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CHANGE REPLICATION SOURCE TO SOURCE_HOST='db', SOURCE_PORT=3306, SOURCE_USER='replicator',
    SOURCE_PASSWORD='${TINCAY_REPLICATION_PASSWORD}', SOURCE_AUTO_POSITION=1, GET_SOURCE_PUBLIC_KEY=1,
    SOURCE_CONNECT_RETRY=10;
START REPLICA;
SET PERSIST super_read_only = ON;
SQL
