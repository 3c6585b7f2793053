#!/usr/bin/env bash
# 数据密钥轮换 / Rotate the data key: re-seals every protected identifier (ID numbers, phones, callers' names, seal
# keys …) under a new key. Resumable: run it again after an interruption. See docs/operations.md "密钥轮换".
#
# Usage: ONEWINDOW_SECURITY_PREVIOUS_DATA_KEY=<old> ONEWINDOW_SECURITY_DATA_KEY=<new> \
#        SPRING_DATASOURCE_URL=… SPRING_DATASOURCE_USERNAME=… SPRING_DATASOURCE_PASSWORD=… bin/rotate-data-key.sh [onewindow.jar]
# A new key: head -c 32 /dev/urandom | base64
# Writes the settings to keep to $ONEWINDOW_DATA_DIR/keys/rotated.env (mode 600), or to ROTATION_OUTPUT.
set -euo pipefail
jar=${1:-target/onewindow.jar}
: "${ONEWINDOW_SECURITY_PREVIOUS_DATA_KEY:?请设置 ONEWINDOW_SECURITY_PREVIOUS_DATA_KEY（当前使用的旧密钥）}"
: "${ONEWINDOW_SECURITY_DATA_KEY:?请设置 ONEWINDOW_SECURITY_DATA_KEY（新密钥：head -c 32 /dev/urandom | base64）}"
[ "$ONEWINDOW_SECURITY_PREVIOUS_DATA_KEY" != "$ONEWINDOW_SECURITY_DATA_KEY" ] || { echo "新旧密钥相同" >&2; exit 1; }
args=(--server.port=0 --onewindow.security.rotate-data-key=true --onewindow.notification.relay.enabled=false)
[ -n "${ROTATION_OUTPUT:-}" ] && args+=(--onewindow.security.rotation-output="$ROTATION_OUTPUT")
exec java -jar "$jar" "${args[@]}"
