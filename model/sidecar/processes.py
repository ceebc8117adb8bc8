"""Is a process running on this machine? For the editing lock's stale detection
(model/sidecar/lock.py): plain Python, `os.kill(pid, 0)` on POSIX, OpenProcess +
GetExitCodeProcess through ctypes on Windows."""
from __future__ import annotations

import os
import sys

if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
    _STILL_ACTIVE = 259
    _ERROR_ACCESS_DENIED = 5

    def pid_alive(pid: int) -> bool:
        """Is process `pid` running on this machine? (OpenProcess + GetExitCodeProcess)"""
        if not 0 < pid < 2**32:  # a DWORD
            return False
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return ctypes.get_last_error() == _ERROR_ACCESS_DENIED  # exists, not ours
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == _STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
else:
    def pid_alive(pid: int) -> bool:
        """Is process `pid` running on this machine? (signal 0 checks without sending)"""
        if not 0 < pid < 2**31:  # 0 and negatives name process groups; a pid_t is 32 bits
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # running, as another user
        except OSError:
            return False
        return True
