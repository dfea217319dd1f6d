"""The performance harness: ``make bench`` (``python -m benchmarks.run``) writes benchmarks/RESULTS.md."""
