"""Load-test tooling (bench/README.md); bench.benchdata is the `flask bench-data` generator of its datasets."""
