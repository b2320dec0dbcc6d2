#!/usr/bin/env bash
# Validate every bundle in ../cases against the FHIR R4 core profiles (HAPI FHIR, offline).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cd "$HERE/validator"
if [ ! -f cp.txt ] || [ ! -d target/classes ]; then
  mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null
fi
java -cp "target/classes:$(cat cp.txt)" v.Validate "$HERE"/../cases/*.json 2> /tmp/blind33-validator.log
