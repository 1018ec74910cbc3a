using Microsoft.EntityFrameworkCore.Design;
using Signpost.Data;

namespace Signpost.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add X --project src/Signpost.Migrations.Postgres` build the model for PostgreSQL (no server needed).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.Options(new DatabaseSettings("postgres", "Host=localhost;Database=signpost_design", ".")));
}
