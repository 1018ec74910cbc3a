using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OtpNet;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.Moderation;
using Signpost.Web.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>The demo school, its email going to a real SMTP server on loopback, for the safeguarding and media tests.</summary>
public sealed class EscalationSqliteFactory : SqliteFactory
{
    public TestMailServer Mail { get; } = new();

    public EscalationSqliteFactory()
    {
        Mail.Configure(Settings);
        Settings["Signpost:MediaEnquiriesPerHour"] = "1000";
    }

    public override async Task InitializeAsync()
    {
        await Mail.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

public sealed class EscalationPostgresFactory : PostgresFactory
{
    public TestMailServer Mail { get; } = new();

    public EscalationPostgresFactory()
    {
        Mail.Configure(Settings);
        Settings["Signpost:MediaEnquiriesPerHour"] = "1000";
    }

    public override async Task InitializeAsync()
    {
        await Mail.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

/// <summary>Arranging escalations: people, two-factor sign-in, and content arriving through the content intake.</summary>
public static partial class Escalations
{
    public const string Disclosure = "my dad hits me and I'm scared to go home";

    private static readonly ConcurrentDictionary<(SignpostFactory, string), Lazy<Task<Totp>>> Authenticators = new();
    private static readonly ConcurrentDictionary<(SignpostFactory, string), Lazy<Task<HttpClient>>> Sessions = new();

    /// <summary>Turns on two-factor sign-in for <paramref name="username"/> through the set-up page, once per app; returns their authenticator.</summary>
    public static Task<Totp> AuthenticatorAsync(SignpostFactory app, string username) =>
        Authenticators.GetOrAdd((app, username), _ => new Lazy<Task<Totp>>(async () =>
        {
            var browser = app.Browser();
            await browser.SignInOkAsync(username);
            var setup = await browser.GetPageAsync("/account/two-factor-setup");
            var key = KeyPattern().Match(setup).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            Assert.NotEmpty(key);
            var totp = new Totp(Base32Encoding.ToBytes(key));
            var enabled = await browser.SubmitAsync("/account/two-factor-setup", [new("Code", totp.ComputeTotp())]);
            Assert.Contains("Two-factor sign-in is on", await enabled.Content.ReadAsStringAsync());
            return totp;
        })).Value;

    /// <summary>A browser session of <paramref name="username"/> signed in with password and code (shared by the tests of one app).</summary>
    public static Task<HttpClient> TwoFactorBrowserAsync(SignpostFactory app, string username) =>
        Sessions.GetOrAdd((app, username), _ => new Lazy<Task<HttpClient>>(async () =>
        {
            var totp = await AuthenticatorAsync(app, username);
            var browser = app.Browser();
            var r = await browser.SignInAsync(username);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/account/two-factor", r.Headers.Location?.OriginalString);
            var done = await browser.SubmitAsync(r.Headers.Location!.OriginalString, [new("Code", totp.ComputeTotp())]);
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
            return browser;
        })).Value;

    /// <summary>An API client whose token was obtained with a TOTP code.</summary>
    public static async Task<HttpClient> TwoFactorApiAsync(SignpostFactory app, string username)
    {
        var totp = await AuthenticatorAsync(app, username);
        return app.CreateClient().WithBearer(await app.CreateClient().ApiTokenAsync(username, totp: totp.ComputeTotp()));
    }

    public static async Task<Person> PersonAsync(SignpostFactory app, string username)
    {
        await using var db = app.SystemDb();
        var id = await db.Users.Where(u => u.UserName == username).Select(u => u.PersonId).SingleAsync();
        return await db.People.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    /// <summary>
    /// A comment arriving as the comment form and API take it: a new comment through <see cref="ContentIntake"/>,
    /// saved with what it decided, and the escalation email sent after the save.
    /// </summary>
    public static async Task<(Guid CommentId, Guid? ConcernId, IntakeOutcome Outcome)> CommentAsync(SignpostFactory app, string username, string siteSlug, string postSlug, string text)
    {
        var author = await PersonAsync(app, username);
        await using var db = app.SystemDb();
        var site = await db.Sites.SingleAsync(s => s.Slug == siteSlug && s.SchoolId == author.SchoolId);
        var post = await db.Posts.SingleAsync(p => p.SiteId == site.Id && p.Slug == postSlug);
        var comment = new Comment
        {
            SchoolId = site.SchoolId, SiteId = site.Id, PostId = post.Id, AuthorId = author.Id, AuthorKind = author.Kind, Text = text, CreatedAt = DateTime.UtcNow,
        };
        var intake = new ContentIntake(db, app.Services.GetRequiredService<SchoolCheckers>(), TimeProvider.System);
        var decision = await intake.AdmitAsync(site.SchoolId,
            new IncomingContent(ContentKind.Comment, comment.Id, site.Id, author.Id, author.Kind, text, $"{site.Name}, a comment on \"{post.Title}\""), default);
        comment.FindingsJson = ContentIntake.FindingsJson(decision.Result.Findings);
        (comment.Status, comment.HiddenForConcern) = decision.Outcome switch
        {
            IntakeOutcome.Blocked => (CommentStatus.Blocked, false),
            IntakeOutcome.Escalated => (CommentStatus.Held, true),
            IntakeOutcome.Hold => (CommentStatus.Held, false),
            _ => (CommentStatus.Published, false),
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync();
        var notifier = new EscalationNotifier(db, app.Services.GetRequiredService<EmailSender>(), app.Services.GetRequiredService<IOptions<EmailOptions>>(),
            new HttpContextAccessor(), NullLogger<EscalationNotifier>.Instance);
        await notifier.AfterSaveAsync(decision, default);
        return (comment.Id, decision.Concern?.Id, decision.Outcome);
    }

    public static async Task<int> AuditCountAsync(SignpostFactory app, string action, Guid entityId)
    {
        await using var db = app.SystemDb();
        var id = entityId.ToString();
        return await db.AuditRecords.CountAsync(a => a.Action == action && a.EntityId == id);
    }

    [GeneratedRegex("id=\"key\">([a-z0-9 ]+)<")]
    private static partial Regex KeyPattern();
}
