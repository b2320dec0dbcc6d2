#!/usr/bin/env bash
# Lays out the files an image of ours adds to its empty (scratch) base, in the directory given: a jlink runtime of
# the JDK that runs the build under /opt/java, the shared libraries it links against copied from this system, the
# health-check probe under /opt/probe, a non-root user and a /tmp. Run by the Maven profile "images" (deploy/README.md).
set -euo pipefail
out=$1
here=$(cd "$(dirname "$0")" && pwd)
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,\
java.xml.crypto,jdk.charsets,jdk.crypto.cryptoki,jdk.httpserver,jdk.jfr,jdk.management,jdk.naming.dns,jdk.net,\
jdk.security.auth,jdk.security.jgss,jdk.unsupported,jdk.zipfs

rm -rf "$out"
mkdir -p "$out/opt" "$out/tmp" "$out/etc"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
  --output "$out/opt/java"
"$jdk/bin/javac" --release 21 -d "$out/opt/probe" "$here/Probe.java"

# the system libraries the runtime needs (not those of the runtime itself), and the loader
{
  for file in "$out/opt/java/bin/java" $(find "$out/opt/java/lib" -name '*.so'); do
    ldd "$file" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'
  done
  # loaded at run time rather than linked: thread unwinding
  ldconfig -p | awk '/libgcc_s\.so\.1 .*x86-64/ {print $NF; exit}'
} | grep -v "^$out" | sort -u | while read -r lib; do
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done

echo "root:x:0:0:root:/root:/sbin/nologin
nonroot:x:65532:65532:nonroot:/tmp:/sbin/nologin" > "$out/etc/passwd"
echo "root:x:0:
nonroot:x:65532:" > "$out/etc/group"
