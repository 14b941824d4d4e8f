#!/usr/bin/env bash
# Measures how long warta takes to start: whole-process wall time, CPU time (user + sys) and peak
# resident memory of `java -version`, `./warta --version` and `./warta inspect FILE`, each run N
# times, reporting medians. The JDK's `java -version` is measured in the same run, so numbers from a
# loaded machine can still be compared with the target (--version within 2x java -version + 150 ms).
#
#   scripts/startup-bench.sh [-n RUNS] FILE [OTHER_WARTA ...]
#
# FILE is the article for `inspect`. Each OTHER_WARTA is another launcher to measure the same way
# (for example a copy of an older checkout's ./warta with its jar), so a baseline and a change are
# timed on the same machine in the same minutes; runs are interleaved to share the machine's load.
# Needs GNU time (/usr/bin/time) for CPU and memory; without it only wall time is shown.
set -euo pipefail

runs=7
if [ "${1:-}" = "-n" ]; then
    runs=$2
    shift 2
fi
if [ $# -lt 1 ] || [ ! -f "$1" ]; then
    echo "usage: scripts/startup-bench.sh [-n RUNS] FILE [OTHER_WARTA ...]" >&2
    exit 2
fi
file=$1
shift
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
launchers=("$root/warta" "$@")

# shellcheck source=scripts/jdk.sh
. "$root/scripts/jdk.sh"
JAVA_HOME=$(warta_jdk_home) || { echo "startup-bench: no JDK 21+" >&2; exit 1; }
export JAVA_HOME
gnu_time=""
if /usr/bin/time -f %M true >/dev/null 2>&1; then
    gnu_time=/usr/bin/time
fi

# Warm-up: builds the jar (and its start-up cache) when needed, and fills the page cache.
for w in "${launchers[@]}"; do
    "$w" --version >/dev/null
    "$w" inspect "$file" >/dev/null
done

results=$(mktemp)
trap 'rm -f "$results" "$results.one"' EXIT

# measure LABEL COMMAND...: one run; appends "LABEL<tab>wall ms<tab>cpu ms<tab>peak kB" to $results.
measure() {
    local label=$1 start end cpu=- rss=-
    shift
    start=$(date +%s%N)
    if [ -n "$gnu_time" ]; then
        "$gnu_time" -o "$results.one" -f '%U %S %M' "$@" >/dev/null 2>&1
    else
        "$@" >/dev/null 2>&1
    fi
    end=$(date +%s%N)
    if [ -n "$gnu_time" ]; then
        read -r user sys rss <"$results.one"
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')
    fi
    printf '%s\t%s\t%s\t%s\n' "$label" $(((end - start) / 1000000)) "$cpu" "$rss" >>"$results"
}

for ((i = 0; i < runs; i++)); do
    measure "java -version" "$JAVA_HOME/bin/java" -version
    n=0
    for w in "${launchers[@]}"; do
        tag=""
        [ "$n" -gt 0 ] && tag=" [$w]"
        measure "warta --version$tag" "$w" --version
        measure "warta inspect$tag" "$w" inspect "$file"
        n=$((n + 1))
    done
done

echo "$(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), $runs runs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "inspect input: $file ($(wc -c <"$file") bytes)"
printf '%-60s %10s %10s %10s\n' "command (median of $runs)" "wall ms" "cpu ms" "peak MB"
# One line per command, in the order first run: the medians of its wall, CPU and memory columns.
awk -F '\t' '
    !($1 in seen) { seen[$1] = 1; order[++n] = $1 }
    { k = ++count[$1]; wall[$1, k] = $2; cpu[$1, k] = $3; rss[$1, k] = $4 }
    function median(a, l, c,    i, j, t, v) {
        for (i = 1; i <= c; i++) v[i] = a[l, i]
        for (i = 2; i <= c; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
        return v[int((c + 1) / 2)]
    }
    END {
        for (i = 1; i <= n; i++) {
            l = order[i]; c = count[l]; m = median(rss, l, c)
            printf "%-60s %10s %10s %10s\n", l, median(wall, l, c), median(cpu, l, c), (m == "-" ? "-" : int(m / 1024))
        }
    }' "$results"
