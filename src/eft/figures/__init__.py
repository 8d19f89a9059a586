"""Figures of the paper (paper-facts §6): one module per figure with `main(argv)`, shared look in `style`."""
