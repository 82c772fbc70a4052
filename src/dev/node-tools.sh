# Sourced (bash) by the scripts that run the pinned Node tools of .lint/package.json: the contract
# lint, the TypeScript client's build, the Kubernetes schema validation. After it, `node` and
# `npm` are on PATH and .lint/node_modules holds the tools.
#
# Node.js 20+ from the machine when it has one; otherwise the build fetches Node and npm once from
# the npm registry (the packages node-<os>-<arch> and npm, versions and SHA-512 pinned below) into
# .lint/runtime, as it fetches PostgreSQL from Maven Central: a newcomer needs only a JDK.
NODE_TOOLS_NODE_VERSION=20.20.2
NODE_TOOLS_NPM_VERSION=10.8.2
NODE_TOOLS_REGISTRY="${npm_config_registry:-https://registry.npmjs.org}"
NODE_TOOLS_REGISTRY="${NODE_TOOLS_REGISTRY%/}"

node_tools_major() {
    "$1" --version 2>/dev/null | sed -nE 's/^v([0-9]+)\..*/\1/p'
}

node_tools_fetch() { # package version sha512 directory
    local tgz
    tgz=$(mktemp)
    curl -fsSL --retry 3 -o "$tgz" "$NODE_TOOLS_REGISTRY/$1/-/$1-$2.tgz" \
        || { echo "cannot fetch $1@$2 from $NODE_TOOLS_REGISTRY: install Node.js 20+" >&2; rm -f "$tgz"; return 1; }
    if [ "$(openssl dgst -sha512 -binary "$tgz" | openssl base64 -A)" != "$3" ]; then
        echo "$1@$2 from $NODE_TOOLS_REGISTRY does not match its pinned SHA-512" >&2
        rm -f "$tgz"
        return 1
    fi
    mkdir -p "$4"
    tar -xzf "$tgz" -C "$4" --strip-components=1
    rm -f "$tgz"
}

node_tools_runtime() {
    local runtime=.lint/runtime platform sha
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
        && [ "$(node_tools_major node)" -ge 20 ] 2>/dev/null; then
        return 0
    fi
    if [ ! -x "$runtime/node/bin/node" ] || [ ! -f "$runtime/npm/bin/npm-cli.js" ]; then
        case "$(uname -s)-$(uname -m)" in
            Linux-x86_64) platform=linux-x64
                sha='sha512-PeHQM8wAdmHtZA1mBocygZxs5LiUWtsJezQTkBd0iY987KpGrD1O2tVEydvMZiuXceRanxt7rjTnDEBwOPujoQ==' ;;
            Linux-aarch64) platform=linux-arm64
                sha='sha512-LCXJnNTFiyGuYBw2gZSI5OBFMbkjAPt8sqD/NKrWoE2QmDgSubTqFng6GaNJ9EJ8HpxBMGcWWpbbcs4Vo+CnGg==' ;;
            Darwin-x86_64) platform=darwin-x64
                sha='sha512-uMVQFOdSjr/iYrfksIp5p4795m7FTAWVGaoMQGsYaSW9XMsUsqfd+yJU8KdOLd7UUuBlUX2sTdHVV5LNmmS7mw==' ;;
            *) echo "no Node.js 20+ here and none on the npm registry for $(uname -s)-$(uname -m): install Node.js 20+" >&2
               return 1 ;;
        esac
        echo "no Node.js 20+ on PATH: fetching node-$platform@$NODE_TOOLS_NODE_VERSION and npm@$NODE_TOOLS_NPM_VERSION into $runtime" >&2
        rm -rf "$runtime"
        node_tools_fetch "node-$platform" "$NODE_TOOLS_NODE_VERSION" "${sha#sha512-}" "$runtime/node" || return 1
        node_tools_fetch npm "$NODE_TOOLS_NPM_VERSION" \
            'x/AIjFIKRllrhcb48dqUNAAZl0ig9+qMuN91RpZo3Cb2+zuibfh+KISl6+kVVyktDz230JKc208UkQwwMqyB+w==' "$runtime/npm" || return 1
        mkdir -p "$runtime/bin"
        ln -sf ../node/bin/node "$runtime/bin/node"
        printf '#!/bin/sh\nexec "$(dirname "$0")/node" "$(dirname "$0")/../npm/bin/npm-cli.js" "$@"\n' > "$runtime/bin/npm"
        chmod +x "$runtime/bin/npm"
    fi
    PATH="$PWD/$runtime/bin:$PATH"
    export PATH
}

# The tools themselves, installed from .lint/package-lock.json when any is missing.
node_tools() {
    node_tools_runtime || return 1
    if [ ! -x .lint/node_modules/.bin/spectral ] || [ ! -x .lint/node_modules/.bin/redocly ] \
        || [ ! -x .lint/node_modules/.bin/tsc ] || [ ! -d .lint/node_modules/kubernetes-models ] \
        || [ ! -d .lint/node_modules/@kubernetes-models/prometheus-operator ]; then
        npm ci --prefix .lint --no-audit --no-fund --loglevel=error >/dev/null
    fi
}
