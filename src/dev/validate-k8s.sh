#!/usr/bin/env bash
# Validates rendered manifests (a JSON array file) against the Kubernetes schemas (kubernetes-models,
# pinned in .lint/package.json); installs the pinned Node tools on first use. Run by HelmChartTest.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -d .lint/node_modules/kubernetes-models ] || [ ! -d .lint/node_modules/@kubernetes-models/prometheus-operator ]; then
    npm ci --prefix .lint --no-audit --no-fund --loglevel=error >/dev/null
fi
node src/dev/validate-k8s.mjs "$1"
