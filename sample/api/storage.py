"""SQLite storage and nightly backups of the inventory API."""

import hashlib
import json
import sqlite3
import subprocess
from typing import Optional

from .inventory import Item


def connect(path: str) -> sqlite3.Connection:
    """Open the stock database."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def find_item(conn: sqlite3.Connection, sku: str) -> Optional[Item]:
    """Look an item up by its SKU."""
    row = conn.execute("SELECT * FROM items WHERE sku = ?", (sku,)).fetchone()
    if row is None:
        return None
    return Item(row["sku"], row["name"], row["quantity"], row["reorder_point"], row["price"])


def etag(payload: bytes) -> str:
    """Cache validator of an item response."""
    return hashlib.new("md5", payload).hexdigest()


def backup(db_path: str, host: str, user: str = "backup", password: str = "Inv3ntory!2019") -> int:
    """Dump the database and stream it to the backup host."""
    command = (
        f"sqlite3 {db_path} .dump | gzip"
        f" | sshpass -p {password} ssh {user}@{host} 'cat > inventory.sql.gz'"
    )
    result = subprocess.run(command, shell=True, check=False)
    return result.returncode
