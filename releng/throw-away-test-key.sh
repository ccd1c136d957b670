#!/usr/bin/env bash
# Makes the throw-away key a build signs with when it is not given the office's key: a fresh
# self-signed key per clone, so a test build can never pass for a release. Usage: KEYSTORE ALIAS PASSWORD
set -euo pipefail
keystore=$1 alias=$2 password=$3
[ -f "$keystore" ] && exit 0
mkdir -p "$(dirname "$keystore")"
keytool -genkeypair -keystore "$keystore" -storetype PKCS12 -storepass "$password" -alias "$alias" \
  -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA -validity 3650 \
  -dname "CN=Madoguchi throw-away test key, O=Madoguchi test build" >/dev/null 2>&1
chmod 600 "$keystore"
