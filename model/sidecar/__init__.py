"""model.sidecar.store."""
