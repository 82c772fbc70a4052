#!/usr/bin/env bash
# Prints a development access token that `./mvnw quarkus:dev` (and the tests) accept.
# Signed with the committed development key (src/test/resources/dev-keys): never trusted in production.
#
#   src/dev/dev-token.sh admin
#   src/dev/dev-token.sh institution 91350100M000100Y43
#   src/dev/dev-token.sh authority HC-110105
#   src/dev/dev-token.sh delegate his-vendor-acme 91350100M000100Y43   (a delegate's client id and the institution it acts for)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
key="$here/../test/resources/dev-keys/private.pem"
role="${1:-}"
value="${2:-}"
case "$role" in
    admin) claim='' ;;
    institution) [ -n "$value" ] || { echo "usage: $0 institution <USCC>" >&2; exit 2; }; claim=",\"uscc\":\"$value\"" ;;
    authority) [ -n "$value" ] || { echo "usage: $0 authority <authority id, e.g. HC-110105>" >&2; exit 2; }; claim=",\"authority_id\":\"$value\"" ;;
    delegate) [ -n "$value" ] || { echo "usage: $0 delegate <client id> [USCC]" >&2; exit 2; }
              claim=",\"azp\":\"$value\"${3:+,\"uscc\":\"$3\"}" ;;
    *) echo "usage: $0 admin | institution <USCC> | authority <authority id> | delegate <client id> [USCC]" >&2; exit 2 ;;
esac
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
payload="{\"iss\":\"https://dev.healthsec.local/issuer\",\"sub\":\"dev-$role\",\"groups\":[\"$role\"],\"iat\":$now,\"exp\":$((now + 8 * 3600))$claim}"
signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" -binary | b64url)"
printf '%s.%s\n' "$signing_input" "$signature"
