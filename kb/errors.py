"""Errors with messages a user can act on."""


class KBError(Exception):
    """Base class for every error this package raises on purpose."""


class BadSource(KBError):
    """A file that cannot be ingested; the message is a one-line reason."""


class SettingsError(KBError):
    """A configuration value that cannot be used."""


class IndexMissing(KBError):
    """No index has been built yet in the data home."""


class ModelUnavailable(KBError):
    """The embedding model cannot be built or loaded offline."""


class MissingDependency(KBError):
    """A package a feature needs is not installed; the message names it."""


class BadQuestion(KBError):
    """Input that is not a question an answer can come from; ``korean`` is the same message in Korean."""

    def __init__(self, message: str, korean: str = ""):
        super().__init__(message)
        self.korean = korean or message


class IndexBusy(KBError):
    """Another process is writing to the same data home."""
