#!/usr/bin/env bash
# Smoke test of the built .deb, run by `./mvnw25 -Pdist verify` on Linux.
# Unpacks the package (no root, nothing installed), checks its metadata, then starts the packaged
# launcher headless against a fresh database and expects it to open the register and exit 0.
# Usage: deb-smoke.sh TARGET_DIR
set -euo pipefail

target=${1:?usage: deb-smoke.sh TARGET_DIR}
work="$target/deb-smoke"
fail() { echo "deb smoke test FAILED: $*" >&2; exit 1; }

shopt -s nullglob
debs=("$target"/dist/*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected exactly one .deb in $target/dist, found ${#debs[@]}"
deb=${debs[0]}
echo "deb smoke test: $deb"

rm -rf "$work"
mkdir -p "$work/root" "$work/home" "$work/data"

depends=$(dpkg-deb -f "$deb" Depends)
[[ "$depends" == *libgtk-3-0* ]] || fail "Depends does not name GTK 3: $depends"

dpkg-deb -x "$deb" "$work/root"
launcher="$work/root/opt/steward/bin/Steward"
[ -x "$launcher" ] || fail "launcher not found at /opt/steward/bin/Steward"
desktop=$(find "$work/root/opt/steward/lib" -maxdepth 1 -type f -name '*.desktop' | head -n 1)
[ -n "$desktop" ] || fail "no desktop entry in the package"
grep -q '^Categories=.*Office' "$desktop" || fail "desktop entry has no menu group: $desktop"
[ -f "$work/root/opt/steward/lib/Steward.png" ] || fail "no icon in the package"
# JavaFX's native libraries must sit inside the runtime, so nothing is unpacked into the user's home
ls "$work/root/opt/steward/lib/runtime/lib/"libglass*.so >/dev/null 2>&1 \
  || fail "JavaFX native libraries are not inside the jlink runtime"

# The packaged launcher also runs the command line, which needs no display
version=$(HOME="$work/home" "$launcher" --version 2>&1) || fail "Steward --version failed: $version"
[[ "$version" == *"$(dpkg-deb -f "$deb" Version)"* ]] || fail "Steward --version printed '$version'"
echo "deb smoke test: $version"

# A clean HOME shows whether the launcher writes anything there besides Steward's own data.
status=0
HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" \
  timeout 180 "$launcher" --headless --smoke --db "$work/data/register" >"$work/launcher.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  cat "$work/launcher.log" >&2
  fail "packaged launcher exited with $status"
fi
[ -f "$work/data/register.mv.db" ] || fail "the launcher did not create the database at $work/data/register"
[ ! -e "$work/home/.openjfx" ] || fail "JavaFX unpacked native libraries into the user's home (~/.openjfx)"

echo "deb smoke test passed: package metadata ok, launcher opened the register and exited 0"
