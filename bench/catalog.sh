#!/usr/bin/env bash
# Web-stack benchmark: publishes 2,000 items, then measures, as ratios to a trivial endpoint of the same application
# (same run, alternating rounds), the throughput of a guide page and of the licence verification API (POST
# /api/v1/licenses/verify, a demo licence's token); the guide page's p50/p99 at 64 connections; and the latency of
# Chinese searches. Usage: bench/catalog.sh   (build first: mvn -q package -DskipTests). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
start_platform target/bench-catalog target/bench-catalog.log --onewindow.generate.catalog-items=${ITEMS:-2000}
grep -o "Published [0-9]* synthetic catalogue items in [0-9]* ms" target/bench-catalog.log || true
code=$(curl -fs "http://localhost:$port/api/v1/catalog/items?q=%E9%A3%9F%E5%93%81%E7%BB%8F%E8%90%A5%E8%AE%B8%E5%8F%AF&size=1" \
  | sed -E 's/.*"code":"([^"]+)".*/\1/')
echo "guide page: /services/$code"
pg=$(grep -oE "Embedded PostgreSQL started on port [0-9]+" target/bench-catalog.log | grep -oE "[0-9]+$")
# a demo licence's token, assembled as LicenseTokens.token does: prefix.payload.signature.keyId (base64url)
psql -h localhost -p "$pg" -U postgres -d postgres -Atc \
  "select payload, signature, key_id from app.license_license where status = 'VALID' limit 1" -F $'\t' \
  | python3 -c '
import sys, base64, json
payload, signature, key = sys.stdin.read().rstrip("\n").split("\t")
u = lambda b: base64.urlsafe_b64encode(b).decode().rstrip("=")
print(json.dumps({"token": ".".join(["'"$(grep -oE 'PREFIX = "[^"]+"' src/main/java/io/onewindow/license/internal/LicenseTokens.java | cut -d'"' -f2)"'", u(payload.encode()), u(base64.b64decode(signature)), key])}))' \
  > target/bench-verify.json
curl -fs -H 'Content-Type: application/json' -d @target/bench-verify.json "http://localhost:$port/api/v1/licenses/verify" \
  | grep -q '"status":"VALID"' || { echo "the demo licence does not verify"; exit 1; }
java bench/LoadDriver.java "http://localhost:$port" "guide=/services/$code" "verify=/api/v1/licenses/verify@target/bench-verify.json"
