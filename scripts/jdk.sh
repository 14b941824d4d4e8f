# Finds a JDK 21 or newer. Sourced by ./warta, ./warta-server and .ci/run; defines warta_jdk_home,
# warta_no_jdk, warta_java_major and warta_java_release.
#
# warta_jdk_home prints the home of the JDK to use: $JAVA_HOME when it is 21+, else the newest
# JDK 21+ found on the system (the java on PATH, /usr/lib/jvm, /usr/java, /opt, SDKMAN, macOS
# JavaVirtualMachines). It prints nothing and returns 1 when there is none.

warta_java_major() {
    # The major version of the java binary $1, or nothing when it does not run. Read from the JDK's
    # release file when it has one: starting a JVM to ask would cost as much as a short command.
    local v
    v=$(warta_java_release "$1" JAVA_VERSION | sed 's/^1\.//; s/[^0-9].*//')
    if [ -n "$v" ]; then
        echo "$v"
        return 0
    fi
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9][0-9.]*\).*/\1/p' \
        | sed 's/^1\.//; s/\..*//' | head -n 1
}

warta_java_release() {
    # The value of $2 (JAVA_VERSION, JAVA_RUNTIME_VERSION) in the release file of the JDK whose java
    # binary is $1, or nothing.
    local release
    release="$(dirname "$1")/../release"
    [ -f "$release" ] || return 0
    sed -n "s/^$2=\"\(.*\)\"\$/\1/p" "$release" | head -n 1
}

warta_jdk_home() {
    local min=21
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        local v
        v=$(warta_java_major "$JAVA_HOME/bin/java")
        if [ -n "$v" ] && [ "$v" -ge "$min" ]; then
            echo "$JAVA_HOME"
            return 0
        fi
    fi
    local candidates=() best="" best_v=0 home v
    if command -v javac >/dev/null 2>&1; then
        candidates+=("$(cd "$(dirname "$(readlink -f "$(command -v javac)")")/.." && pwd)")
    fi
    for home in /usr/lib/jvm/* /usr/java/* /opt/*jdk* /opt/java/* "$HOME"/.sdkman/candidates/java/* \
        /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -d "$home" ] && candidates+=("$home")
    done
    for home in "${candidates[@]}"; do
        [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
        v=$(warta_java_major "$home/bin/java")
        if [ -n "$v" ] && [ "$v" -ge "$min" ] && [ "$v" -gt "$best_v" ]; then
            best="$home"
            best_v="$v"
        fi
    done
    [ -n "$best" ] || return 1
    echo "$best"
}

warta_no_jdk() {
    # Says on stderr that there is no JDK 21+ and how to get one; $1 is the command to run again.
    cat >&2 <<MSG
$(basename "$1"): no JDK 21 or newer found. Warta needs Java 21+.
  Install one (for example Temurin 21 from https://adoptium.net, or your system's openjdk-21-jdk package)
  and run $1 again, or point JAVA_HOME at it: JAVA_HOME=/path/to/jdk-21 $1 ...
MSG
}
