#!/usr/bin/env bash
# Adds a migration with the same name for both providers (STYLE.md: each migration is generated for both).
# usage: bash scripts/add-migration.sh NameOfMigration
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: add-migration.sh Name}
dotnet tool restore >/dev/null
for p in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/Signpost.Migrations.$p" --startup-project "src/Signpost.Migrations.$p" --output-dir Migrations
done
