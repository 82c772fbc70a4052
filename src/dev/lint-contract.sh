#!/usr/bin/env bash
# Lints openapi/openapi.yaml with Spectral (.spectral.yaml: spectral:oas plus the project's rules)
# and Redocly (redocly.yaml: recommended). Zero errors and zero warnings, or it fails.
# Installs the pinned linters (.lint/package.json, .lint/package-lock.json) into .lint/node_modules
# on first use (src/dev/node-tools.sh: Node 20+ from the machine, else fetched; the npm registry). Run by ContractLintTest in `./mvnw verify`.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/dev/node-tools.sh
node_tools
echo "spectral $(.lint/node_modules/.bin/spectral --version)"
.lint/node_modules/.bin/spectral lint openapi/openapi.yaml --ruleset .spectral.yaml --fail-severity=hint -f text
redocly_out=$(REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true .lint/node_modules/.bin/redocly lint openapi/openapi.yaml \
    --config redocly.yaml --format=stylish 2>&1) || { echo "$redocly_out"; exit 1; }
echo "$redocly_out" | grep -E "^\s+[0-9]+:[0-9]+ |valid|problem|warning" || true
if echo "$redocly_out" | grep -qE "^\s+[0-9]+:[0-9]+ +(error|warning)"; then
    echo "redocly: findings above" >&2
    exit 1
fi
echo "contract lint: 0 errors, 0 warnings"
