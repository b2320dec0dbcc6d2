#!/bin/sh
# Offline FHIR R4 validation of every bundle (HAPI FHIR 8.4 instance validator; classpath from validator/cp.txt).
# Usage: sh gen/validate.sh [cases dir] [-w]
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${1:-$HERE/../cases}
exec java -cp "$HERE/validator/target/classes:$(cat "$HERE/validator/cp.txt")" Validate "$DIR" $2
