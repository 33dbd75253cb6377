# Sourced by ./accord and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Order: $JAVA_HOME, the `java` on PATH, then the newest JDK found in the usual install folders.

accord_java_major() {
  # Prints the major version of the java binary given, or nothing when it does not run.
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

accord_select_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(accord_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then best="$JAVA_HOME"; best_major=$major; fi
  fi
  if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(accord_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] && [ -x "$candidate/bin/javac" ]; then best="$candidate"; best_major=$major; fi
  fi
  if [ -z "$best" ]; then
    for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
                     /Library/Java/JavaVirtualMachines/*/Contents/Home; do
      [ -x "$candidate/bin/javac" ] || continue
      major=$(accord_java_major "$candidate/bin/java")
      if [ "${major:-0}" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
    done
  fi
  if [ -z "$best" ] || [ "$best_major" -lt 21 ]; then
    echo "accord: a JDK 21 or newer is needed; none was found." >&2
    echo "  hint: install one (for example the openjdk-21-jdk package) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven's own libraries still use sun.misc.Unsafe; JDK 24+ warns about it on every build.
  if [ "$best_major" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}
