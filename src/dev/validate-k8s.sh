#!/usr/bin/env bash
# Validates rendered manifests (a JSON array file) against the Kubernetes schemas (kubernetes-models,
# pinned in .lint/package.json); installs the pinned Node tools on first use. Run by HelmChartTest.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/dev/node-tools.sh
node_tools
node src/dev/validate-k8s.mjs "$1"
