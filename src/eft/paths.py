"""Where the repository's fixed folders are, so no module guesses relative paths."""
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
TASKS_DIR = REPO_ROOT / "tasks"
CONF_DIR = REPO_ROOT / "conf"
SCHEMA_PATH = REPO_ROOT / "workflow" / "schemas" / "config.schema.yaml"
