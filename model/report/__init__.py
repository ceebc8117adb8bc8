"""model.report.loading."""
