using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServerHost = SmtpServer.SmtpServer;

namespace Signpost.IntegrationTests.Features;

/// <summary>A deployment without the demo: it starts empty and the first visitor sets up the school.</summary>
public sealed class EmptySqliteFactory : SqliteFactory
{
    public EmptySqliteFactory() => Settings["Signpost:Demo"] = "false";
}

public sealed class EmptyPostgresFactory : PostgresFactory
{
    public EmptyPostgresFactory() => Settings["Signpost:Demo"] = "false";
}

/// <summary>The demo school, sending its email to a real SMTP server on a loopback port of the test.</summary>
public sealed class MailSqliteFactory : SqliteFactory
{
    public TestMailServer Mail { get; } = new();

    public MailSqliteFactory() => Mail.Configure(Settings);

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

public sealed class MailPostgresFactory : PostgresFactory
{
    public TestMailServer Mail { get; } = new();

    public MailPostgresFactory() => Mail.Configure(Settings);

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

/// <summary>An SMTP server (the SmtpServer package) on 127.0.0.1 that keeps every message it receives.</summary>
public sealed class TestMailServer : IAsyncDisposable
{
    private readonly Store _store = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServerHost _server;
    private Task? _running;

    public TestMailServer()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServerHost(options, services);
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Messages => _store.Messages;

    public void Configure(Dictionary<string, string?> settings)
    {
        settings["Email:SmtpHost"] = "127.0.0.1";
        settings["Email:SmtpPort"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Email:Security"] = "none";
        settings["Email:From"] = "signpost@holbrook-primary.example";
    }

    public async Task StartAsync()
    {
        _running = _server.StartAsync(_stop.Token);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var c = new TcpClient();
                await c.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"The test SMTP server did not start on port {Port}.");
    }

    /// <summary>The messages to <paramref name="address"/>, waiting briefly for one to arrive.</summary>
    public async Task<List<MimeMessage>> ToAsync(string address)
    {
        for (var i = 0; i < 50; i++)
        {
            var found = Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();
            if (found.Count > 0)
            {
                return found;
            }

            await Task.Delay(100);
        }

        return [];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            try
            {
                await _running;
            }
            catch (OperationCanceledException)
            {
            }
        }

        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}

public abstract class SetupTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private static KeyValuePair<string, string>[] SetupForm(string password) =>
    [
        new("Input.SchoolName", "Larkrise Primary"), new("Input.WebsiteUrl", "https://larkrise-primary.example"), new("Input.LocalAuthority", "Example County Council"),
        new("Input.FirstName", "Lena"), new("Input.LastName", "Fictional"), new("Input.Email", "head@larkrise-primary.example"),
        new("Input.Username", "lark.head"), new("Input.Password", password),
    ];

    private async Task<(int Schools, int People, int Users)> CountsAsync()
    {
        await using var db = app.SystemDb();
        return (await db.Schools.CountAsync(), await db.People.CountAsync(), await db.Users.CountAsync());
    }

    // One test, because each step depends on the one before: an empty deployment is set up exactly once.
    [Fact]
    public async Task An_empty_deployment_is_set_up_once_with_a_strong_password_and_its_head_must_set_up_two_factor_at_once()
    {
        var home = await app.Browser().GetPageAsync("/");
        Assert.Contains("No school has been set up yet", Http.Text(home));
        Assert.Contains("href=\"/setup\"", home);
        Assert.Equal((0, 0, 0), await CountsAsync());

        var browser = app.Browser();
        var weak = await browser.SubmitAsync("/setup", SetupForm("weak"));
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        var weakHtml = await weak.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", weakHtml);
        var weakText = Http.Text(weakHtml);
        Assert.Contains("at least 12 characters", weakText);
        Assert.Contains("at least one number", weakText);
        Assert.Contains("capital letter", weakText);
        Assert.Contains("href=\"#Input_Password\"", weakHtml);
        Assert.Equal((0, 0, 0), await CountsAsync());

        const string password = "Larkrise-Head-2026";
        var ok = await browser.SubmitAsync("/setup", SetupForm(password));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("/account/sign-in", Rosters.RedirectPath(ok));
        Assert.Equal((1, 1, 1), await CountsAsync());
        await using (var db = app.SystemDb())
        {
            var school = await db.Schools.SingleAsync();
            Assert.Equal(("Larkrise Primary", "Example County Council", "https://larkrise-primary.example"), (school.Name, school.LocalAuthority, school.WebsiteUrl));
            var head = await db.People.Include(p => p.Roles).SingleAsync();
            Assert.Equal((school.Id, "Lena", "Fictional"), (head.SchoolId, head.FirstName, head.LastName));
            Assert.Contains(head.Roles, r => r.Role == Role.Headteacher);
            var user = await db.Users.SingleAsync();
            Assert.Equal(("lark.head", head.Id, school.Id), (user.UserName, user.PersonId, user.SchoolId));
            Assert.NotEqual(password, user.PasswordHash);
            Assert.True(await db.AuditRecords.AnyAsync(r => r.Action == "school.set-up" && r.SchoolId == school.Id));
        }

        var headBrowser = app.Browser();
        Assert.Equal(HttpStatusCode.OK, (await headBrowser.SignInAsync("lark.head", "Wrong-Password-2026")).StatusCode);
        await headBrowser.SignInOkAsync("lark.head", password);
        var homeSignedIn = await headBrowser.GetAsync("/home");
        Assert.Equal(HttpStatusCode.Redirect, homeSignedIn.StatusCode);
        Assert.Equal("/account/two-factor-setup?required=true", Rosters.RedirectPath(homeSignedIn).ToLowerInvariant());

        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/setup")).StatusCode);
        var again = app.Browser();
        var token = Http.Token(await again.GetPageAsync("/account/sign-in"));
        var second = await again.PostAsync("/setup", new FormUrlEncodedContent(SetupForm(password).Select(f => f.Key == "Input.Username" ? new(f.Key, "intruder") : f)
            .Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal((1, 1, 1), await CountsAsync());
    }
}

public sealed class SetupTests_Sqlite(EmptySqliteFactory app) : SetupTests<EmptySqliteFactory>(app);

[Collection("postgres")]
public sealed class SetupTests_Postgres(EmptyPostgresFactory app) : SetupTests<EmptyPostgresFactory>(app);

public abstract partial class InvitationTests<TFactory>(TFactory app, TestMailServer mail) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    [Fact]
    public async Task An_invitation_email_lets_a_newly_imported_member_of_staff_choose_a_password_once_and_sign_in()
    {
        const string email = "nina.fictional@holbrook-primary.example";
        var school = await Rosters.SchoolIdAsync(app);
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var rows = await Rosters.StaffRowsAsync(app, school);
        rows.Add($"NEW-STAFF-1,Nina,Fictional,support,school,Office manager,{email}");
        Assert.Contains("1 added", await head.ImportOkAsync("Staff", Rosters.Csv(rows.Prepend(Rosters.StaffHeader))));

        Guid personId;
        string username;
        await using (var db = app.SystemDb())
        {
            var nina = await db.People.SingleAsync(p => p.SchoolId == school && p.ExternalId == "NEW-STAFF-1");
            personId = nina.Id;
            var user = await db.Users.SingleAsync(u => u.Id == nina.UserId);
            Assert.Null(user.PasswordHash);
            username = user.UserName!;
        }

        var people = await head.GetPageAsync("/people");
        Assert.Contains($"name=\"personId\" value=\"{personId}\"", people);
        var sent = await head.SubmitAsync("/people", [new("personId", personId.ToString())], "/people?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Invitation sent to Nina Fictional", Http.Text(await head.GetPageAsync("/people")));

        var message = Assert.Single(await mail.ToAsync(email));
        Assert.Contains("Holbrook Primary", message.Subject);
        var body = message.TextBody ?? "";
        Assert.Contains($"Your username is: {username}", body);
        var link = SetPasswordLink().Match(body);
        Assert.True(link.Success, "No /account/set-password link in: " + body);
        var path = new Uri(link.Value).PathAndQuery;
        await using (var db = app.SystemDb())
        {
            Assert.True(await db.AuditRecords.AnyAsync(r => r.Action == "invitation.sent" && r.EntityId == personId.ToString()));
        }

        const string password = "Nina-Chooses-2026";
        var invited = app.Browser();
        var set = await invited.SubmitAsync(path, [new("Password", password), new("Confirm", password)]);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("Your password is set", Http.Text(await set.Content.ReadAsStringAsync()));

        await invited.SignInOkAsync(username, password);
        Assert.Equal(HttpStatusCode.OK, (await invited.GetAsync("/home")).StatusCode);

        // The link works once.
        var reuse = await app.Browser().SubmitAsync(path, [new("Password", "Someone-Else-2026"), new("Confirm", "Someone-Else-2026")]);
        Assert.Contains("does not work any more", Http.Text(await reuse.Content.ReadAsStringAsync()));
        await app.Browser().SignInOkAsync(username, password);
    }

    [Fact]
    public async Task A_person_without_an_email_address_gets_no_invitation()
    {
        var head = app.Browser();
        await head.SignInOkAsync("head");
        Guid pupilId;
        await using (var db = app.SystemDb())
        {
            pupilId = await db.People.Where(p => p.Kind == PersonKind.Pupil).Select(p => p.Id).FirstAsync();
        }

        var before = mail.Messages.Count;
        var r = await head.SubmitAsync("/people", [new("personId", pupilId.ToString())], "/people?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("cannot be sent an invitation", Http.Text(await head.GetPageAsync("/people")));
        await Task.Delay(300);
        Assert.Equal(before, mail.Messages.Count);
    }

    [GeneratedRegex(@"https?://[^\s]+/account/set-password\?[^\s]+")]
    private static partial Regex SetPasswordLink();
}

public sealed class InvitationTests_Sqlite(MailSqliteFactory app) : InvitationTests<MailSqliteFactory>(app, app.Mail);

[Collection("postgres")]
public sealed class InvitationTests_Postgres(MailPostgresFactory app) : InvitationTests<MailPostgresFactory>(app, app.Mail);
