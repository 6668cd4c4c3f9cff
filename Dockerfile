# Multi-stage build: the SDK image compiles and publishes, the ASP.NET runtime image runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the project files alone, so the package layer is cached across code changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Timeline.Api/Timeline.Api.csproj src/Timeline.Api/
COPY src/Timeline.Data/Timeline.Data.csproj src/Timeline.Data/
COPY src/Timeline.Extraction/Timeline.Extraction.csproj src/Timeline.Extraction/
RUN dotnet restore src/Timeline.Api/Timeline.Api.csproj

COPY src/ src/
RUN dotnet publish src/Timeline.Api/Timeline.Api.csproj -c Release --no-restore -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl is only for the container health check (GET /health/live).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./

ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1
EXPOSE 8080
# The image's built-in unprivileged "app" user (uid 1654).
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "Timeline.Api.dll"]
