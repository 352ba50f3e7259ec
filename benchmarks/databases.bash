# The generated database of the REST API benchmarks (1,000 leads x 3 contacts, 100,000
# interactions) on SQLite or on PostgreSQL, for api-benchmark and workers-benchmark, which source
# this file. PostgreSQL is a throwaway cluster of tests/support/postgres-cluster, never the
# machine's own; the caller's trap calls stop_postgres.
#
# The caller sets: here (the benchmarks folder), work (its temporary folder), touchpoint (the
# program). Functions that make a database set the global `database` (a file or a URI), as a
# function run in $(...) could not start the cluster for the rest of the script.
# shellcheck shell=bash disable=SC2154

postgres_cluster=$here/../tests/support/postgres-cluster
postgres_uri= # the cluster's own database, once started

check_backends() { # "sqlite postgres"
    [ -n "$1" ] || { echo "BACKENDS is empty: sqlite, postgres or both" >&2; exit 2; }
    local backend
    for backend in $1; do
        case $backend in
        sqlite) command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install -y sqlite3" >&2; exit 2; } ;;
        postgres) command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client-15" >&2; exit 2; } ;;
        *) echo "unknown backend \"$backend\" in BACKENDS: sqlite, postgres or both" >&2; exit 2 ;;
        esac
    done
}

backend_title() { # backend
    case $1 in
    sqlite) echo SQLite ;;
    postgres) echo PostgreSQL ;;
    esac
}

start_postgres() {
    if [ -n "$postgres_uri" ]; then return 0; fi
    "$postgres_cluster" start "$work/postgres.uri"
    postgres_uri=$(cat "$work/postgres.uri")
}

stop_postgres() {
    [ -f "$work/postgres.uri.dir" ] || return 0
    "$postgres_cluster" stop "$work/postgres.uri" || true
}

postgres_database_uri() { # name
    echo "${postgres_uri%/*}/$1"
}

postgres_sql() { # name sql: one statement on the cluster's database NAME, its rows unaligned
    psql -X -q -A -t -v ON_ERROR_STOP=1 "$(postgres_database_uri "$1")" -c "$2"
}

# The benchmark data in a new database named NAME: $work/NAME.sqlite, or database NAME of the
# cluster. PostgreSQL's is vacuumed and analyzed afterwards, as autovacuum would do a minute or so
# later, so that every run plans its queries on the same statistics, with the visibility map set.
generate_database() { # backend name
    local backend=$1 name=$2
    case $backend in
    sqlite) database=$work/$name.sqlite ;;
    postgres)
        start_postgres
        postgres_sql postgres "CREATE DATABASE $name"
        database=$(postgres_database_uri "$name")
        ;;
    esac
    echo "Generating 1,000 leads x 3 contacts and 100,000 interactions in $database ..."
    local started=$SECONDS
    "$touchpoint" generate --database "$database" --leads 1000 --contacts-per-lead 3 \
        --interactions 100000 --seed 1 >"$work/generate-$name.log" 2>&1 || {
        cat "$work/generate-$name.log" >&2
        exit 1
    }
    if [ "$backend" = postgres ]; then postgres_sql "$name" "VACUUM ANALYZE"; fi
    echo "  done in $((SECONDS - started)) s"
}

# A copy of a generated database, so that each run starts from the same rows: a copy of the file,
# or a database made with the generated one as its template (a copy of its files, statistics
# and all).
copy_database() { # backend from name
    local backend=$1 from=$2 name=$3
    case $backend in
    sqlite)
        database=$work/$name.sqlite
        cp "$from" "$database"
        if [ -f "$from-wal" ]; then cp "$from-wal" "$database-wal"; fi
        ;;
    postgres)
        postgres_sql postgres "CREATE DATABASE $name TEMPLATE ${from##*/}"
        database=$(postgres_database_uri "$name")
        ;;
    esac
}

count_interactions() { # backend database
    case $1 in
    sqlite) sqlite3 "$2" "SELECT count(*) FROM interactions" ;;
    postgres) psql -X -q -A -t -v ON_ERROR_STOP=1 "$2" -c "SELECT count(*) FROM interactions" ;;
    esac
}
