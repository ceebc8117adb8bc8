#!/bin/sh
# Install the Debian packages Yuepi needs when they are missing; only as root with apt-get,
# otherwise print the exact packages to install.
#   sh tools/system_deps.sh test  (make test) a CJK font (PDF export, screenshots), Xvfb
#                                 (screenshots under xvfb-run) and poppler-utils (pdftotext/
#                                 pdftoppm: the annotated-PDF tests read the PDF back).
#   sh tools/system_deps.sh run   (make run) the system libraries Qt's X11 (xcb) platform
#                                 plugin loads: ldd of PySide6's libqxcb.so/libQt6XcbQpa on a
#                                 minimal Debian 12, plus the xcb libraries Qt's "X11
#                                 requirements" list; gui/display_check.py has the same table.
mode="${1:-test}"
missing=""

has_lib() {  # is the shared library $1 known to the dynamic loader?
    { /sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null; } | grep -q "^[[:space:]]*$1 "
}

if [ "$mode" = "run" ]; then
    [ "$(uname -s)" = "Linux" ] || exit 0
    for pair in \
        libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
        libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0 \
        libxcb-render-util.so.0:libxcb-render-util0 libxcb-render.so.0:libxcb-render0 \
        libxcb-xkb.so.1:libxcb-xkb1 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
        libxkbcommon.so.0:libxkbcommon0 libxcb-shape.so.0:libxcb-shape0 \
        libxcb-randr.so.0:libxcb-randr0 libxcb-xinerama.so.0:libxcb-xinerama0 \
        libxcb-shm.so.0:libxcb-shm0 libxcb-sync.so.1:libxcb-sync1 \
        libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-util.so.1:libxcb-util1 \
        libxcb-glx.so.0:libxcb-glx0 libxcb.so.1:libxcb1 libX11-xcb.so.1:libx11-xcb1 \
        libX11.so.6:libx11-6 libEGL.so.1:libegl1 libGL.so.1:libgl1 \
        libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6 \
        libdbus-1.so.3:libdbus-1-3 libglib-2.0.so.0:libglib2.0-0
    do
        has_lib "${pair%%:*}" || missing="$missing ${pair#*:}"
    done
    why="for Qt's X11 platform plugin (the window)"
else
    fc-list 2>/dev/null | grep -qiE "wenquanyi|noto sans cjk|noto serif cjk" || missing="$missing fonts-wqy-microhei"
    command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
    command -v fc-list >/dev/null 2>&1 || missing="$missing fontconfig"
    command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
    why="for CJK rendering in PDF export and screenshots"
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || true
    wanted=""
    for package in $missing; do  # Ubuntu 24.04 renamed some libraries (libglib2.0-0t64)
        if apt-cache policy "$package" 2>/dev/null | grep -q "Candidate: [0-9]"; then
            wanted="$wanted $package"
        elif apt-cache policy "${package}t64" 2>/dev/null | grep -q "Candidate: [0-9]"; then
            wanted="$wanted ${package}t64"
        else
            wanted="$wanted $package"
        fi
    done
    apt-get install -y -qq --no-install-recommends $wanted >/dev/null \
        || echo "warning: could not install$wanted $why" >&2
else
    echo "note: install$missing $why (Debian/Ubuntu: sudo apt-get install$missing)" >&2
fi
exit 0
