"""Two reports side by side (issue 16): the commitments of the earlier report (A) and, for
each, the passages of the later one (B) that report on it. Plain Python, no Qt."""
