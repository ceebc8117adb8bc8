"""A report as Yuepi reads it: loading any supported file into one canonical text
(encodings, .docx with its automatic numbering), sentences, width folding, Chinese
ordinals."""
