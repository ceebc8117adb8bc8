"""Reading aids built on jieba: the segmenter, search, keywords, formulations, selection
steps and suggested tags (their cues and reasons)."""
