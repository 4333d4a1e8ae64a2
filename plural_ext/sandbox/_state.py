"""The sandbox's optional persistence: its state in an SQLite file (``SandboxConfig.state_file``).

The file holds one row per record, ``(kind, key, data)``: an order with its payments, a
challenge, an access token (its SHA-256 digest, never the token), a hosted checkout, a
payment link, an OTP, a customer, a saved card, a webhook not yet delivered. ``data`` is
JSON, never pickle: a state file may be copied around, and reading one must not run code.
A ``meta`` table names the format and its version (:data:`SCHEMA_VERSION`).

When it is written: whoever changes a record marks it (:meth:`Journal.changed`), and at the
end of each call, still inside the sandbox's lock, the marked records are written as they are
then, in one transaction (:meth:`Journal.commit`). A crash mid-write leaves the file as the
previous call left it; a call that changes nothing writes nothing. A row is rewritten only
when its record changes, so a call costs the same with ten orders in the file or ten
thousand. Without a file (the default) the journal is a plain :class:`Journal`, which keeps
no marks: nothing is ever serialised.

Failures: a file the sandbox cannot use at start (not a state file, another version,
damaged, in use by another sandbox, not writable) is a :class:`StateFileError` naming the
file and the problem. Later, the sandbox never falls over for its file: a write that fails
(disk full, the file or its directory removed) is logged as an error on
``plural_ext.sandbox._state`` and the sandbox serves on from memory. The changes stay
marked and are written by the next call that can (disk space freed); a file that was
removed or replaced is not written again, since nothing written there would be read back.

A new file is created readable by its owner only (0600): it holds the links customers
answer challenges and pay on. The file is locked while a sandbox has it open.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

__all__ = [
    "SCHEMA_VERSION",
    "DamagedRecord",
    "Journal",
    "Kind",
    "Record",
    "StateFile",
    "StateFileError",
    "digest",
    "open_journal",
]

SCHEMA_VERSION = 1
"""The version of the file's layout and of every record's JSON; a file of another is refused."""
_FORMAT = "plural-sandbox-state"

Record = dict[str, Any]

_logger = logging.getLogger(__name__)


class StateFileError(Exception):
    """A state file the sandbox cannot use: the message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"state file {path}: {problem}")
        self.path = path
        self.problem = problem


class DamagedRecord(ValueError):
    """Raised by a kind's ``load`` for a record that cannot be what it claims (a challenge
    of a payment no order has): the message says what, and names no value."""


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of record the file keeps, and how its owner writes and reads it."""

    name: str
    dump: Callable[[str], Record | None]
    """The record with this key as JSON, as it is now; None once it is gone."""
    load: Callable[[list[tuple[str, Any]]], None]
    """Take back the records read from the file, as (key, JSON), oldest first."""


def digest(secret: str) -> str:
    """What the file keeps of a bearer secret (an access token): enough to check it, not to use it."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class Journal:
    """In memory only: marks nothing, writes nothing. :class:`StateFile` keeps a file."""

    @property
    def path(self) -> str | None:
        """The state file's absolute path; None in memory."""
        return None

    def changed(self, kind: str, key: str) -> None:
        """The record ``key`` of ``kind`` was made, changed or removed in this call."""

    def commit(self) -> None:
        """Write what this call changed: at its end, inside the sandbox's lock."""

    def write_now(self, kind: str, key: str) -> None:
        """Write one record now, outside any call (the webhook thread, done with an event)."""

    def restore(self, kinds: Iterable[Kind]) -> None:
        """Give each kind the records the file holds, and keep the kinds to write them."""

    def close(self) -> None:
        """Write what is left and let go of the file."""


def open_journal(path: str | os.PathLike[str] | None) -> Journal:
    """The journal of a sandbox: :class:`StateFile` on ``path``, or in memory without one."""
    return Journal() if path is None else StateFile(path)


class StateFile(Journal):
    """The sandbox's state in the SQLite file at ``path``, created if missing.

    Raises :class:`StateFileError` when the file cannot be used. Thread-safe: the calls
    (under the sandbox's lock) and the webhook thread share one connection, under a lock.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._path = os.path.abspath(os.fspath(path))
        self._lock = threading.Lock()
        self._kinds: dict[str, Kind] = {}
        # Dict as ordered set: rows are first written in the order the records were made.
        self._dirty: dict[tuple[str, str], None] = {}
        self._failing = False
        self._closed = False
        _create_private(self._path)
        self._connection = self._connect()
        self._identity = _identity(self._path)

    @property
    def path(self) -> str:
        return self._path

    def changed(self, kind: str, key: str) -> None:
        with self._lock:
            self._dirty[kind, key] = None

    def commit(self) -> None:
        with self._lock:
            if self._dirty and not self._closed:
                self._write(self._dirty)

    def write_now(self, kind: str, key: str) -> None:
        with self._lock:
            if not self._closed:
                self._dirty[kind, key] = None
                self._write({(kind, key): None})

    def restore(self, kinds: Iterable[Kind]) -> None:
        self._kinds = {kind.name: kind for kind in kinds}
        with self._lock, self._reading("cannot be read"):
            rows = self._connection.execute(
                "SELECT kind, key, data FROM records ORDER BY rowid"
            ).fetchall()
        by_kind: dict[str, list[tuple[str, Any]]] = {name: [] for name in self._kinds}
        for kind, key, data in rows:
            if kind not in by_kind:
                raise StateFileError(self._path, f"holds records of an unknown kind, {kind!r}")
            by_kind[kind].append((key, _parse(self._path, kind, data)))
        for name, records in by_kind.items():
            try:
                self._kinds[name].load(records)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                raise StateFileError(
                    self._path, f"{_a(name)} record is damaged ({_what(error)})"
                ) from None

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            if self._dirty:
                self._write(self._dirty)
            self._closed = True
            self._connection.close()

    def _write(self, keys: Iterable[tuple[str, str]]) -> None:
        """Write ``keys`` in one transaction and unmark them; on failure log, keep them marked."""
        written = list(keys)
        rows = self._dumps(written)
        try:
            self._expect_same_file()
            with self._transaction():
                for kind, key, data in rows:
                    self._put(kind, key, data)
        except (sqlite3.Error, OSError) as error:
            if not self._failing:
                _logger.error(
                    "plural sandbox: the state file %s cannot be written (%s): the sandbox "
                    "serves on from memory, and writes what changed if the file can be "
                    "written again",
                    self._path,
                    _reason(error),
                )
            self._failing = True
            return
        if self._failing:
            _logger.warning("plural sandbox: the state file %s is written again", self._path)
            self._failing = False
        for kind_and_key in written:
            self._dirty.pop(kind_and_key, None)

    def _dumps(self, keys: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
        """Each record as JSON text (None: delete its row). One that cannot be is a bug,
        logged and left out, so that it stops neither the call nor the other records."""
        rows = []
        for kind, key in keys:
            try:
                record = self._kinds[kind].dump(key)
                data = None if record is None else _json(record)
            except Exception:
                _logger.exception("plural sandbox: %s record cannot be saved", _a(kind))
                continue
            rows.append((kind, key, data))
        return rows

    def _put(self, kind: str, key: str, data: str | None) -> None:
        if data is None:
            self._connection.execute("DELETE FROM records WHERE kind = ? AND key = ?", (kind, key))
            return
        # An upsert keeps the row's rowid, so rows read back in the order records were made.
        self._connection.execute(
            "INSERT INTO records (kind, key, data) VALUES (?, ?, ?) "
            "ON CONFLICT (kind, key) DO UPDATE SET data = excluded.data",
            (kind, key, data),
        )

    def _expect_same_file(self) -> None:
        """Refuse to write to a file no longer at ``path``: nobody would read it back."""
        try:
            same = _identity(self._path) == self._identity
        except FileNotFoundError:
            same = False
        if not same:
            raise FileNotFoundError(f"no longer at {self._path} (removed or replaced)")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            _roll_back(self._connection)
            raise
        self._connection.execute("COMMIT")

    @contextlib.contextmanager
    def _reading(self, doing: str) -> Iterator[None]:
        """SQLite's errors while opening or reading the file, as a :class:`StateFileError`."""
        try:
            yield
        except sqlite3.Error as error:
            raise StateFileError(self._path, _problem(error, doing)) from None

    def _connect(self) -> sqlite3.Connection:
        with self._reading("cannot be opened"):
            # isolation_level None: the transactions are this module's, BEGIN to COMMIT.
            # timeout 0: a file another sandbox holds is refused at once, not waited for.
            connection = sqlite3.connect(
                self._path, isolation_level=None, check_same_thread=False, timeout=0
            )
        try:
            self._prepare(connection)
        except BaseException:
            connection.close()
            raise
        return connection

    def _prepare(self, connection: sqlite3.Connection) -> None:
        """Lock the file for this sandbox, check it is a state file of this version (an
        empty one becomes one), and check it can be written, before anything is served."""
        with self._reading("cannot be opened"):
            # Held until close: two sandboxes writing one file would undo each other's work.
            connection.execute("PRAGMA locking_mode = EXCLUSIVE")
            connection.execute("BEGIN IMMEDIATE")
            try:
                tables = {row[0] for row in connection.execute(_TABLES)}
                if not tables:
                    # One statement at a time: executescript would commit first.
                    for statement in _SCHEMA:
                        connection.execute(statement)
                    connection.executemany("INSERT INTO meta VALUES (?, ?)", _META)
                else:
                    self._check(connection, tables)
                    # Rewrites the version as it is: a file that cannot be written fails now.
                    connection.execute("UPDATE meta SET value = value WHERE name = 'version'")
                connection.execute("COMMIT")
            except BaseException:
                _roll_back(connection)
                raise
            # WAL: a commit is an append, with no sync but at checkpoints; a crash still
            # leaves the last whole transaction.
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")

    def _check(self, connection: sqlite3.Connection, tables: set[str]) -> None:
        if not {"meta", "records"} <= tables:
            raise StateFileError(
                self._path, "not a sandbox state file (an SQLite database of other tables)"
            )
        meta = dict(connection.execute("SELECT name, value FROM meta").fetchall())
        if meta.get("format") != _FORMAT:
            raise StateFileError(
                self._path, "not a sandbox state file (its meta table names another format)"
            )
        if meta.get("version") != str(SCHEMA_VERSION):
            raise StateFileError(
                self._path,
                f"written in version {meta.get('version')} of the state format; this sandbox "
                f"reads version {SCHEMA_VERSION} (start with another file)",
            )


_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'"
_SCHEMA = (
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE records (kind TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL, "
    "PRIMARY KEY (kind, key))",
)
_META = [("format", _FORMAT), ("version", str(SCHEMA_VERSION))]


def _roll_back(connection: sqlite3.Connection) -> None:
    # SQLite has rolled back by itself after some errors (a full disk): nothing left to undo.
    if connection.in_transaction:
        connection.execute("ROLLBACK")


def _json(record: Record) -> str:
    return json.dumps(record, separators=(",", ":"), allow_nan=False)


def _create_private(path: str) -> None:
    """Create the file, empty, readable and writable by its owner only, unless it exists."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as error:
        raise StateFileError(path, f"cannot be created ({error.strerror})") from None
    os.close(descriptor)


def _identity(path: str) -> tuple[int, int]:
    status = os.stat(path)
    return status.st_dev, status.st_ino


def _parse(path: str, kind: str, data: object) -> Any:
    if not isinstance(data, str):
        raise StateFileError(path, f"{_a(kind)} record is damaged (not JSON text)")
    try:
        return json.loads(data)
    except ValueError:
        raise StateFileError(path, f"{_a(kind)} record is damaged (not JSON)") from None


def _problem(error: sqlite3.Error, doing: str) -> str:
    # Extended codes (SQLITE_READONLY_DBMOVED...) start with their primary code's name.
    name = getattr(error, "sqlite_errorname", "")
    for code, problem in _PROBLEMS.items():
        if name == code or name.startswith(code + "_"):
            return problem
    return f"{doing} ({error})"


_PROBLEMS = {
    "SQLITE_NOTADB": "not a sandbox state file (not an SQLite database)",
    "SQLITE_BUSY": "in use by another sandbox or program (one sandbox at a time per state file)",
    "SQLITE_CORRUPT": "damaged (SQLite finds the database malformed)",
    "SQLITE_READONLY": "cannot be written (read-only)",
}


def _reason(error: BaseException) -> str:
    """What went wrong, in words: SQLite's message or the system's."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _a(kind: str) -> str:
    """``kind`` with its article: "an order", "a challenge"."""
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"


def _what(error: BaseException) -> str:
    """The damage, without the values: a field value may be anything, a token too."""
    if isinstance(error, DamagedRecord):
        return str(error)
    if isinstance(error, KeyError):
        return f"missing {error.args[0]!r}"
    return type(error).__name__
