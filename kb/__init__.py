"""Offline knowledge base and question answering on deepfake sexual crimes in South Korea."""
from kb.offline import enforce_offline

enforce_offline()

__version__ = "0.1.0"
