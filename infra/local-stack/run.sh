#!/usr/bin/env bash
# Builds the project and starts the whole local stack in one JVM: a Kafka 4 broker (KRaft), the MongoDB wire
# server (data in ./data), the authorization server and the four services.
#   infra/local-stack/run.sh           keep running for use with curl (Ctrl-C stops)
#   infra/local-stack/run.sh --demo    play the scripted flow as the demo personas, print the timeline, stop
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "Building (the first run also downloads Maven and the dependencies)..."
./mvnw -q -B -ntp -DskipTests -pl infra/local-stack -am package
exec java -jar infra/local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar "$@"
