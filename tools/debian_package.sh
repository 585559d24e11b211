#!/usr/bin/env bash
# Installs a Debian package when the command it gives is missing (Chromium for the browser tests, PostgreSQL for
# tools/test_postgres.sh).
#   tools/debian_package.sh COMMAND PACKAGE [optional]
# With "optional", a machine where it cannot be installed (not root) only hears why; otherwise that fails.
set -euo pipefail
command=${1:?a command}
package=${2:?a Debian package}
optional=${3:-}

command -v "$command" >/dev/null && exit 0
if [[ $(id -u) -ne 0 ]]; then
    echo "$command is missing: run 'sudo apt-get install -y $package' (or make as root)" >&2
    [[ $optional == optional ]] && exit 0
    exit 1
fi
echo "installing $package (Debian package) for $command" >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null ||
    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null; }
