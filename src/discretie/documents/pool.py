"""Worker processes that read documents, killed when they overrun their budget.

Each worker is ``python -m discretie.documents.pool MEMORY`` with two pipes. It limits its own
address space (``RLIMIT_AS``: what it had after its imports plus ``MEMORY`` bytes), then reads one
request at a time from stdin and answers on stdout: frames of a 4-byte length and JSON (the
document's bytes follow the request as a second frame). JSON, not pickle: a worker that a hostile
file took over could send the gateway anything, and JSON stays data.

The gateway side (:class:`Reader`) keeps up to ``workers`` of them, lends one to a thread for one
attachment and waits for the answer with a deadline. A worker that does not answer in time is
killed (SIGKILL) and replaced when next needed; one that dies (a crash in a C library, the memory
limit) is the same: the attachment is ``unreadable``, the mail gets a verdict, nothing else
waits. One that answers that its memory budget ran out is replaced too: what the failed reading
took may stay in its address space and would fail the next attachment. A worker is started on
first use, so a gateway that never sees a document starts none.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import resource
import select
import selectors
import struct
import subprocess
import sys
import threading
import time
from typing import IO, Any

_LENGTH = struct.Struct(">Q")
MAX_ANSWER = 512 * 1024 * 1024  # an answer frame longer than this is a broken worker
START_TIMEOUT = 30.0  # seconds a new worker may take to import its libraries
MEMORY_SPENT = "te groot om te controleren: geheugenbudget op"  # the answer of a worker whose budget ran out
IDLE_EXIT = 300.0  # a worker with no request for this long exits (its memory goes back to the system)
IDLE_RETIRE = 240.0  # ... and the gateway stops using it a minute before, so it never meets an exited one


class WorkerFailed(Exception):
    """The worker did not answer: ``args[0]`` is the Dutch reason (time budget, crash)."""


class _Worker:
    def __init__(self, memory: int):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "discretie.documents.pool", str(memory)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            close_fds=True,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin: IO[bytes] = self.proc.stdin
        self.stdout: IO[bytes] = self.proc.stdout
        os.set_blocking(self.stdout.fileno(), False)
        self.ready = False
        self.last_used = time.monotonic()

    def fresh(self) -> bool:
        return self.proc.poll() is None and time.monotonic() - self.last_used < IDLE_RETIRE

    def ask(self, header: dict[str, Any], data: bytes, timeout: float, budget: float) -> list[dict[str, Any]]:
        if not self.ready:  # the worker says so once its imports are done: they do not count
            self._read(_LENGTH.size, time.monotonic() + START_TIMEOUT, START_TIMEOUT)
            self.ready = True
        deadline = time.monotonic() + timeout
        head = json.dumps(header).encode()
        try:
            self.stdin.write(_LENGTH.pack(len(head)) + head + _LENGTH.pack(len(data)))
            self.stdin.write(data)
            self.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise WorkerFailed("de lezer stopte onverwacht") from exc
        size = _LENGTH.unpack(self._read(_LENGTH.size, deadline, budget))[0]
        if size > MAX_ANSWER:
            raise WorkerFailed("de lezer gaf een onbruikbaar antwoord")
        answer = json.loads(self._read(size, deadline, budget))
        if not isinstance(answer, list):
            raise WorkerFailed("de lezer gaf een onbruikbaar antwoord")
        return answer

    def _read(self, count: int, deadline: float, budget: float) -> bytes:
        chunks: list[bytes] = []
        missing = count
        with selectors.DefaultSelector() as selector:
            selector.register(self.stdout, selectors.EVENT_READ)
            while missing:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    raise WorkerFailed(f"lezen duurde langer dan het tijdbudget ({budget:g} s)")
                try:
                    chunk = os.read(self.stdout.fileno(), min(missing, 1024 * 1024))
                except BlockingIOError:
                    continue
                if not chunk:
                    raise WorkerFailed("de lezer liep vast (geheugenbudget op of fout in het bestand)")
                chunks.append(chunk)
                missing -= len(chunk)
        return b"".join(chunks)

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        with contextlib.suppress(Exception):
            self.proc.wait(5)
        for stream in (self.stdin, self.stdout):
            with contextlib.suppress(OSError):
                stream.close()


class Reader:
    """Up to ``workers`` worker processes, shared by the threads that check messages."""

    def __init__(self, workers: int = 2, memory: int = 512 * 1024 * 1024):
        self.memory = memory
        self._slots = threading.BoundedSemaphore(workers)
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._closed = False
        self._lock = threading.Lock()
        self.started = 0  # workers started so far (tests and metrics)

    def read(
        self, data: bytes, name: str, limits: dict[str, int], timeout: float, wait: float | None = None
    ) -> list[dict[str, Any]]:
        """The documents of one attachment, as the worker reported them: ``timeout`` seconds for the
        reading, ``wait`` (default: ``timeout``) for everything, a free worker included, so a busy
        moment costs the message's budget, not the attachment's. Raises :class:`WorkerFailed` when no
        worker is free in time, or the worker overran its time or died."""
        started = time.monotonic()
        wait = timeout if wait is None else wait
        if not self._slots.acquire(timeout=max(wait, 0.0)):
            raise WorkerFailed("alle lezers bleven bezet tot het tijdbudget van het bericht op was")
        worker: _Worker | None = None
        try:
            while worker is None:
                try:
                    worker = self._idle.get_nowait()
                except queue.Empty:
                    worker = self._start()
                    break
                if not worker.fresh():
                    worker.kill()
                    worker = None
            left = min(timeout, wait - (time.monotonic() - started))
            budget = timeout if left >= timeout else left
            try:
                worker.last_used = time.monotonic()
                answer = worker.ask({"name": name, **limits}, data, max(left, 0.5), round(max(budget, 0.5), 1))
            except (WorkerFailed, ValueError) as exc:
                worker.kill()
                worker = None
                if isinstance(exc, WorkerFailed):
                    raise
                raise WorkerFailed("de lezer gaf een onbruikbaar antwoord") from exc
            if any(isinstance(doc, dict) and doc.get("detail") == MEMORY_SPENT for doc in answer):
                # what the failed reading took may stay in the worker's address space (the allocator keeps it):
                # the next attachment gets a new worker, not what is left of this one's budget
                worker.kill()
                worker = None
            return answer
        finally:
            if worker is not None:
                worker.last_used = time.monotonic()
                if self._closed:
                    worker.kill()
                else:
                    self._idle.put(worker)
            self._slots.release()

    def _start(self) -> _Worker:
        with self._lock:
            self.started += 1
        return _Worker(self.memory)

    def close(self) -> None:
        """Stop the idle workers; a worker still busy is stopped when its read returns."""
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return


# --- the worker process ---------------------------------------------------------------------------


def _read_exact(stream: IO[bytes], count: int) -> bytes | None:
    chunks: list[bytes] = []
    while count:
        chunk = stream.read(count)
        if not chunk:
            return None
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)


def _limit_memory(extra: int) -> None:
    """The address space this process has now (its imports) plus ``extra`` bytes, at most."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[0])
        now = pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        now = 256 * 1024 * 1024
    limit = now + extra
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def serve(memory: int) -> None:
    """The worker's loop: one request in, one answer out, until stdin closes."""
    from discretie.documents.extract import Budget, Doc, extract

    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a library that prints must not write into the answers
    source = sys.stdin.buffer
    _limit_memory(memory)
    out.write(_LENGTH.pack(0))  # ready
    out.flush()
    while True:
        if not select.select([source], [], [], IDLE_EXIT)[0]:
            return  # idle: the gateway starts a new worker when it needs one
        frame = _read_exact(source, _LENGTH.size)
        if frame is None:
            return
        head = _read_exact(source, _LENGTH.unpack(frame)[0])
        size = _read_exact(source, _LENGTH.size)
        if head is None or size is None:
            return
        data = _read_exact(source, _LENGTH.unpack(size)[0])
        if data is None:
            return
        request = json.loads(head)
        budget = Budget(max_unpacked=int(request["max_unpacked"]), max_chars=int(request["max_chars"]))
        name = str(request["name"])
        try:
            docs = [doc.as_json() for doc in extract(data, name, budget)]
        except MemoryError:
            docs = [Doc(name=name, kind="?", budget=budget, status="unreadable").as_json()]
            docs[0]["detail"] = MEMORY_SPENT
        del data
        answer = json.dumps(docs, ensure_ascii=False).encode("utf-8", "replace")  # a lone surrogate: "?"
        out.write(_LENGTH.pack(len(answer)) + answer)
        out.flush()


if __name__ == "__main__":
    serve(int(sys.argv[1]))
