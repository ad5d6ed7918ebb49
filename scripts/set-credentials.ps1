<#
.SYNOPSIS
    Stores Genesys Cloud OAuth client credentials for the web app without echoing the secret.
.DESCRIPTION
    By default the credentials go to `dotnet user-secrets` of src/GenesysCloud.Web (read by `dotnet run`
    in Development). With -Environment they are set as GENESYS_* environment variables of the current
    PowerShell session instead. The secret is read as a SecureString, passed to dotnet on stdin (never on
    the command line) and never printed.
.EXAMPLE
    ./scripts/set-credentials.ps1 -Region eu-west-1
.EXAMPLE
    ./scripts/set-credentials.ps1 -Environment
#>
[CmdletBinding()]
param(
    [string] $Region = "",
    [switch] $Environment
)

$ErrorActionPreference = "Stop"

$clientId = Read-Host "Client id"
$secure = Read-Host "Client secret (not shown)" -AsSecureString
$secret = [System.Net.NetworkCredential]::new("", $secure).Password
if ([string]::IsNullOrWhiteSpace($Region)) {
    $Region = Read-Host "Region [mypurecloud.com]"
}
if ([string]::IsNullOrWhiteSpace($Region)) { $Region = "mypurecloud.com" }
if ([string]::IsNullOrWhiteSpace($clientId) -or [string]::IsNullOrEmpty($secret)) {
    Write-Error "Client id and secret are both required; nothing was stored."
}

if ($Environment) {
    $env:GENESYS_CLIENT_ID = $clientId
    $env:GENESYS_CLIENT_SECRET = $secret
    $env:GENESYS_REGION = $Region
    Write-Host "Set GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET and GENESYS_REGION ($Region) for this PowerShell session."
    return
}

$project = Join-Path $PSScriptRoot "../src/GenesysCloud.Web/GenesysCloud.Web.csproj"
# JSON on stdin: `dotnet user-secrets set` then reads every key from it.
@{ GENESYS_CLIENT_ID = $clientId; GENESYS_CLIENT_SECRET = $secret; GENESYS_REGION = $Region } |
    ConvertTo-Json -Compress |
    dotnet user-secrets set --project $project | Out-Null
if ($LASTEXITCODE -ne 0) { Write-Error "dotnet user-secrets failed (exit code $LASTEXITCODE)." }
Write-Host "Stored the credentials for region $Region in the web app's user secrets (run: dotnet run --project src/GenesysCloud.Web)."
