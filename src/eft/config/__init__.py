"""Compose, resolve and validate the experiment config (Hydra groups in conf/ + JSON schema)."""
from eft.config.compose import ConfigError, load_config, parse_overrides

__all__ = ["ConfigError", "load_config", "parse_overrides"]
