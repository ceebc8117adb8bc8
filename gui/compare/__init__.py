"""The compare window (issue 16): an earlier report's commitments beside a later report's
evidence, with the reviewer's decisions stored in `B.compare.json` (model/compare)."""
