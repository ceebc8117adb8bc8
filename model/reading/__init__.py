"""model.reading."""
