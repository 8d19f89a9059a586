"""Search traces -> Finch-schema trajectory parquet: extraction, filters, labels, Finch Collection import."""
