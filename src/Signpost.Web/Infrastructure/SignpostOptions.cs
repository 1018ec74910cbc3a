using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Infrastructure;

/// <summary>Settings under "Signpost" (environment: Signpost__Key). See CONTRACT.md.</summary>
public sealed class SignpostOptions
{
    public const string Section = "Signpost";
    public const string DefaultDemoPassword = "Holbrook-Demo-2026!";

    /// <summary>Where SQLite, data-protection keys and uploads live (default ./data).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>sqlite (default) or postgres.</summary>
    public string Database { get; set; } = "sqlite";

    /// <summary>Seed the fictional demo school when the database is empty. Null means "yes when the database is empty".</summary>
    public bool? Demo { get; set; }

    /// <summary>Password of every demo account.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Apply migrations at start (default true for SQLite, false for PostgreSQL where `signpost migrate` does it).</summary>
    public bool? MigrateAtStart { get; set; }

    /// <summary>Slug of the school anonymous visitors see when no host name matches (default: the first school).</summary>
    public string? DefaultSchool { get; set; }

    /// <summary>Sign-in attempts allowed per client address per minute before 429.</summary>
    [Range(1, 100000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Bearer tokens from /api/auth/login stay valid this long.</summary>
    [Range(1, 1440)]
    public int AccessTokenMinutes { get; set; } = 60;

    /// <summary>How long anonymous visitors' copies of public pages are kept at most (0 turns the cache off). A change
    /// made through this instance replaces them at once; see <see cref="PublicPageCache"/>.</summary>
    [Range(0, 3600)]
    public int PublicPageCacheSeconds { get; set; } = 10;

    /// <summary>How often changes made by other instances or the command-line tool are looked for (0: never).</summary>
    [Range(0, 3600)]
    public int PublicCacheSyncSeconds { get; set; } = 2;
}
