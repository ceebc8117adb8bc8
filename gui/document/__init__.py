"""The open report: its text, outline and reading analysis (ReportSession), and the
background detection of its outline."""
