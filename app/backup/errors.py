"""The one error the backup services raise; the CLI shows its message (Indonesian) without a traceback."""


class BackupError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
