"""Reading Chinese: jieba segmentation in the background, the find bar and its results,
keywords and formulations, suggested tags; the feature that adds them to the window."""
