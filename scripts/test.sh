#!/usr/bin/env bash
# README command 2: runs every test of the solution against real PostgreSQL.
#
#   scripts/test.sh [extra dotnet test arguments, e.g. --filter ...]
#
# The API tests' fixture picks its database itself: Testcontainers when a Docker engine answers, else
# $TIMELINE_TEST_CONNECTION, else a throwaway cluster started from the PostgreSQL binaries. This script
# makes sure those binaries exist (installing them with apt-get when root), then runs dotnet test.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT

log() { printf '[test] %s\n' "$*" >&2; }
die() { printf '[test] error: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null 2>&1 ||
  die "the .NET SDK is missing ('dotnet' not on PATH); install .NET SDK 10 from https://dot.net and retry."
sdk_version=$(dotnet --version 2>/dev/null) || die "'dotnet --version' failed; is a .NET 10 SDK installed?"
[[ "${sdk_version%%.*}" -ge 10 ]] || die "found .NET SDK $sdk_version; this project needs .NET SDK 10 or newer."

docker_answers() { command -v docker >/dev/null 2>&1 && timeout 10 docker info >/dev/null 2>&1; }

# The database fault tests stop and freeze a cluster of their own, started from the PostgreSQL binaries whatever
# database the other tests use.
"$REPO_ROOT/scripts/postgres.sh" install

# Same order as the fixture (tests/Timeline.Api.Tests/Infrastructure/TestDatabase.cs).
if docker_answers; then
  log "a Docker engine answers: tests use a Testcontainers PostgreSQL"
elif [[ -n "${TIMELINE_TEST_CONNECTION:-}" ]]; then
  log "tests use the database in TIMELINE_TEST_CONNECTION"
else
  log "no Docker engine: tests start a throwaway PostgreSQL cluster from the local binaries"
  # Put the server binaries on PATH too, for a fixture that looks there.
  PATH="$("$REPO_ROOT/scripts/postgres.sh" bindir):$PATH"
fi
export PATH DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Browser tests and the OpenAPI/TypeScript checks need Chromium and the Node tools of clients/typescript.
"$REPO_ROOT/scripts/web-tools.sh" install

cd "$REPO_ROOT"
log "dotnet test Timeline.sln -c Release $*"
output=$(mktemp)
trap 'rm -f "$output"' EXIT
set +e
dotnet test Timeline.sln -c Release "$@" 2>&1 | tee "$output"
code=${PIPESTATUS[0]}
set -e

# The per-project result lines end up scattered between failure details; repeat them together.
echo
echo "Summary:"
grep -E '^(Passed|Failed)!' "$output" | sed 's/^/  /' || echo "  (no test results; see the build output above)"
# One plain closing line over all projects, the form CI tools read in any language.
grep -E '^\s*(Passed|Failed)!' "$output" | awk -F'[:,]' '
  { for (i = 1; i < NF; i++) { if ($i ~ /Passed$/) passed += $(i + 1); if ($i ~ /Failed$/) failed += $(i + 1) } }
  END { printf "%d passed, %d failed\n", passed, failed }'
if [[ $code -eq 0 ]]; then
  log "all tests passed"
else
  log "tests FAILED (dotnet test exit code $code)"
fi
exit "$code"
