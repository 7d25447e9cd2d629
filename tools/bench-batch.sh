#!/usr/bin/env bash
# Batch benchmark (issue #12): `yusuan check DIR` over every corpus PDF as one batch, against
# `pdftotext -layout` alone over the same files. Prints wall and CPU time, the wall-time ratio and peak memory (max RSS).
# yusuan reads and checks files on every core (the report is the same as one by one); pdftotext runs one file at a time.
# Usage: tools/bench-batch.sh [DIR...]   (default: samples/corpus/pdf samples/corpus/bulk)
set -euo pipefail
cd "$(dirname "$0")/.."
dirs=("$@"); [ ${#dirs[@]} -eq 0 ] && dirs=(samples/corpus/pdf samples/corpus/bulk)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/txt"
for d in "${dirs[@]}"; do for f in "$d"/*.pdf; do ln -s "$(realpath "$f")" "$work/in/$(basename "$f")"; done; done
n=$(ls "$work/in" | wc -l)
dotnet build src/Yusuan.Cli -c Release -v q -nologo >/dev/null
yusuan=(dotnet src/Yusuan.Cli/bin/Release/net10.0/yusuan.dll)
measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  read -r secs kib user sys < <(tail -n 1 "$work/time")
  printf '%-16s wall %6.1f s   cpu %6.1f s   peak %5d MiB\n' "$label" "$secs" "$(echo "$user + $sys" | bc)" "$((kib / 1024))"
  echo "$secs" >"$work/$label.s"
}
echo "files: $n PDFs ($(du -shL "$work/in" | cut -f1))"
measure pdftotext bash -c 'for f in "$0"/in/*.pdf; do pdftotext -layout "$f" "$0/txt/$(basename "$f").txt"; done' "$work"
measure "yusuan-check" "${yusuan[@]}" check "$work/in" --format json
awk -v a="$(cat "$work/yusuan-check.s")" -v b="$(cat "$work/pdftotext.s")" 'BEGIN { printf "ratio check/pdftotext: %.2f×\n", a / b }'
