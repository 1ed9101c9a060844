"""The web app (Gradio) over kb.api; see app/README.md."""
