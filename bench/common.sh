# Shared by the bench scripts (sourced, not run): messages, and finding a JDK 21 or newer.

JAVA_MIN=21

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

java_major() {  # java_major JAVA_BINARY: prints the feature version (17, 21, 25, ...)
  local v
  v="$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)"
  [[ -n "$v" ]] || return 1
  [[ "$v" == 1.* ]] && v="${v#1.}"
  printf '%s' "${v%%[.+-]*}"
}

find_java() {  # JAVA_HOME when it is 21 or newer, else the newest JDK under /usr/lib/jvm
  local best="" best_v=0 home v
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    v="$(java_major "$JAVA_HOME/bin/java" || echo 0)"
    if ((v >= JAVA_MIN)); then best="$JAVA_HOME" best_v=$v; fi
  fi
  if [[ -z "$best" ]]; then
    for home in /usr/lib/jvm/*/; do
      home="${home%/}"
      [[ -x "$home/bin/java" && ! -L "$home" ]] || continue
      v="$(java_major "$home/bin/java" || echo 0)"
      if ((v >= JAVA_MIN && v > best_v)); then best="$home" best_v=$v; fi
    done
  fi
  [[ -n "$best" ]] || die "no JDK $JAVA_MIN or newer found (JAVA_HOME=${JAVA_HOME:-unset}; looked in /usr/lib/jvm)."
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# build_if_stale MODULE JAR SOURCES...: packages MODULE (and what it needs) when JAR is missing or older than a source.
build_if_stale() {
  local module="$1" jar="$2"
  shift 2
  if [[ -f "$jar" && -z "$(find "$@" -newer "$jar" -type f -print -quit 2>/dev/null)" ]]; then
    return 0
  fi
  say "building $module (mvnw -pl $module -am package -DskipTests)"
  (cd "$ROOT" && MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}" ./mvnw -q -B -pl "$module" -am package -DskipTests) \
    || die "the build failed; run ./mvnw -B -pl $module -am package -DskipTests in $ROOT to see why."
}
