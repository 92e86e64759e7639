# syntax=docker/dockerfile:1
# The SpatialPlan web app. docker-compose.yml runs it against PostGIS; `docker build .` alone makes the image.

# Build: restore first (a layer that changes only with the project files), then publish. The web project
# copies geodata/ and seeds/ beside the binaries, so they are copied in too.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# npm installs the map page's front-end libraries from package-lock.json during the build.
RUN apt-get update \
  && apt-get install -y --no-install-recommends nodejs npm \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/SpatialPlan.Core/SpatialPlan.Core.csproj src/SpatialPlan.Core/
COPY src/SpatialPlan.Storage/SpatialPlan.Storage.csproj src/SpatialPlan.Storage/
COPY src/SpatialPlan.Web/SpatialPlan.Web.csproj src/SpatialPlan.Web/
RUN dotnet restore src/SpatialPlan.Web/SpatialPlan.Web.csproj
COPY src/ src/
COPY geodata/ geodata/
COPY seeds/ seeds/
RUN dotnet publish src/SpatialPlan.Web/SpatialPlan.Web.csproj -c Release -o /app --no-restore

# Run: the ASP.NET Core runtime only, plus CJK fonts so exported map images can draw Chinese labels.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends fonts-noto-cjk \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# Planners' records of the embedded store (used only when no connection string is set).
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
ENV ASPNETCORE_URLS=http://+:5000
EXPOSE 5000
USER $APP_UID
ENTRYPOINT ["dotnet", "SpatialPlan.Web.dll"]
