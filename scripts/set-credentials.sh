#!/usr/bin/env bash
# Stores Genesys Cloud OAuth client credentials for the web app without echoing the secret.
#
#   scripts/set-credentials.sh                 # store with `dotnet user-secrets` (used by `dotnet run`, Development)
#   source scripts/set-credentials.sh --export # export GENESYS_* into the current shell instead
#
# Options: --region <code-or-domain> (default mypurecloud.com, e.g. eu-west-1 or mypurecloud.ie)
# The secret is read with `read -s`, passed to dotnet on stdin (never on the command line) and never printed.

_gcu_main() {
    local mode="user-secrets" region="" id="" secret=""
    while [ $# -gt 0 ]; do
        case "$1" in
            --export) mode="export" ;;
            --region) shift; region="${1:-}" ;;
            -h|--help) sed -n '2,9p' "${BASH_SOURCE[0]}"; return 0 ;;
            *) echo "Unknown option: $1" >&2; return 2 ;;
        esac
        shift
    done

    read -r -p "Client id: " id
    read -r -s -p "Client secret (not shown): " secret
    echo
    if [ -z "$region" ]; then
        read -r -p "Region [mypurecloud.com]: " region
    fi
    region="${region:-mypurecloud.com}"
    if [ -z "$id" ] || [ -z "$secret" ]; then
        echo "Client id and secret are both required; nothing was stored." >&2
        return 1
    fi

    if [ "$mode" = "export" ]; then
        export GENESYS_CLIENT_ID="$id" GENESYS_CLIENT_SECRET="$secret" GENESYS_REGION="$region"
        echo "Exported GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET and GENESYS_REGION ($region) in this shell."
        return 0
    fi

    local here project
    here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    project="$here/../src/GenesysCloud.Web/GenesysCloud.Web.csproj"
    # JSON on stdin: `dotnet user-secrets set` then reads every key from it.
    printf '{"GENESYS_CLIENT_ID":"%s","GENESYS_CLIENT_SECRET":"%s","GENESYS_REGION":"%s"}' \
        "$(_gcu_json "$id")" "$(_gcu_json "$secret")" "$(_gcu_json "$region")" \
        | dotnet user-secrets set --project "$project" >/dev/null
    echo "Stored the credentials for region $region in the web app's user secrets (run it with: dotnet run --project src/GenesysCloud.Web)."
}

_gcu_json() {
    local s="${1//\\/\\\\}"
    printf '%s' "${s//\"/\\\"}"
}

if (return 0 2>/dev/null); then
    _gcu_main "$@"
else
    set -euo pipefail
    if [ "${1:-}" = "--export" ]; then
        echo "--export only works when sourced: source scripts/set-credentials.sh --export" >&2
        exit 2
    fi
    _gcu_main "$@"
fi
