#!/usr/bin/env bash
# Prints the Debian mirror this machine's own apt uses for SUITE (default bookworm), main component: the
# first enabled `deb` source for it in APT_DIR (default /etc/apt): sources.list, sources.list.d/*.list
# (one-line format) and sources.list.d/*.sources (deb822), in the order apt reads them. So the base image
# is built from the package host this machine already trusts and reaches, and this project names none.
# Exits 1, saying so, when there is none. Usage: debian-mirror.sh [SUITE] [APT_DIR]
set -euo pipefail

suite=${1:-bookworm}
apt_dir=${2:-/etc/apt}

one_line_format='
  /^[[:space:]]*#/ { next }
  {
    sub(/#.*/, "")
    gsub(/\[[^]]*\]/, "")
    if ($1 != "deb" || $3 != suite) next
    for (i = 4; i <= NF; i++) if ($i == "main" && $2 ~ /^(https?|file):/) { print $2; exit }
  }'

# deb822: one stanza per paragraph, `Key: value` fields (keys are case-insensitive), `Enabled: no` skips it.
deb822_format='
  BEGIN { RS = ""; FS = "\n" }
  {
    types = ""; uris = ""; suites = ""; components = ""; enabled = "yes"
    for (i = 1; i <= NF; i++) {
      line = $i
      if (line ~ /^[[:space:]]*#/ || index(line, ":") == 0) continue
      key = tolower(substr(line, 1, index(line, ":") - 1))
      value = " " substr(line, index(line, ":") + 1) " "
      if (key == "types") types = value
      else if (key == "uris") uris = value
      else if (key == "suites") suites = value
      else if (key == "components") components = value
      else if (key == "enabled") enabled = tolower(value)
    }
    if (enabled ~ /no/ || types !~ /[[:space:]]deb[[:space:]]/) next
    if (suites !~ ("[[:space:]]" suite "[[:space:]]") || components !~ /[[:space:]]main[[:space:]]/) next
    count = split(uris, found, /[[:space:]]+/)
    for (j = 1; j <= count; j++) if (found[j] ~ /^(https?|file):/) { print found[j]; exit }
  }'

shopt -s nullglob
for file in "$apt_dir/sources.list" "$apt_dir"/sources.list.d/*.list "$apt_dir"/sources.list.d/*.sources; do
  [ -f "$file" ] || continue
  case $file in
    *.sources) mirror=$(awk -v suite="$suite" "$deb822_format" "$file") ;;
    *) mirror=$(awk -v suite="$suite" "$one_line_format" "$file") ;;
  esac
  if [ -n "$mirror" ]; then
    echo "${mirror%/}"
    exit 0
  fi
done
echo "no enabled 'deb' source for $suite (main) in $apt_dir/sources.list*; set DEBIAN_MIRROR to a Debian mirror" >&2
exit 1
