using Microsoft.EntityFrameworkCore.Design;
using Signpost.Data;

namespace Signpost.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add X --project src/Signpost.Migrations.Sqlite` build the model for SQLite.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.Options(new DatabaseSettings("sqlite", "Data Source=design.db", ".")));
}
