using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;

namespace Signpost.Cli.Commands;

/// <summary>
/// `signpost school add | list`: the schools a deployment hosts (issue 6: one deployment, several schools, each seen by
/// the trust officer at /trust). The web's /setup makes the first school of an empty deployment only; whoever runs the
/// deployment adds the next ones here, through the same code path (<see cref="SchoolProvisioning"/>): the school, its
/// Headteacher and the Headteacher's account, who must set up two-factor sign-in and replace the operator's password
/// before using anything (6.14–6.15).
/// </summary>
public static class SchoolCommands
{
    public const string Usage = """
        usage: signpost school add SLUG --name "SCHOOL NAME" --local-authority "LOCAL AUTHORITY" --website https://…
                   [--host HOST.NAME] --head-username USERNAME --head-first-name FIRST --head-last-name LAST
                   --head-email ADDRESS [--password-stdin]
               signpost school list
        Adds a school to this deployment with its Headteacher's account (the same as the web's first-run /setup). SLUG is
        the school's short name, e.g. larkrise-primary. --host is the host name that shows anonymous visitors this
        school (unique on the deployment). Without --password-stdin a strong one-time password is made and printed once.
        At their first sign-in the Headteacher must set up two-factor sign-in and choose their own password (6.14–6.15).
        """;

    private static readonly string[] ValueOptions =
        ["--name", "--local-authority", "--website", "--host", "--head-username", "--head-first-name", "--head-last-name", "--head-email"];

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var positional = Positional(args);
        switch (positional.FirstOrDefault())
        {
            case "add" when positional.Count == 2:
                return await AddAsync(args, positional[1], stdin, stdout, stderr);
            case "list" when positional.Count == 1:
                return await ListAsync(args, stdout);
            default:
                await stderr.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> AddAsync(string[] args, string slug, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string? Value(string option) => TrustOfficerCommands.Option(args, option)?.Trim() is { Length: > 0 } v ? v : null;
        var name = Value("--name");
        var localAuthority = Value("--local-authority");
        var website = Value("--website");
        var host = Value("--host");
        var username = Value("--head-username");
        var firstName = Value("--head-first-name");
        var lastName = Value("--head-last-name");
        var email = Value("--head-email");

        // The same limits as the /setup form's fields.
        var problems = new List<string>();
        if (name is null || name.Length is < 3 or > 200)
        {
            problems.Add("give the school's name with --name \"School name\" (3 to 200 characters).");
        }

        if (localAuthority is null || localAuthority.Length > 200)
        {
            problems.Add("give the Local Authority with --local-authority \"Name\" (at most 200 characters).");
        }

        if (website is null || website.Length > 500)
        {
            problems.Add("give the school's website with --website https://… (at most 500 characters).");
        }

        if (username is null)
        {
            problems.Add("give the Headteacher's username with --head-username USERNAME.");
        }

        if (firstName is null || firstName.Length > 100 || lastName is null || lastName.Length > 100)
        {
            problems.Add("give the Headteacher's name with --head-first-name FIRST --head-last-name LAST (each at most 100 characters).");
        }

        if (email is null || email.Length > 256 || !new EmailAddressAttribute().IsValid(email))
        {
            problems.Add("give the Headteacher's email address with --head-email name@school.sch.uk.");
        }

        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                await stderr.WriteLineAsync($"signpost school add: {p}");
            }

            return 2;
        }

        var generated = !args.Contains("--password-stdin");
        if (await TrustOfficerCommands.NewPasswordAsync(generated, stdin, stderr, "school add") is not { } password)
        {
            return 2;
        }

        var input = new NewSchool(name!, slug, localAuthority!, website!, host, firstName!, lastName!, email!, username!);
        var normalizer = new UpperInvariantLookupNormalizer();
        await using var db = TrustOfficerCommands.Open(args);
        var found = await SchoolProvisioning.ProblemsAsync(db, input, normalizer);
        if (found.Count > 0)
        {
            foreach (var (_, message, _) in found)
            {
                await stderr.WriteLineAsync($"signpost school add: {message}");
            }

            // A taken slug, host name or username is a conflict with what exists (1); a malformed one is a usage error (2).
            return found.Any(p => p.Taken) ? 1 : 2;
        }

        var built = SchoolProvisioning.Build(input, TimeProvider.System.GetUtcNow().UtcDateTime);
        SchoolProvisioning.Add(db, built, password, new PasswordHasher<AppUser>(), normalizer, "school.added", actorRole: "cli", passwordChangeRequired: true);
        await db.SaveChangesAsync();

        var (school, _, user) = built;
        var signIn = school.HostName is null ? "/account/sign-in" : $"https://{school.HostName}/account/sign-in";
        await stdout.WriteLineAsync($"School '{school.Name}' ({school.Slug}) added to this deployment; the trust view (/trust) lists it.");
        await stdout.WriteLineAsync($"Its Headteacher signs in as '{user.UserName}' at {signIn}, must set up two-factor sign-in and then choose their own password before anything else (6.14–6.15).");
        if (generated)
        {
            await stdout.WriteLineAsync($"Password (shown once): {password}");
        }

        return 0;
    }

    private static async Task<int> ListAsync(string[] args, TextWriter stdout)
    {
        await using var db = TrustOfficerCommands.Open(args);
        var schools = (await db.Schools.AsNoTracking().Select(s => new { s.Slug, s.Name, s.HostName, s.CreatedAt }).ToListAsync())
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList();
        if (schools.Count == 0)
        {
            await stdout.WriteLineAsync("No schools yet: open the web app's /setup, or use `signpost school add`.");
            return 0;
        }

        var rows = schools.Select(s => new[] { s.Slug, s.Name, s.HostName ?? "-", s.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }).ToList();
        rows.Insert(0, ["SLUG", "NAME", "HOST", "CREATED"]);
        var widths = Enumerable.Range(0, 3).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var r in rows)
        {
            await stdout.WriteLineAsync($"{r[0].PadRight(widths[0])}  {r[1].PadRight(widths[1])}  {r[2].PadRight(widths[2])}  {r[3]}");
        }

        return 0;
    }

    /// <summary>The words that are not options or option values (settings such as --Signpost:Database=… are skipped).</summary>
    private static List<string> Positional(string[] args)
    {
        var list = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (ValueOptions.Contains(args[i]))
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
