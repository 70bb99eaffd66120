#!/usr/bin/env bash
# Verifies one packet the exchange hub accepted, and the hub's receipt for it, twice over: with the GovShare
# auditor CLI, and with nothing but OpenSSL 3 as standards/exchange/SPEC.md §5 describes.
#
#   verify.sh <base-url> [packet-id] [--packet <file>] [--at <instant>]
#
#   base-url     the hub, e.g. http://localhost:9080
#   packet-id    the accepted packet to check; default: the one accepted last (from the audit trail)
#   --packet     check this local copy (one a department kept, say) instead of the hub's stored file,
#                still against the hub's receipt for packet-id
#   --at         the instant certificates must have been valid and unrevoked at; default: the receipt's
#                receivedAt, so a certificate revoked after the hub accepted the packet does not make it forged
#
# Environment: GOVSHARE_AUDITOR_USER / GOVSHARE_AUDITOR_PASSWORD (default: the demo auditor),
# GOVSHARE_CLI_JAR (default: ../../sdk-cli/target/govshare-sdk-security-<version>-cli.jar next to this
# script), GOVSHARE_WORK_DIR (default: a new temporary folder; the downloaded files stay there for inspection).
# Needs bash, curl, unzip, openssl 3, python3 (for JSON), GNU date and java 17.
#
# Exit status: 0 when every check passed; 1 when one failed (each failure printed); 2 for a usage mistake or
# a file that could not be fetched.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[[ $# -ge 1 ]] || usage
base="${1%/}"; shift
packet_id=""; local_packet=""; at=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --packet) [[ $# -ge 2 ]] || usage; local_packet="$2"; shift 2 ;;
    --at) [[ $# -ge 2 ]] || usage; at="$2"; shift 2 ;;
    -*) usage ;;
    *) [[ -z "$packet_id" ]] || usage; packet_id="$1"; shift ;;
  esac
done
[[ -z "$local_packet" || -f "$local_packet" ]] || { echo "no file $local_packet" >&2; exit 2; }
for tool in curl unzip openssl python3 java; do
  command -v "$tool" >/dev/null || { echo "verify.sh needs $tool on the PATH" >&2; exit 2; }
done

user="${GOVSHARE_AUDITOR_USER:-auditor}"
password="${GOVSHARE_AUDITOR_PASSWORD:-auditor123}"
cli="${GOVSHARE_CLI_JAR:-$(ls "$here"/../../sdk-cli/target/govshare-sdk-security-*-cli.jar 2>/dev/null | head -1)}"
[[ -n "$cli" && -f "$cli" ]] || { echo "auditor CLI jar not found; build it (mvn -pl sdk-cli -am package) or set GOVSHARE_CLI_JAR" >&2; exit 2; }
work="${GOVSHARE_WORK_DIR:-$(mktemp -d -t govshare-audit.XXXXXX)}"
mkdir -p "$work"

json() { # json <file> <python expression on d>: prints the value
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); print(eval(sys.argv[2]))' "$1" "$2"
}
fetch() { # fetch <path> <file> [token]: GET below the base URL, fails with the hub's answer
  local status
  status=$(curl -sS -o "$2" -w '%{http_code}' ${3:+-H "Authorization: Bearer $3"} "$base$1") || { echo "GET $1 failed" >&2; exit 2; }
  [[ "$status" == 200 ]] || { echo "GET $1 answered $status: $(head -c 300 "$2")" >&2; exit 2; }
}

failures=0
check() { # check <description> <command...>: runs it, prints PASS or FAIL with its output
  local output
  if output=$("${@:2}" 2>&1); then
    echo "PASS  $1"
  else
    echo "FAIL  $1"; [[ -n "$output" ]] && sed 's/^/      /' <<<"$output"
    failures=$((failures + 1))
  fi
}

# --- fetch: a token, the packet, its receipt, and what the hub publishes for verifying them
printf '{"username":"%s","password":"%s"}' "$user" "$password" > "$work/login.json"
status=$(curl -sS -o "$work/token.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary @"$work/login.json" "$base/api/v1/auth/token") || { echo "cannot reach $base" >&2; exit 2; }
rm -f "$work/login.json"
[[ "$status" == 200 ]] || { echo "sign-in as $user answered $status" >&2; exit 2; }
token=$(json "$work/token.json" 'd["access_token"]')
rm -f "$work/token.json" # a credential: it does not stay with the evidence

if [[ -z "$packet_id" ]]; then
  fetch "/api/v1/audit/events?action=exchange.packet.accept&size=1" "$work/events.json" "$token"
  packet_id=$(json "$work/events.json" 'd["items"][0]["targetId"] if d["items"] else ""')
  [[ -n "$packet_id" ]] || { echo "the hub has accepted no packet yet" >&2; exit 2; }
fi
if [[ -n "$local_packet" ]]; then
  cp "$local_packet" "$work/packet.gspkt"
else
  fetch "/api/v1/exchange/packets/$packet_id" "$work/packet.gspkt" "$token"
fi
fetch "/api/v1/exchange/packets/$packet_id/receipt" "$work/receipt.json" "$token"
for file in ca hub tsa crl; do fetch "/api/v1/exchange/trust/$file.pem" "$work/$file.pem"; done
at="${at:-$(json "$work/receipt.json" 'd["receivedAt"]')}"
at_epoch=$(date -u -d "$at" +%s) || { echo "--at: not an instant: $at" >&2; exit 2; }
echo "packet $packet_id from $base, certificates checked at $at; files in $work"

# --- 1. the GovShare auditor CLI
check "CLI verify-packet: container, signature, signer chain and revocation, digests" \
  java -jar "$cli" verify-packet "$work/packet.gspkt" --ca "$work/ca.pem" --crl "$work/crl.pem" --at "$at"
check "CLI verify-receipt: hub signature, timestamp token, bound to this packet" \
  java -jar "$cli" verify-receipt "$work/receipt.json" --ca "$work/ca.pem" --crl "$work/crl.pem" \
    --hub-cert "$work/hub.pem" --tsa-cert "$work/tsa.pem" --packet "$work/packet.gspkt" --at "$at"

# --- 2. OpenSSL only (SPEC.md §5): unzip, signature, digests, chain and revocation
p="$work/unzipped"; rm -rf "$p"; mkdir -p "$p"
if ! unzip -qq -o "$work/packet.gspkt" -d "$p" 2>"$work/unzip.err"; then
  echo "FAIL  unzip: the packet is not a readable ZIP"; sed 's/^/      /' "$work/unzip.err"
  echo "$((failures + 1)) check(s) failed"; exit 1
fi
for entry in header.json manifest.json manifest.sig signer.pem; do
  [[ -f "$p/$entry" ]] || { echo "FAIL  the packet has no $entry"; echo "$((failures + 1)) check(s) failed"; exit 1; }
done
profile=$(json "$p/header.json" 'd["cryptoProfile"]')
# SM2 signatures use the GM/T 0009 default ID. OpenSSL 3.0 takes it as -sigopt for dgst and -vfyopt for verify;
# it has no such option for CRL signatures, so for SM the CRL's signature is checked as the signature it is
# (crl_signed below) and revocation by looking the serial up in that CRL. INTL needs none of this.
if [[ "$profile" == SM ]]; then
  dgst=(-sm3); sigopt=(-sigopt distid:1234567812345678); chain=(-vfyopt distid:1234567812345678)
else
  dgst=(-sha256); sigopt=(); chain=(-crl_check -CRLfile "$work/crl.pem")
fi
chain+=(-attime "$at_epoch")

openssl x509 -in "$p/signer.pem" -pubkey -noout > "$work/signer-pub.pem"
check "OpenSSL: manifest.sig is the signer's signature over manifest.json ($profile)" \
  openssl dgst "${dgst[@]}" -verify "$work/signer-pub.pem" "${sigopt[@]}" -signature "$p/manifest.sig" "$p/manifest.json"

digests_match() { # every manifest entry's digest equals openssl dgst -r of the file; no entry unlisted
  python3 - "$p" "${dgst[0]}" <<'PY'
import json, os, subprocess, sys
folder, algorithm = sys.argv[1], sys.argv[2]
manifest = json.load(open(os.path.join(folder, "manifest.json"), encoding="utf-8"))
listed = {e["name"]: e for e in manifest["entries"]}
present = {n for n in os.listdir(folder) if n not in ("manifest.json", "manifest.sig")}
bad = [f"{n}: in the ZIP but not in the manifest" for n in sorted(present - listed.keys())]
for name, entry in listed.items():
    path = os.path.join(folder, name)
    if not os.path.isfile(path):
        bad.append(f"{name}: listed but missing"); continue
    out = subprocess.run(["openssl", "dgst", algorithm, "-r", path], capture_output=True, text=True, check=True).stdout
    actual = out.split()[0]
    if actual != entry["digest"] or os.path.getsize(path) != entry["size"]:
        bad.append(f"{name}: openssl says {actual} ({os.path.getsize(path)} bytes), manifest says {entry['digest']} ({entry['size']} bytes)")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
}
check "OpenSSL: openssl dgst ${dgst[0]} -r of every entry equals its manifest digest" digests_match
check "OpenSSL: manifest.json's packetId is $packet_id" \
  test "$(json "$p/manifest.json" 'd["packetId"]')" == "$packet_id"

openssl x509 -in "$work/ca.pem" -pubkey -noout > "$work/ca-pub.pem"
crl_signed() { # the CRL's signature by the CA over its tbsCertList, its issuer, and that it is current
  local lines tbs sig issuer subject next
  lines=$(openssl asn1parse -in "$work/crl.pem") || return 1
  tbs=$(awk '/d=1 / {print $1 + 0; exit}' <<<"$lines")
  sig=$(awk '/d=1 .*BIT STRING/ {offset = $1 + 0} END {print offset}' <<<"$lines")
  openssl asn1parse -in "$work/crl.pem" -strparse "$tbs" -noout -out "$work/crl-tbs.der" || return 1
  openssl asn1parse -in "$work/crl.pem" -strparse "$sig" -noout -out "$work/crl-sig.der" || return 1
  openssl dgst "${dgst[@]}" -verify "$work/ca-pub.pem" "${sigopt[@]}" -signature "$work/crl-sig.der" "$work/crl-tbs.der" || return 1
  issuer=$(openssl crl -in "$work/crl.pem" -noout -issuer); subject=$(openssl x509 -in "$work/ca.pem" -noout -subject)
  [[ "${issuer#issuer=}" == "${subject#subject=}" ]] || { echo "CRL issuer '${issuer#issuer=}' is not the CA '${subject#subject=}'"; return 1; }
  next=$(openssl crl -in "$work/crl.pem" -noout -nextupdate); next="${next#nextUpdate=}"
  [[ $(date -u -d "$next" +%s) -gt $(date -u +%s) ]] || { echo "the CRL expired at $next"; return 1; }
}
check "OpenSSL: the hub's CRL is signed by the hub CA and current" crl_signed
certified() { # certified <cert.pem> [verify options]: chains to the CA, not revoked on the CRL by the --at instant
  local serial revoked
  openssl verify "${chain[@]}" "${@:2}" -CAfile "$work/ca.pem" "$1" || return 1
  serial=$(openssl x509 -in "$1" -noout -serial); serial="${serial#serial=}"
  revoked=$(openssl crl -in "$work/crl.pem" -noout -text | awk -v serial="$serial" '
    toupper($0) ~ ("SERIAL NUMBER: *" toupper(serial) "$") {found = 1; next}
    found && /Revocation Date:/ {sub(/.*Revocation Date: */, ""); print; exit}')
  if [[ -n "$revoked" ]] && [[ $(date -u -d "$revoked" +%s) -le $at_epoch ]]; then
    echo "serial $serial is on the hub's CRL, revoked $revoked, before $at"; return 1
  fi
}
check "OpenSSL: signer.pem chains to the hub CA and is not revoked" certified "$p/signer.pem"

# --- the receipt, with OpenSSL: bound to this manifest, signed by the hub, timestamped by the hub's TSA
receipt_binds() {
  local ours theirs
  ours=$(openssl dgst "${dgst[@]}" -r "$p/manifest.json" | cut -d' ' -f1)
  theirs=$(json "$work/receipt.json" 'd["manifestDigest"]')
  [[ "$ours" == "$theirs" ]] || { echo "receipt manifestDigest $theirs, openssl says $ours"; return 1; }
}
check "OpenSSL: the receipt's manifestDigest is the digest of this manifest.json" receipt_binds
# hubSignature covers the receipt's other fields as canonical JSON: sorted keys, no whitespace (all ASCII here)
python3 - "$work" <<'PY'
import base64, json, os, sys
work = sys.argv[1]
receipt = json.load(open(os.path.join(work, "receipt.json"), encoding="utf-8"))
open(os.path.join(work, "receipt.sig"), "wb").write(base64.b64decode(receipt.pop("hubSignature")))
open(os.path.join(work, "timestamp.der"), "wb").write(base64.b64decode(receipt["timestampToken"]))
open(os.path.join(work, "receipt-signed.json"), "wb").write(
    json.dumps(receipt, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
PY
openssl x509 -in "$work/hub.pem" -pubkey -noout > "$work/hub-pub.pem"
check "OpenSSL: hubSignature is the hub's signature over the receipt's canonical JSON" \
  openssl dgst "${dgst[@]}" -verify "$work/hub-pub.pem" "${sigopt[@]}" -signature "$work/receipt.sig" "$work/receipt-signed.json"
hub_certified() {
  openssl x509 -in "$work/hub.pem" -noout -subject | grep -q "^subject=CN *= *hub$" || { echo "hub.pem is not CN=hub"; return 1; }
  certified "$work/hub.pem"
}
check "OpenSSL: hub.pem is CN=hub, chains to the hub CA and is not revoked" hub_certified

# The RFC 3161 token is CMS SignedData. openssl ts -verify does this for INTL; OpenSSL 3.0 verifies no SM2 CMS
# signature, so the token is taken apart with asn1parse and its signer's signature checked with dgst.
timestamp_verifies() {
  local token="$work/timestamp.der" lines tst sig attrs offset header length signer serial digest imprint
  lines=$(openssl asn1parse -inform DER -in "$token") || return 1
  tst=$(awk '/:id-smime-ct-TSTInfo/ {found = 1; next} found && /OCTET STRING/ {print $1 + 0; exit}' <<<"$lines")
  attrs=$(awk '/d=5 .*cons: cont \[ 0 \]/ {print; exit}' <<<"$lines")             # SignerInfo.signedAttrs
  sig=$(awk '/d=5 .*prim: OCTET STRING/ {offset = $1 + 0} END {print offset}' <<<"$lines")  # SignerInfo.signature
  signer=$(awk '/d=6 .*prim: INTEGER/ {s = $NF} END {sub(/^:/, "", s); print s}' <<<"$lines")  # its serial
  [[ -n "$tst" && -n "$attrs" && -n "$sig" ]] || { echo "the token is not an RFC 3161 TimeStampToken"; return 1; }
  openssl asn1parse -inform DER -in "$token" -strparse "$tst" -noout -out "$work/tstinfo.der" || return 1
  openssl asn1parse -inform DER -in "$token" -strparse "$sig" -noout -out "$work/timestamp-sig.der" || return 1
  offset=$(awk '{print $1 + 0}' <<<"$attrs")
  header=$(sed 's/.*hl= *\([0-9]*\).*/\1/' <<<"$attrs"); length=$(sed 's/.* l= *\([0-9]*\).*/\1/' <<<"$attrs")
  # the signature covers the signed attributes DER-encoded as a SET (tag 0x31), not as the [0] they are stored as
  { printf '\061'; dd if="$token" bs=1 skip=$((offset + 1)) count=$((header + length - 1)) status=none; } > "$work/signed-attrs.der"
  openssl x509 -in "$work/tsa.pem" -pubkey -noout > "$work/tsa-pub.pem"
  openssl dgst "${dgst[@]}" -verify "$work/tsa-pub.pem" "${sigopt[@]}" -signature "$work/timestamp-sig.der" \
    "$work/signed-attrs.der" || { echo "the token's signature is not the TSA's"; return 1; }
  serial=$(openssl x509 -in "$work/tsa.pem" -noout -serial)
  [[ "${serial#serial=}" == "$signer" ]] || { echo "the token's signer serial $signer is not tsa.pem's ${serial#serial=}"; return 1; }
  digest=$(openssl asn1parse -inform DER -in "$work/signed-attrs.der" \
    | awk '/:messageDigest/ {found = 1; next} found && /OCTET STRING/ {sub(/.*HEX DUMP\]:/, ""); print tolower($0); exit}')
  [[ "$digest" == "$(openssl dgst "${dgst[@]}" -r "$work/tstinfo.der" | cut -d' ' -f1)" ]] \
    || { echo "the signed messageDigest is not the digest of the token's TSTInfo"; return 1; }
  imprint=$(openssl asn1parse -inform DER -in "$work/tstinfo.der" \
    | awk '/OCTET STRING/ {sub(/.*HEX DUMP\]:/, ""); print tolower($0); exit}')
  [[ "$imprint" == "$(json "$work/receipt.json" 'd["manifestDigest"]')" ]] \
    || { echo "the token stamps $imprint, not the receipt's manifestDigest"; return 1; }
  certified "$work/tsa.pem" -purpose timestampsign
}
check "OpenSSL: timestampToken is the hub TSA's stamp over manifestDigest; the TSA chains to the hub CA" timestamp_verifies

if [[ $failures -gt 0 ]]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
