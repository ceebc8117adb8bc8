#!/bin/sh
# Install Yuepi into the user's desktop (no root): the .desktop entry (file manager "Open
# With", the application menu), the icons and the MIME types, under $XDG_DATA_HOME
# (~/.local/share). The desktop's caches are refreshed when their tools are present.
#   sh tools/install_desktop.sh "COMMAND"   COMMAND starts Yuepi, e.g. yuepi-gui or
#                                           "/path/.venv/bin/python /path/main.py"
set -e
here="$(cd "$(dirname "$0")/.." && pwd)"
exec_line="${1:?usage: install_desktop.sh COMMAND}"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
sed "s|@EXEC@|$exec_line|" "$here/resources/desktop/yuepi.desktop" > "$data/applications/yuepi.desktop"
cp "$here/resources/desktop/yuepi-mime.xml" "$data/mime/packages/yuepi.xml"
cp "$here/resources/icons/yuepi.svg" "$data/icons/hicolor/scalable/apps/yuepi.svg"
for png in "$here"/resources/icons/yuepi-*.png; do
    size="$(basename "$png" .png)"; size="${size#yuepi-}"
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$data/icons/hicolor/${size}x${size}/apps/yuepi.png"
done
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
fi
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
fi
echo "installed $data/applications/yuepi.desktop (Exec=$exec_line %f)"
