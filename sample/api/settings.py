"""Configuration of the inventory API."""

import os

import yaml  # type: ignore  # pylint: disable=import-error

DEFAULTS = {
    "database": "inventory.db",
    "backup_host": "backup.internal",
    "page_size": 50,
}


def load_settings(path: str) -> dict:
    """Read the YAML settings file and lay it over the defaults."""
    settings = dict(DEFAULTS)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            settings.update(yaml.load(handle, Loader=yaml.FullLoader) or {})
    return settings
