# Sourced by ./mvnw and .ci/run (POSIX sh): makes JAVA_HOME a JDK 21 or newer. Keeps JAVA_HOME (or the `java` on
# the PATH) when it is one; otherwise picks the newest JDK 21+ installed in the usual places and says so on stderr;
# otherwise stops with one line saying what to do.

second_opinion_jdk_major() {
  # $1: a JDK home. Reads its release file; asks the JVM only when there is none.
  if [ -r "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
  fi
}

second_opinion_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(second_opinion_jdk_major "$JAVA_HOME")
    [ "${major:-0}" -ge 21 ] 2>/dev/null && return 0
    found="JAVA_HOME=$JAVA_HOME is JDK ${major:-of unknown version}"
  elif command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)" 2>/dev/null || command -v javac)")")
    major=$(second_opinion_jdk_major "$home")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
      JAVA_HOME=$home
      export JAVA_HOME
      return 0
    fi
    found="the default java is JDK ${major:-of unknown version}"
  else
    found="no JDK on the PATH"
  fi
  best=""
  best_major=0
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$home/bin/javac" ] || continue
    major=$(second_opinion_jdk_major "$home")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best=$home
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "Second Opinion needs a JDK 21 or newer and found none ($found; looked in /usr/lib/jvm and the usual places): install one (e.g. Temurin 21) or set JAVA_HOME to it." >&2
    exit 1
  fi
  echo "Using JDK $best_major at $best ($found)" >&2
  JAVA_HOME=$best
  PATH="$JAVA_HOME/bin:$PATH"
  export JAVA_HOME PATH
}

second_opinion_pick_jdk
