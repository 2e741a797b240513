#!/usr/bin/env bash
# Restore drill for Tin Cậy (docs/operations.md, "Restore drill"): proves that a backup can be restored and
# read, with the keys kept apart from it.
#   1. dumps the source database consistently (mysqldump --single-transaction),
#   2. restores the dump into a new database on the same server,
#   3. compares every table of the source and the restored copy (row count and CHECKSUM TABLE),
#   4. starts the application on the restored copy (Flyway must find the schema current, /health/ready UP,
#      the audit chain's end must verify with TINCAY_AUDIT_KEY),
#   5. decrypts the identity of a sample of cases with TINCAY_DATA_KEY and checks their name index
#      with TINCAY_INDEX_KEY (vn.tincay.platform.backup.RestoreCheck; counts only, never a name),
#   6. drops the restored copy (DRILL_KEEP=1 keeps it).
# Exit status 0 only when every step passed.
#
# Settings (environment):
#   DRILL_SOURCE_DB   database to back up (required)
#   DRILL_TARGET_DB   database to restore into (default <source>_drill_<time>); must not exist
#   MYSQL_HOST, MYSQL_PORT, MYSQL_USER, MYSQL_PASSWORD   an account that may dump, create databases and users
#                     (defaults 127.0.0.1, 3306, root, empty)
#   TINCAY_WAR, PAYARA_MICRO   the application and Payara Micro (defaults target/tincay.war, target/payara-micro.jar)
#   TINCAY_DATA_KEY, TINCAY_AUDIT_KEY, TINCAY_INDEX_KEY   the keys, from their own backup (required but the index key)
#   DRILL_SAMPLE      identities to decrypt (default 50)
#   DRILL_PORT        HTTP port of the drill's application (default 18080, on 127.0.0.1 only)
#   DRILL_PAUSE_REPLICA=1   the source is a replica: its SQL thread is stopped from the dump to the checksums,
#                     so the comparison is exact while the primary goes on writing
#   DRILL_WORK        working folder (default a new temporary one; the dump is left there)
#   DRILL_KEEP=1      keep the restored database (and its drill account) for inspection
set -euo pipefail

say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { say "FAILED: $*"; exit 1; }

: "${DRILL_SOURCE_DB:?set DRILL_SOURCE_DB}"
: "${TINCAY_DATA_KEY:?set TINCAY_DATA_KEY (from the key backup)}"
: "${TINCAY_AUDIT_KEY:?set TINCAY_AUDIT_KEY (from the key backup)}"
MYSQL_HOST=${MYSQL_HOST:-127.0.0.1}
MYSQL_PORT=${MYSQL_PORT:-3306}
MYSQL_USER=${MYSQL_USER:-root}
MYSQL_PASSWORD=${MYSQL_PASSWORD:-}
TARGET=${DRILL_TARGET_DB:-${DRILL_SOURCE_DB}_drill_$(date -u +%Y%m%d%H%M%S)}
TINCAY_WAR=${TINCAY_WAR:-target/tincay.war}
PAYARA_MICRO=${PAYARA_MICRO:-target/payara-micro.jar}
SAMPLE=${DRILL_SAMPLE:-50}
PORT=${DRILL_PORT:-18080}
WORK=${DRILL_WORK:-$(mktemp -d -t tincay-drill-XXXXXX)}
JAVA=${JAVA:-java}
mkdir -p "$WORK"
[ -f "$TINCAY_WAR" ] || fail "no application at $TINCAY_WAR"
[ -f "$PAYARA_MICRO" ] || fail "no Payara Micro at $PAYARA_MICRO"
[[ "$TARGET" =~ ^[A-Za-z0-9_]+$ ]] || fail "target database name must be letters, digits and _"

# The password goes through an option file, never on a command line.
CNF="$WORK/client.cnf"
umask 077
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\nprotocol=tcp\ndefault-character-set=utf8mb4\n' \
    "$MYSQL_HOST" "$MYSQL_PORT" "$MYSQL_USER" "$MYSQL_PASSWORD" > "$CNF"
MYSQL=(mysql --defaults-extra-file="$CNF")
DUMP=(mysqldump --defaults-extra-file="$CNF")
sql() { "${MYSQL[@]}" -N -B -e "$1"; }

APP_PID=""
DRILL_USER="drill_$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
DRILL_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    if [ "${DRILL_KEEP:-0}" != "1" ]; then
        sql "DROP DATABASE IF EXISTS \`$TARGET\`" >/dev/null 2>&1 || true
        sql "DROP USER IF EXISTS '$DRILL_USER'@'%'" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK/payara-root" "$WORK/war" "$CNF"
}
trap cleanup EXIT

# 1. A consistent dump: one snapshot of every InnoDB table, without locking the application out.
[ "$(sql "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '$TARGET'")" = "0" ] \
    || fail "database $TARGET exists already"
DUMP_OPTIONS=(--single-transaction --quick --routines --triggers --events --hex-blob --no-tablespaces
              --default-character-set=utf8mb4)
if "${DUMP[@]}" --help 2>/dev/null | grep -q -- '--set-gtid-purged'; then
    # MySQL with GTIDs: restore into another database of the same server without touching its GTID state.
    DUMP_OPTIONS+=(--set-gtid-purged=OFF)
fi
if [ "${DRILL_PAUSE_REPLICA:-0}" = "1" ]; then
    sql "STOP REPLICA SQL_THREAD" || sql "STOP SLAVE SQL_THREAD"
    say "replica's SQL thread stopped for the drill"
fi
say "dumping $DRILL_SOURCE_DB"
started=$(date +%s)
"${DUMP[@]}" "${DUMP_OPTIONS[@]}" "$DRILL_SOURCE_DB" | gzip > "$WORK/$DRILL_SOURCE_DB.sql.gz"
say "dump: $(du -h "$WORK/$DRILL_SOURCE_DB.sql.gz" | cut -f1) compressed in $(( $(date +%s) - started )) s"

# 2. Restore into a new database.
started=$(date +%s)
sql "CREATE DATABASE \`$TARGET\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$WORK/$DRILL_SOURCE_DB.sql.gz" | "${MYSQL[@]}" "$TARGET"
say "restored into $TARGET in $(( $(date +%s) - started )) s"

# 3. Every table, row count and checksum, source against copy.
mismatches=0
tables=$(sql "SELECT table_name FROM information_schema.tables WHERE table_schema = '$DRILL_SOURCE_DB'
              AND table_type = 'BASE TABLE' ORDER BY table_name")
[ -n "$tables" ] || fail "the source database has no tables"
printf '%-34s %10s  %s\n' "table" "rows" "checksum" > "$WORK/checksums.txt"
for table in $tables; do
    source_sum=$(sql "CHECKSUM TABLE \`$DRILL_SOURCE_DB\`.\`$table\`" | cut -f2)
    copy_sum=$(sql "CHECKSUM TABLE \`$TARGET\`.\`$table\`" | cut -f2)
    source_rows=$(sql "SELECT COUNT(*) FROM \`$DRILL_SOURCE_DB\`.\`$table\`")
    copy_rows=$(sql "SELECT COUNT(*) FROM \`$TARGET\`.\`$table\`")
    if [ "$source_sum" = "$copy_sum" ] && [ "$source_rows" = "$copy_rows" ]; then
        printf '%-34s %10s  %s\n' "$table" "$copy_rows" "$copy_sum" >> "$WORK/checksums.txt"
    else
        printf '%-34s %10s  %s  DIFFERS (source: %s rows, %s)\n' "$table" "$copy_rows" "$copy_sum" \
            "$source_rows" "$source_sum" >> "$WORK/checksums.txt"
        mismatches=$((mismatches + 1))
    fi
done
if [ "${DRILL_PAUSE_REPLICA:-0}" = "1" ]; then
    sql "START REPLICA SQL_THREAD" || sql "START SLAVE SQL_THREAD"
    say "replica's SQL thread started again"
fi
cat "$WORK/checksums.txt"
[ "$mismatches" = "0" ] || fail "$mismatches table(s) differ between $DRILL_SOURCE_DB and $TARGET (a source written to during the drill? see DRILL_PAUSE_REPLICA)"
say "all $(echo "$tables" | wc -w) tables match"

# 4. The application on the restored copy, with its own account and the keys from their backup.
sql "CREATE USER '$DRILL_USER'@'%' IDENTIFIED BY '$DRILL_PASSWORD'"
sql "GRANT ALL PRIVILEGES ON \`$TARGET\`.* TO '$DRILL_USER'@'%'"
APP_URL="jdbc:mysql://$MYSQL_HOST:$MYSQL_PORT/$TARGET"
started=$(date +%s)
env -u TINCAY_DB_READ_URL TINCAY_DB_URL="$APP_URL" TINCAY_DB_USER="$DRILL_USER" TINCAY_DB_PASSWORD="$DRILL_PASSWORD" \
    TINCAY_DEMO_DATA=false TINCAY_SMTP_HOST= TINCAY_DATA_DIR="$WORK/data" \
    "$JAVA" -XX:+UseSerialGC -Xmx768m -Dhazelcast.phone.home.enabled=false -jar "$PAYARA_MICRO" \
    --deploy "$TINCAY_WAR" --contextroot / --port "$PORT" --nocluster --disablephonehome \
    --rootDir "$WORK/payara-root" > "$WORK/app.log" 2>&1 &
APP_PID=$!
ready=""
for _ in $(seq 1 300); do
    kill -0 "$APP_PID" 2>/dev/null || break
    if curl -fsS "http://127.0.0.1:$PORT/health/ready" 2>/dev/null | grep -q '"UP"'; then ready=yes; break; fi
    sleep 1
done
[ -n "$ready" ] || { tail -40 "$WORK/app.log"; fail "the application did not become ready on the restored database"; }
say "application ready on $TARGET in $(( $(date +%s) - started )) s"
grep -q "0 migrations applied now" "$WORK/app.log" || fail "Flyway changed the restored schema (see $WORK/app.log)"
sleep 5   # the audit sealer checks the chain's end every 2 s
if grep -q "end of the audit chain was changed" "$WORK/app.log"; then
    fail "the audit chain's end does not verify with TINCAY_AUDIT_KEY"
fi
say "schema current, audit chain's end verified with the audit key"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

# 5. Identities open with the data key, and the name index fits the index key.
mkdir -p "$WORK/war"
(cd "$WORK/war" && "${JAR:-jar}" xf "$(cd "$(dirname "$TINCAY_WAR")" && pwd)/$(basename "$TINCAY_WAR")")
TINCAY_DB_PASSWORD="$DRILL_PASSWORD" "$JAVA" -cp "$WORK/war/WEB-INF/classes:$WORK/war/WEB-INF/lib/*" \
    vn.tincay.platform.backup.RestoreCheck "$APP_URL" "$DRILL_USER" "$SAMPLE" | tee "$WORK/identities.txt"
say "restore drill passed: dump, restore, checksums, application and keys (work folder $WORK)"
