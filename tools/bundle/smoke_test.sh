#!/bin/sh
# Smoke-test a built bundle: the binary runs a headless verb (outline of the sample, JSON)
# and opens the window offscreen with the sample, paints it and quits (YUEPI_BENCH_EXIT);
# then reads a tiny PDF (written by tests/pdf_bytes.py) with the bundled pypdfium2.
#   sh tools/bundle/smoke_test.sh dist/yuepi
set -e
bundle="$(cd "${1:-dist/yuepi}" && pwd)"
here="$(cd "$(dirname "$0")/../.." && pwd)"
sample="$here/resources/samples/县工信局2024年工作总结.txt"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
cd "$home"
HOME="$home" XDG_CONFIG_HOME="$home" YUEPI_CACHE_DIR="$home/cache" YUEPI_DATA_DIR="$home/data" \
    "$bundle/yuepi" outline "$sample" --format json > outline.json
grep -q '"nodes"' outline.json || { echo "smoke test: no outline from the bundle" >&2; exit 1; }
# the Excel export (openpyxl, imported by name) and the Word export are in the bundle
cp "$sample" report.txt
for fmt in xlsx docx; do
    HOME="$home" XDG_CONFIG_HOME="$home" YUEPI_CACHE_DIR="$home/cache" YUEPI_DATA_DIR="$home/data" \
        "$bundle/yuepi" export report.txt -o "review.$fmt" > /dev/null
    test -s "review.$fmt" || { echo "smoke test: no $fmt export from the bundle" >&2; exit 1; }
done
HOME="$home" XDG_CONFIG_HOME="$home" YUEPI_CACHE_DIR="$home/cache" YUEPI_DATA_DIR="$home/data" \
    "$bundle/yuepi" suggest "$sample" --no-sidecar > suggest.json
grep -q '"tag"' suggest.json || { echo "smoke test: no suggestions (jieba/rjieba)" >&2; exit 1; }
HOME="$home" XDG_CONFIG_HOME="$home" YUEPI_CACHE_DIR="$home/cache" YUEPI_DATA_DIR="$home/data" \
    QT_QPA_PLATFORM=offscreen YUEPI_BENCH_EXIT=1 "$bundle/yuepi" "$sample" --lang zh_CN > window.txt
grep -q "startup_ms=" window.txt || { echo "smoke test: the window did not paint" >&2; exit 1; }
(cd "$here" && "${PYTHON:-python3}" -m tests.pdf_bytes "$home/tiny.pdf")
HOME="$home" XDG_CONFIG_HOME="$home" YUEPI_CACHE_DIR="$home/cache" YUEPI_DATA_DIR="$home/data" \
    "$bundle/yuepi" outline "$home/tiny.pdf" --format json > pdf.json
grep -q '"Annual report of the county"' pdf.json \
    || { echo "smoke test: the bundle cannot read a PDF" >&2; exit 1; }
echo "bundle smoke test passed: outline $(wc -c < outline.json) bytes, suggest $(wc -c < suggest.json) bytes, $(cat window.txt)"
