"""Held-out evaluation: aggregate search runs into the main table, best-so-far curves, Δ and Avg Δ."""
