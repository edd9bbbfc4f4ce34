"""The HTTP API (FastAPI): routes, dependencies, errors, limits, the HTML view."""
