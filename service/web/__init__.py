"""The server-rendered web UI (Jinja2 templates, small hand-written JS, no external asset)."""
