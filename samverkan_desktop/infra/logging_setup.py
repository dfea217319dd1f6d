"""The log for support: a rotating file in the data folder, fed by Python logging and the exception hooks.

``support_log`` is entered once by each program (the GUI in app.py, the ``samverkan`` command in cli.py): it
sends every log record to ``<data folder>/logs/samverkan.log`` (about 1 MB, five older files kept, UTF-8), at
INFO or, with ``--debug``, DEBUG; and routes exceptions nobody caught (``sys.excepthook``,
``threading.excepthook``) into it. On leaving, everything is put back as it was.

What reaches the file is scrubbed first: e-mail addresses, phone numbers and personnummer are replaced by the
placeholders of ``domain.scrub``, in the message and in tracebacks, and SQL parameters (which would carry minutes
text) are cut from database errors. Nothing logs minutes or note text on purpose; SQLAlchemy's own statement
logging, which would, is held at WARNING whatever the level.

Plain Python: the GUI adds Qt's messages and its error dialog on top (ui/error_reporting.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from .. import APP_NAME, __version__
from ..domain.scrub import scrub
from .config import data_dir

FOLDER_NAME = "logs"
FILE_NAME = "samverkan.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"
# Loggers that would write personal data at INFO: SQLAlchemy logs every statement with its parameters.
QUIET_LOGGERS = ("sqlalchemy",)

#: on_error(exc_type, exc, traceback): told of every exception that reached a hook, after it was logged
ErrorCallback = Callable[[type[BaseException], BaseException, TracebackType | None], None]

log = logging.getLogger(__name__)

# "[parameters: (...)]" in SQLAlchemy's error messages: the values typed into the minutes (a repr, one line).
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*")


def scrub_text(text: str) -> str:
    """``text`` without e-mail addresses, phone numbers, personnummer and SQL parameters."""
    text = _SQL_PARAMETERS.sub("[parameters: borttagna]", text)
    return scrub(text).text or ""


class ScrubFilter(logging.Filter):
    """Rewrites each record before any handler formats it: message, traceback and stack scrubbed."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is rather than lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = scrub_text(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub_text(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub_text(record.stack_info)
        return True


class SupportLogHandler(RotatingFileHandler):
    """The rotating file. Another instance of the program may hold the file open (Windows then refuses the
    rename of a rollover): the rollover is skipped and writing goes on in the current file."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def default_log_folder() -> Path:
    return data_dir() / FOLDER_NAME


def current_log_file() -> Path | None:
    """The file the support log is written to now, or None when none is set up."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, SupportLogHandler):
            return Path(handler.baseFilename)
    return None


def open_log_handler(folder: Path | None = None) -> SupportLogHandler:
    """The file handler, its folder owner-only when made here; raises OSError when it cannot be written."""
    folder = folder or default_log_folder()
    if not folder.is_dir():
        # The data folder too, when the log is the first to need it: owner-only, as the database would make it.
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / FILE_NAME
    handler = SupportLogHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)  # minutes' titles and group names are nobody else's business
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(ScrubFilter())
    return handler


@contextlib.contextmanager
def support_log(*, debug: bool = False, folder: Path | None = None,
                on_error: ErrorCallback | None = None) -> Iterator[Path | None]:
    """Log to the support file (yields its path; None when the folder cannot be written, then to stderr) and
    catch uncaught exceptions into it for the duration of the block."""
    root = logging.getLogger()
    saved_level = root.level
    saved_quiet = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    try:
        handler: logging.Handler = open_log_handler(folder)
        path: Path | None = Path(handler.baseFilename)  # type: ignore[attr-defined]
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(ScrubFilter())
        path = None
        print(f"Loggfilen kan inte skrivas ({exc.strerror or exc}); loggen skrivs till skärmen.", file=sys.stderr)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.captureWarnings(True)
    saved_hooks = install_exception_hooks(on_error)
    log.info("%s %s started (Python %s, %s)%s", APP_NAME, __version__, platform.python_version(),
             platform.platform(), ", debug" if debug else "")
    try:
        yield path
    finally:
        sys.excepthook, threading.excepthook = saved_hooks
        logging.captureWarnings(False)
        root.removeHandler(handler)
        handler.close()
        root.setLevel(saved_level)
        for name, level in saved_quiet.items():
            logging.getLogger(name).setLevel(level)


def install_exception_hooks(on_error: ErrorCallback | None = None) -> tuple:
    """Log every uncaught exception, of the main thread and of any other, then tell ``on_error``. Returns the
    hooks that were in place (to put back)."""
    saved = (sys.excepthook, threading.excepthook)
    previous_excepthook = sys.excepthook

    def excepthook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_excepthook(exc_type, exc, tb)
            return
        log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
        _tell(on_error, exc_type, exc, tb)

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical("Unexpected error in thread %s", name, exc_info=args.exc_value)
        if args.exc_value is not None:
            _tell(on_error, args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    return saved


def _tell(on_error: ErrorCallback | None, exc_type, exc, tb) -> None:
    if on_error is None:
        return
    try:
        on_error(exc_type, exc, tb)
    except Exception:  # the reporter itself failed: the log already holds the first error
        log.exception("The error report could not be shown")


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 extra: tuple[str, ...] = ()) -> str:
    """A report for support: version, platform, the exception and its traceback, scrubbed of personal data."""
    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()}, {platform.platform()}",
        *extra,
        f"Logg: {current_log_file() or 'ingen'}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return scrub_text("\n".join(lines))


def describe(exc: BaseException) -> str:
    """The exception on one line, scrubbed: ``ZeroDivisionError: division by zero``."""
    text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return scrub_text(text.splitlines()[-1] if text else type(exc).__name__)
