# syntax=docker/dockerfile:1
# Genesys Cloud Utilities web app. Build: docker build -t genesys-cloud-utilities .
# Run:   docker run -p 8080:8080 -e GENESYS_CLIENT_ID=... -e GENESYS_CLIENT_SECRET=... genesys-cloud-utilities
# With no credentials the app opens the in-process sandbox org (demo data only).

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
RUN dotnet publish src/GenesysCloud.Web/GenesysCloud.Web.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only for the HEALTHCHECK below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1
EXPOSE 8080
# The aspnet image ships a non-root "app" user (uid in $APP_UID).
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "GenesysCloud.Web.dll"]
