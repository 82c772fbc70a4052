#!/usr/bin/env bash
# Builds the TypeScript client (typescript-fetch) that `./mvnw test-compile` generated from
# openapi/openapi.yaml into target/generated-sdk/typescript, with tsc --strict (TypeScript pinned in
# .lint/package.json). Run by TypeScriptSdkTest in `./mvnw verify`.
set -euo pipefail
cd "$(dirname "$0")/../.."
sdk=target/generated-sdk/typescript
[ -d "$sdk/src" ] || { echo "no generated TypeScript SDK in $sdk: run ./mvnw test-compile" >&2; exit 1; }
source src/dev/node-tools.sh
node_tools
.lint/node_modules/.bin/tsc --version
.lint/node_modules/.bin/tsc -p "$sdk/tsconfig.json" --strict --noEmitOnError --outDir "$sdk/dist" --lib es2020,dom
echo "typescript sdk: $(find "$sdk/dist" -name '*.js' | wc -l) modules built with --strict"
