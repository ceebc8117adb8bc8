"""Everything Qt: windows, panes, item models, dialogs."""
