"""What every part of the window uses: settings, translations, resources, fonts, labels,
message boxes, recent files, pane focus, background job runners and the Host protocol
through which features reach the window."""
