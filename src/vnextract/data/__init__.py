"""Data files of vnextract (TSV/YAML with their sources) and their loaders.

Each table is read once, on first use, and cached; extractors never re-read files per document.
"""
