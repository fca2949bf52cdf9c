"""The steering-group report: findings in plain language, then robustness,
legitimacy and goal focus, in Dutch or English, as HTML, Markdown or Excel."""
