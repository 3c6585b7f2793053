#!/usr/bin/env bash
# City scale: loads three years of a city's history — CASES cases (default 2,000,000) with their timelines, 500,000
# 12345 orders, 600,000 ratings — and 20,000 catalogue items, then measures p50/p95 of the pages people use daily.
# Usage: bench/scale.sh   (build first: mvn -q package -DskipTests). Takes a few minutes; loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
t0=$(date +%s)
start_platform target/bench-scale target/bench-scale.log --onewindow.generate.cases=${CASES:-2000000} \
  --onewindow.generate.hotline-orders=${ORDERS:-500000} --onewindow.generate.ratings=${RATINGS:-600000} \
  --onewindow.generate.catalog-items=${ITEMS:-20000}
echo "loaded and ready in $(( $(date +%s) - t0 )) s:"
grep -oE "(Generated [0-9]+ historical cases.*|Published [0-9]* synthetic catalogue items in [0-9]* ms)" target/bench-scale.log
pg=$(grep -oE "Embedded PostgreSQL started on port [0-9]+" target/bench-scale.log | grep -oE "[0-9]+$")
sql() { psql -h localhost -p "$pg" -U postgres -d postgres -Atc "$1"; }
sql "select 'rows: cases ' || (select count(*) from app.casework_case) || ', case events ' || (select count(*) from app.casework_event)
  || ', 12345 orders ' || (select count(*) from app.hotline_order) || ', ratings ' || (select count(*) from app.evaluation_rating)"
sql "analyze" > /dev/null
read -r number tail < <(sql "select number, applicant_tail from app.casework_case where number like 'H%' order by number desc limit 1" | tr '|' ' ')
java bench/ScaleProbe.java "http://localhost:$port" "$number" "$tail"
