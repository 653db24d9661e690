"""No outgoing connections from the query processes: a seccomp filter that refuses `connect`.

A SPARQL engine that follows `SERVICE` opens connections to wherever a query says; `kg serve`
refuses such queries, and this filter makes sure that a query which slips past that refusal still
reaches nothing. Oxigraph has no option to turn `SERVICE` off and its HTTP client ignores the
proxy variables (`http_proxy`, `no_proxy`), measured with oxigraph 0.5.13, so the limit is set in
the kernel: a child started with `no_network()` as part of its pre-exec step gets EPERM from every
`connect(2)` (and `io_uring_setup(2)`, another way to open one), after it exec'd and for all its
own children. Listening and accepting, as `oxigraph serve-read-only` does, still work.

Linux on x86-64 and AArch64 only; elsewhere `supported()` is false and `kg serve` says so.
"""

from __future__ import annotations

import contextlib
import ctypes
import platform
import struct
import sys
from collections.abc import Callable

__all__ = ["install", "supported"]

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_ALLOW = 0x7FFF0000
_EPERM = 0x00050000 | 1  # SECCOMP_RET_ERRNO | EPERM
_X32 = 0x40000000
# machine: (AUDIT_ARCH_*, [connect, io_uring_setup])
_ARCHES = {
    "x86_64": (0xC000003E, [42, 425]),
    "aarch64": (0xC00000B7, [203, 425]),
}
_LD_W_ABS, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _filter(arch: int, refused: list[int]) -> bytes:
    """The BPF program: other architectures and unlisted calls pass, the listed ones get EPERM."""

    def op(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
        return struct.pack("HBBI", code, jt, jf, k)

    n = len(refused)
    program = [
        op(_LD_W_ABS, 4),  # seccomp_data.arch
        op(_JEQ_K, arch, 1, 0),
        op(_RET_K, _ALLOW),
        op(_LD_W_ABS, 0),  # seccomp_data.nr
        op(_JGE_K, _X32, n + 1, 0),  # the x32 calls of x86-64: refuse all of them
    ]
    for i, number in enumerate(refused):
        program.append(op(_JEQ_K, number, n - i, 0))
    program += [op(_RET_K, _ALLOW), op(_RET_K, _EPERM)]
    return b"".join(program)


class _Prepared:
    """The filter and prctl, made once in the parent: after fork only prctl may run."""

    def __init__(self, code: bytes):
        self.buffer = ctypes.create_string_buffer(code, len(code))
        self.program = _Program(len(code) // 8, ctypes.addressof(self.buffer))
        self.prctl: Callable[..., int] | None = None
        with contextlib.suppress(OSError, AttributeError):
            self.prctl = ctypes.CDLL(None, use_errno=True).prctl


_STATE: list[_Prepared] = []


def supported() -> bool:
    """Whether this system can refuse a child's connections (Linux on x86-64 or AArch64)."""
    return sys.platform.startswith("linux") and platform.machine() in _ARCHES


def install() -> Callable[[], bool]:
    """A pre-exec step that refuses the child every outgoing connection; it returns whether the
    kernel took the filter. Prepared here, in the parent: between fork and exec only the two
    prctl calls run."""
    if not supported():
        return lambda: False
    arch, refused = _ARCHES[platform.machine()]
    if not _STATE:
        _STATE.append(_Prepared(_filter(arch, refused)))
    prctl, address = _STATE[0].prctl, ctypes.addressof(_STATE[0].program)

    def step() -> bool:
        if prctl is None:
            return False
        ulong = ctypes.c_ulong
        if prctl(_PR_SET_NO_NEW_PRIVS, ulong(1), ulong(0), ulong(0), ulong(0)) != 0:
            return False
        return bool(
            prctl(_PR_SET_SECCOMP, ulong(_SECCOMP_MODE_FILTER), ulong(address), ulong(0), ulong(0))
            == 0
        )

    return step
