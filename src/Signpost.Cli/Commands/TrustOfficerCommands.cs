using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;

namespace Signpost.Cli.Commands;

/// <summary>
/// `signpost trust-officer add | list | remove`: the deployment's trust officers (issue 6, the Local Authority / trust
/// view). A trust officer belongs to the deployment, not to a school, so no Headteacher can create one: whoever runs the
/// deployment does, here. See <see cref="DeploymentAccounts"/>.
/// </summary>
public static class TrustOfficerCommands
{
    public const string Usage = """
        usage: signpost trust-officer add USERNAME --name "FULL NAME" [--email ADDRESS] [--password-stdin]
               signpost trust-officer list
               signpost trust-officer remove USERNAME
        A trust officer signs in like anyone else and sees /trust (and GET /api/trust): every school's oversight figures,
        counts only, and nothing else. Without --password-stdin a strong password is made and printed once.
        """;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var positional = Positional(args);
        switch (positional.FirstOrDefault())
        {
            case "add" when positional.Count == 2:
                return await AddAsync(args, positional[1], stdin, stdout, stderr);
            case "list" when positional.Count == 1:
                return await ListAsync(args, stdout);
            case "remove" when positional.Count == 2:
                return await RemoveAsync(args, positional[1], stdout, stderr);
            default:
                await stderr.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> AddAsync(string[] args, string username, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var name = Option(args, "--name")?.Trim();
        var email = Option(args, "--email")?.Trim();
        if (!DeploymentAccounts.IsValidUsername(username))
        {
            await stderr.WriteLineAsync("signpost trust-officer add: the username must be 3 to 64 letters, numbers, dots, dashes or underscores.");
            return 2;
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            await stderr.WriteLineAsync("signpost trust-officer add: give the officer's name with --name \"Full name\" (at most 200 characters).");
            return 2;
        }

        if (email is not null && (email.Length > 256 || !email.Contains('@', StringComparison.Ordinal)))
        {
            await stderr.WriteLineAsync("signpost trust-officer add: --email must be an email address.");
            return 2;
        }

        var generated = !args.Contains("--password-stdin");
        if (await NewPasswordAsync(generated, stdin, stderr, "trust-officer add") is not { } password)
        {
            return 2;
        }

        await using var db = Open(args);
        var normalizer = new UpperInvariantLookupNormalizer();
        var normalized = normalizer.NormalizeName(username);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized))
        {
            await stderr.WriteLineAsync($"signpost trust-officer add: the username '{username}' is taken (usernames are unique across the deployment).");
            return 1;
        }

        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), password);
        var (user, claims) = DeploymentAccounts.NewTrustOfficer(username, name, email, hash, normalizer);
        db.Users.Add(user);
        db.UserClaims.AddRange(claims);
        db.Audit("trust-officer.added", nameof(AppUser), user.Id, actorRole: "cli");
        await db.SaveChangesAsync();
        await stdout.WriteLineAsync($"Trust officer '{username}' added. They sign in at /account/sign-in and see every school's figures at /trust.");
        if (generated)
        {
            await stdout.WriteLineAsync($"Password (shown once; they can change it at /account/password): {password}");
        }

        return 0;
    }

    private static async Task<int> ListAsync(string[] args, TextWriter stdout)
    {
        await using var db = Open(args);
        var officers = await db.Users.AsNoTracking().Where(u => u.SchoolId == Guid.Empty)
            .Join(db.UserClaims.Where(c => c.ClaimType == DeploymentAccounts.RoleClaim && c.ClaimValue == DeploymentAccounts.TrustOfficer),
                u => u.Id, c => c.UserId, (u, c) => u.UserName!)
            .OrderBy(n => n).ToListAsync();
        await stdout.WriteLineAsync(officers.Count == 0 ? "No trust officers." : string.Join(Environment.NewLine, officers));
        return 0;
    }

    private static async Task<int> RemoveAsync(string[] args, string username, TextWriter stdout, TextWriter stderr)
    {
        await using var db = Open(args);
        var normalized = new UpperInvariantLookupNormalizer().NormalizeName(username);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized && u.SchoolId == Guid.Empty);
        if (user is null)
        {
            await stderr.WriteLineAsync($"signpost trust-officer remove: '{username}' is not a trust officer of this deployment.");
            return 1;
        }

        // Deleting the account (its claims go with it) ends its sessions and tokens at once: each request checks it.
        db.UserClaims.RemoveRange(await db.UserClaims.Where(c => c.UserId == user.Id).ToListAsync());
        db.Users.Remove(user);
        db.Audit("trust-officer.removed", nameof(AppUser), user.Id, actorRole: "cli");
        await db.SaveChangesAsync();
        await stdout.WriteLineAsync($"Trust officer '{username}' removed.");
        return 0;
    }

    /// <summary>The sign-in rules for a password typed by an operator (6.14–6.15, strong passwords); also used by <c>school add</c>.</summary>
    /// <summary>A generated password, or the one read from standard input (--password-stdin) when it is strong enough;
    /// null after saying why it is not.</summary>
    internal static async Task<string?> NewPasswordAsync(bool generated, TextReader stdin, TextWriter stderr, string command)
    {
        if (generated)
        {
            return DeploymentAccounts.NewPassword();
        }

        var password = (await stdin.ReadLineAsync() ?? "").TrimEnd('\r', '\n');
        if (PasswordProblem(password) is { } problem)
        {
            await stderr.WriteLineAsync($"signpost {command}: {problem}");
            return null;
        }

        return password;
    }

    internal static string? PasswordProblem(string p) =>
        p.Length < StrongSignInForStaff.MinimumPasswordLength ? $"the password needs at least {StrongSignInForStaff.MinimumPasswordLength} characters."
        : !p.Any(char.IsUpper) || !p.Any(char.IsLower) || !p.Any(char.IsDigit) ? "the password needs an upper-case letter, a lower-case letter and a digit."
        : p.Distinct().Count() < 5 ? "the password needs at least 5 different characters."
        : null;

    internal static AppDbContext Open(string[] args) => new(DatabaseSetup.Options(DataCommands.Settings(args)));

    internal static string? Option(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }
        }

        return null;
    }

    /// <summary>The words that are not options or option values (settings such as --Signpost:Database=… are skipped).</summary>
    private static List<string> Positional(string[] args)
    {
        var list = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--name" or "--email")
            {
                i++;
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                list.Add(args[i]);
            }
        }

        return list;
    }
}
