#!/bin/sh
# Writes the JDK 25 AOT cache (JEP 483/514/515) into a jpackage app image and makes its launcher use it:
#   aot-train.sh IMAGE_DIR
# The training run is the image's own launcher, so the cache matches its class path exactly: it gives a new
# register the sample data (--sample: rows to read and show, as a real start has), opens it headless, shows it
# and exits (--smoke). The launcher's configuration then gets
# -XX:AOTCache=$APPDIR/steward.aot; a JVM that cannot use the cache (another JDK, a moved image) starts
# without it, as before.
set -eu
image=$1
case "$(uname -s)" in
  Darwin) launcher="$image/Contents/MacOS/Steward"; app="$image/Contents/app" ;;
  *) launcher="$image/bin/Steward"; app="$image/lib/app" ;;
esac
cfg="$app/Steward.cfg"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "aot-train: no launcher or $cfg in $image" >&2; exit 1; }
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
# Two steps, both through the launcher (it passes its own options; the JVM reads JAVA_TOOL_OPTIONS as well):
# record what a start loads, then assemble the cache (the JVM exits without running the app). The one-step
# -XX:AOTCacheOutput would start a child `java`, which the image's runtime does not have.
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$training/steward.aotconf -Xlog:aot=error,cds=error" \
    "$launcher" --headless --smoke --sample --db "$training/register" > "$training/log" 2>&1 || {
  cat "$training/log" >&2; echo "aot-train: the training run failed" >&2; exit 1; }
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$training/steward.aotconf -XX:AOTCache=$app/steward.aot -Xlog:aot=error,cds=error" \
    "$launcher" --headless --smoke --db "$training/register" >> "$training/log" 2>&1 || {
  cat "$training/log" >&2; echo "aot-train: writing the cache failed" >&2; exit 1; }
[ -f "$app/steward.aot" ] || { echo "aot-train: no cache was written" >&2; exit 1; }
if ! grep -q 'AOTCache=' "$cfg"; then
  # [JavaOptions] is the file's last section in the cfg jpackage writes
  printf '%s\n' 'java-options=-XX:AOTCache=$APPDIR/steward.aot' 'java-options=-Xlog:aot=error,cds=error' >> "$cfg"
fi
echo "aot-train: $(du -h "$app/steward.aot" | cut -f1) cache in $app"
