"""Analyses: one module per question, each taking a landscape (or graph) and returning pandas objects."""
