"""The annotation file beside a report: store (atomic saves, damaged files moved aside),
JSON format and schema, re-anchoring after the report changed, merging another
reviewer's file."""
