#!/usr/bin/env bash
# Opens the commissions' console locally with a real sign-in, as in production: Keycloak (the
# distribution the build unpacks for the browser test) with the tests' realm, and the packaged
# service with the console's sign-in on, against the local PostgreSQL (schema healthsec_console).
# Then browse http://localhost:8080/console and sign in, for instance, as
#   hc-360402 / hc-360402-password        (a county commission, 浔阳区… HC-360402)
#   hc-360000 / hc-360000-password        (the provincial commission of 江西)
#   officer-360402 / officer-360402-password  (an institution's officer: /console/mine)
# Test data: src/dev/dev-token.sh makes API tokens the service does not trust here; use the realm's
# clients instead (src/test/resources/keycloak/healthsec-realm.json; e.g. his-hospital-b with the
# client-credentials grant). Ctrl-C stops both. Development only: the secrets below are not secret.
#   src/dev/console.sh            (builds what is missing first: ./mvnw package, Keycloak's unpacking)
set -euo pipefail
cd "$(dirname "$0")/../.."
kc_port="${KC_PORT:-8180}"
port="${PORT:-8080}"
home=target/keycloak/keycloak-26.5.0
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
[ -d "$home" ] || ./mvnw -B -q dependency:unpack@unpack-keycloak
mkdir -p "$home/data/import"
cp src/test/resources/keycloak/healthsec-realm.json "$home/data/import/"
rm -rf "$home/data/h2"   # a fresh realm each time, as the browser test starts it
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
(cd "$home" && JAVA_HOME="$java_home" JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED" \
    bash bin/kc.sh start-dev --http-host=127.0.0.1 --http-port="$kc_port" --import-realm > /tmp/console-keycloak.log 2>&1) &
keycloak=$!
service=
trap 'kill $keycloak $service 2>/dev/null || true' EXIT INT TERM
issuer="http://localhost:$kc_port/realms/healthsec"
echo "starting Keycloak at $issuer (log: /tmp/console-keycloak.log)…"
until curl -sf "$issuer/.well-known/openid-configuration" >/dev/null; do
    kill -0 $keycloak 2>/dev/null || { echo "Keycloak stopped: see /tmp/console-keycloak.log" >&2; exit 1; }
    sleep 1
done
QUARKUS_DATASOURCE_JDBC_URL="${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/test}" \
QUARKUS_DATASOURCE_USERNAME="${QUARKUS_DATASOURCE_USERNAME:-postgres}" HEALTHSEC_DB_SCHEMA=healthsec_console \
QUARKUS_OIDC_AUTH_SERVER_URL="$issuer" QUARKUS_HTTP_PORT="$port" \
HEALTHSEC_CONSOLE_SIGN_IN=true HEALTHSEC_CONSOLE_STATE_SECRET=dev-only-state-secret-0123456789abcdef \
HEALTHSEC_CONSOLE_SESSION_SECRET=dev-only-session-secret-0123456789abcdef QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    "$java_home/bin/java" -jar target/quarkus-app/quarkus-run.jar &
service=$!
until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 1; done
echo "the console: http://localhost:$port/console (sign in as hc-360402 / hc-360402-password)"
wait $service
