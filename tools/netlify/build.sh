#!/usr/bin/env bash
# Netlify's build command (see netlify.toml). Netlify's build image may not have the .NET 10 SDK: when `dotnet`
# is missing or has no 10.x SDK, Microsoft's dotnet-install script installs the latest 10.0 SDK into
# ~/.dotnet first. Then the site is built into output/ for the site's address: $URL is set by Netlify (the
# production address, also used by deploy previews so their canonical links point at production).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  echo "Installing the .NET 10 SDK with dotnet-install …"
  installer="$(mktemp)"
  curl --fail --silent --show-error --location --retry 3 https://dot.net/v1/dotnet-install.sh --output "$installer"
  bash "$installer" --channel 10.0 --install-dir "$HOME/.dotnet"
  rm -f "$installer"
  export DOTNET_ROOT="$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet --version

site_url=()
if [ -n "${URL:-}" ]; then site_url=(--site-url "$URL"); fi
dotnet run --project src/ExplainerSite -c Release -- build "${site_url[@]}"
