"""Registers the benchmark's institutions and writes one bearer token each (src/bench/lib.sh).

    python3 src/bench/institutions.py PORT COUNT TOKENS_FILE DIVISION...

COUNT institutions, spread over the counties DIVISION... in turn, each processing important data and
supervised by its county. USCC: "12" + division + "MB" + a serial + the GB 32100 check character
(identifier/Uscc), listed in TOKENS_FILE.uscc in the tokens' order. Tokens are signed with the committed development key, like src/dev/dev-token.sh
(with the `cryptography` package where Python has it, else with openssl), and registered over four
keep-alive connections.
"""
import base64
import concurrent.futures
import http.client
import json
import subprocess
import sys
import time

port, count, tokens_file, divisions = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4:]
KEY = "src/test/resources/dev-keys/private.pem"
CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(n, division):
    first = "12" + division + "MB" + str(n).zfill(7)
    c = 31 - sum(CHARSET.index(ch) * w for ch, w in zip(first, WEIGHTS)) % 31
    return first + CHARSET[0 if c == 31 else c]


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


try:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    with open(KEY, "rb") as f:
        private_key = serialization.load_pem_private_key(f.read(), password=None)

    def sign(data):
        return private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())
except ImportError:
    def sign(data):
        return subprocess.run(["openssl", "dgst", "-sha256", "-sign", KEY, "-binary"], input=data, check=True,
                              capture_output=True).stdout


def token(role, claims):
    now = int(time.time())
    payload = {"iss": "https://dev.healthsec.local/issuer", "sub": f"bench-{role}-{claims.get('uscc', '')}", "groups": [role],
               "iat": now, "exp": now + 8 * 3600, **claims}
    signing_input = (b64url(json.dumps({"alg": "RS256", "typ": "JWT"}).encode()) + "."
                     + b64url(json.dumps(payload).encode())).encode()
    return signing_input.decode() + "." + b64url(sign(signing_input))


admin = token("admin", {})
institutions = [(uscc(n, divisions[n % len(divisions)]), divisions[n % len(divisions)]) for n in range(count)]


def register(chunk):
    conn = http.client.HTTPConnection("127.0.0.1", port)
    for code, division in chunk:
        body = json.dumps({"name": "压测医院", "divisionCode": division, "criticalInformationInfrastructure": False,
                           "centralOrganAffiliate": False, "processesImportantData": True, "processesCoreData": False})
        conn.request("PUT", f"/api/v1/institutions/{code}", body=body.encode(),
                     headers={"Authorization": "Bearer " + admin, "Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        while response.status == 429:  # the admin token's production rate limit
            time.sleep(float(response.getheader("Retry-After", "1")))
            conn.request("PUT", f"/api/v1/institutions/{code}", body=body.encode(),
                         headers={"Authorization": "Bearer " + admin, "Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
        if response.status not in (200, 201):
            raise SystemExit(f"registering {code}: HTTP {response.status}")


with concurrent.futures.ThreadPoolExecutor(4) as pool:
    list(pool.map(register, [institutions[i::4] for i in range(4)]))
with open(tokens_file, "w") as f:
    for code, _ in institutions:
        f.write(token("institution", {"uscc": code}) + "\n")
with open(tokens_file + ".uscc", "w") as f:
    for code, _ in institutions:
        f.write(code + "\n")
