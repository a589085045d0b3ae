"""Domain errors that services raise; views turn them into a flash message or an HTTP status."""
from __future__ import annotations


class DomainError(Exception):
    """A rule of the domain refused the action; str() is a message for the user (Indonesian)."""

    status_code = 400

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationFailed(DomainError):
    status_code = 400


class Conflict(DomainError):
    status_code = 409


class PermissionDenied(DomainError):
    status_code = 403


class NotFound(DomainError):
    status_code = 404


class Throttled(DomainError):
    """Too much at once or too often from one member or account; trying again later will work."""

    status_code = 429
