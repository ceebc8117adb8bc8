#!/bin/sh
# Install the Debian packages the test suite needs when they are missing:
# a CJK font (PDF export, screenshots), Xvfb (screenshots under xvfb-run) and
# poppler-utils (pdftotext/pdftoppm: the annotated-PDF tests read the PDF back).
missing=""
fc-list 2>/dev/null | grep -qiE "wenquanyi|noto sans cjk|noto serif cjk" || missing="$missing fonts-wqy-microhei"
command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
command -v fc-list >/dev/null 2>&1 || missing="$missing fontconfig"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $missing >/dev/null \
        || echo "warning: could not install$missing; tests that need them are skipped" >&2
else
    echo "note: install$missing for CJK rendering in PDF export and screenshots" >&2
fi
exit 0
