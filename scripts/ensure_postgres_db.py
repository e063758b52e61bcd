"""Create the PostgreSQL database named by a URL when it does not exist yet (for make test-postgres).

python scripts/ensure_postgres_db.py postgres://postgres@127.0.0.1:5432/portal_test
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def main(url: str) -> int:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name:
        print("the URL names no database", file=sys.stderr)
        return 2
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    try:
        with psycopg.connect(maintenance, autocommit=True, connect_timeout=10) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                print(f"created database {name}")
    except psycopg.OperationalError as exc:
        print(f"PostgreSQL is not reachable at {parts.hostname}:{parts.port or 5432}: {exc}",
              file=sys.stderr)  # fmt: skip
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
