"""Evolution Fine-Tuning (EFT) reproduction package: one subpackage per pipeline stage."""
