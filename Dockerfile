# syntax=docker/dockerfile:1
# Genesys Cloud Utilities web app. Build: docker build -t genesys-cloud-utilities .
# Run:   docker compose up (docker-compose.yml: sign-in with Genesys Cloud, journal in a named volume).
# The container listens on every interface, so the app requires sign-in (GENESYS_SIGNIN_CLIENT_ID/SECRET);
# without any credentials it opens the in-process sandbox org (demo people, demo data only).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/GenesysCloud/GenesysCloud.csproj src/GenesysCloud/
COPY src/GenesysCloud.Bulk/GenesysCloud.Bulk.csproj src/GenesysCloud.Bulk/
COPY src/GenesysCloud.Emulator/GenesysCloud.Emulator.csproj src/GenesysCloud.Emulator/
COPY src/GenesysCloud.Utilities/GenesysCloud.Utilities.csproj src/GenesysCloud.Utilities/
COPY src/GenesysCloud.Web/GenesysCloud.Web.csproj src/GenesysCloud.Web/
RUN dotnet restore src/GenesysCloud.Web/GenesysCloud.Web.csproj
COPY src/ src/
# No debug symbols in the image.
RUN dotnet publish src/GenesysCloud.Web/GenesysCloud.Web.csproj -c Release -o /app --no-restore -p:UseAppHost=false \
        -p:DebugType=none -p:DebugSymbols=false \
    && find /app -name '*.pdb' -delete

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The journal folder, private to the app user; mount a named volume here so jobs, undo and audit survive a rebuild.
RUN mkdir -p /data && chown "$APP_UID" /data && chmod 0700 /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Jobs__JournalPath=/data/jobs.db \
    DOTNET_NOLOGO=1
EXPOSE 8080
VOLUME /data
# The aspnet image ships a non-root "app" user (uid in $APP_UID).
USER $APP_UID
# No curl in the image: bash's /dev/tcp asks /healthz (Host localhost is one of the served names).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q Healthy <&3"]
ENTRYPOINT ["dotnet", "GenesysCloud.Web.dll"]
