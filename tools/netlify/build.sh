#!/usr/bin/env bash
# Netlify's build command (see netlify.toml): bash tools/netlify/build.sh [--drafts]
#
# 1. Caches: with $NETLIFY_CACHE_DIR (Netlify keeps it between deploys), the .NET SDK, NuGet's packages and npm's
#    cache live there, so a deploy does not download them again.
# 2. SDK: when no installed SDK fits global.json, Microsoft's dotnet-install script installs the one it names
#    (into the cache, else ~/.dotnet).
# 3. Build, strictly: `build --strict` fails the deploy on any error or warning (an http:// link …). $URL is set
#    by Netlify to the production address in every context, so a preview's canonical links point at production.
#    --drafts (deploy previews and branch deploys) shows drafts with their banner; production ($CONTEXT
#    "production") refuses it, so drafts are never published.
set -euo pipefail
cd "$(dirname "$0")/../.."

drafts=()
for arg in "$@"; do
  case "$arg" in
    --drafts) drafts=(--drafts) ;;
    *) echo "build.sh: unknown argument '$arg' (only --drafts)" >&2; exit 2 ;;
  esac
done
if [ "${#drafts[@]}" -gt 0 ] && [ "${CONTEXT:-}" = production ]; then
  echo "build.sh: --drafts is not allowed in production: drafts are never published" >&2
  exit 2
fi

sdk_dir="$HOME/.dotnet"
if [ -n "${NETLIFY_CACHE_DIR:-}" ]; then
  sdk_dir="$NETLIFY_CACHE_DIR/dotnet"
  export NUGET_PACKAGES="$NETLIFY_CACHE_DIR/nuget/packages"
  export npm_config_cache="$NETLIFY_CACHE_DIR/npm"
fi
if [ -x "$sdk_dir/dotnet" ]; then
  export DOTNET_ROOT="$sdk_dir" PATH="$sdk_dir:$PATH"
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# `dotnet --version` in the repository fails when no installed SDK satisfies global.json.
if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --version >/dev/null 2>&1; then
  echo "Installing the .NET SDK that global.json names, with dotnet-install …"
  installer="$(mktemp)"
  curl --fail --silent --show-error --location --retry 3 https://dot.net/v1/dotnet-install.sh --output "$installer"
  bash "$installer" --jsonfile global.json --install-dir "$sdk_dir"
  rm -f "$installer"
  export DOTNET_ROOT="$sdk_dir" PATH="$sdk_dir:$PATH"
fi
dotnet --version

site_url=()
if [ -n "${URL:-}" ]; then site_url=(--site-url "$URL"); fi
dotnet run --project src/ExplainerSite -c Release -- build --strict "${site_url[@]}" "${drafts[@]}"
