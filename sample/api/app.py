"""HTTP routes of the inventory API."""

from datetime import date

from flask import Flask, jsonify, request  # type: ignore  # pylint: disable=import-error

from . import storage
from .inventory import classify
from .settings import load_settings

SETTINGS = load_settings("inventory.yml")
app = Flask(__name__)


@app.get("/items/<sku>")
def get_item(sku):
    """One item with its dashboard status."""
    conn = storage.connect(SETTINGS["database"])
    item = storage.find_item(conn, sku)
    if item is None:
        return jsonify(error=f"unknown SKU {sku}"), 404
    pending = int(request.args.get("pending", "0"))
    body = {
        "sku": item.sku,
        "name": item.name,
        "quantity": item.quantity,
        "status": classify(item, pending, date.today()),
    }
    return jsonify(body), 200, {"ETag": storage.etag(repr(body).encode())}


@app.post("/admin/backup")
def run_backup():
    """Trigger the nightly backup by hand."""
    code = storage.backup(SETTINGS["database"], SETTINGS["backup_host"])
    return jsonify(ok=code == 0), 200 if code == 0 else 500
