"""Yuepi's bundled files (style sheet, sidecar schema, dictionaries, translations, icons,
samples) as package data: model.paths.resources_dir() finds them through importlib.resources
in a checkout and an installed package alike."""
