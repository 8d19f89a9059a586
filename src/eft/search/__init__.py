"""One OpenEvolve search (task × strategy × seed × operator) with checkpoints, resume and a trace."""
