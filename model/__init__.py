"""Yuepi's data and rules: plain Python, never Qt."""
