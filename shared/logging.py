"""Structured JSON logs; every line carries the request id / trace id of the work it belongs to."""
from __future__ import annotations

import contextvars
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import BinaryIO

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
traceparent_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("traceparent", default=None)


class JsonFormatter(logging.Formatter):
    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "service": self.service,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        rid = request_id_var.get()
        if rid:
            entry["request_id"] = rid
        for key in ("event_id", "topic", "subject", "status", "path", "method", "duration_ms"):
            value = record.__dict__.get(key)
            if value is not None:
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(service: str, level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter(service))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("aiokafka", "kafka", "uvicorn.access", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


LOG_FILE_MODE = 0o640
LOG_DIR_MODE = 0o750


def private_dir(path: Path) -> Path:
    """A folder for logs or data that other users of the machine cannot list or read (0750)."""
    path.mkdir(parents=True, exist_ok=True, mode=LOG_DIR_MODE)
    path.chmod(LOG_DIR_MODE)  # mkdir's mode is filtered by the umask, and an existing folder keeps its own
    return path


def open_log_file(path: Path) -> BinaryIO:
    """Opens a service's log file for appending, readable by its owner and group only (0640), in a private folder.
    A file left by an older run with wider permissions is narrowed."""
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, LOG_FILE_MODE)
    os.fchmod(fd, LOG_FILE_MODE)
    return os.fdopen(fd, "ab")
