using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.Accounts;
using Signpost.Web.Infrastructure;

namespace Signpost.IntegrationTests.Features;

public abstract class SignInTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    [Fact]
    public async Task Sign_in_page_states_that_use_is_monitored_8_2()
    {
        var html = Http.Text(await app.Browser().GetPageAsync("/account/sign-in"));
        Assert.Contains("Use of Signpost is monitored", html);
        Assert.Contains("8.1–8.2", html);
    }

    [Fact]
    public async Task Headteacher_signs_in_and_sees_the_headteachers_home()
    {
        var browser = app.Browser();
        var r = await browser.SignInAsync("head");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/home", r.Headers.Location?.OriginalString);
        var home = await browser.GetPageAsync("/home");
        Assert.Contains("Headteacher&#x27;s home", home);
        Assert.Contains("href=\"/audit\"", home);
    }

    [Fact]
    public async Task Parent_signs_in_and_sees_their_child_by_first_name_only()
    {
        var browser = app.Browser();
        await browser.SignInOkAsync("parent.1");
        var home = Http.Text(await browser.GetPageAsync("/home"));
        Assert.Contains("Parent's home", home);
        Assert.Contains("Ada, Year 4", home);
        Assert.DoesNotContain("Ada Example", home);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_plain_message_and_audited()
    {
        await using var before = app.SystemDb();
        var failuresBefore = await before.AuditRecords.CountAsync(a => a.Action == "sign-in.password" && a.Outcome == "failed");

        var r = await app.Browser().SignInAsync("teacher.y2", "Not-The-Password-1");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("The username or password is not right", WebUtility.HtmlDecode(html));

        await using var after = app.SystemDb();
        Assert.Equal(failuresBefore + 1, await after.AuditRecords.CountAsync(a => a.Action == "sign-in.password" && a.Outcome == "failed"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var browser = app.Browser();
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync("teacher.y6", $"Wrong-Password-{i}x");
        }

        var r = await browser.SignInAsync("teacher.y6");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("locked for 15 minutes", await r.Content.ReadAsStringAsync());

        var api = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "teacher.y6", password = SignpostFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pupil_signs_in_by_choosing_class_name_and_three_pictures()
    {
        var browser = app.Browser();
        var classes = await browser.GetPageAsync("/account/pupil");
        var year4 = Regex.Match(classes, "href=\"/account/pupil\\?class=([0-9a-f-]+)\">Year 4<").Groups[1].Value;
        Assert.NotEmpty(year4);

        var names = await browser.GetPageAsync($"/account/pupil?class={year4}");
        Assert.Contains(">Ada<", names);
        Assert.DoesNotContain("Example", names); // first names only (A.5.2)
        var ada = Regex.Match(names, $"href=\"/account/pupil\\?class={year4}&amp;pupil=([0-9a-f-]+)\">Ada<").Groups[1].Value;

        var formUrl = $"/account/pupil?class={year4}&pupil={ada}";
        var wrong = await browser.SubmitAsync(formUrl, [new("Pictures[0]", "dog"), new("Pictures[1]", "apple"), new("Pictures[2]", "star")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Those are not your pictures", await wrong.Content.ReadAsStringAsync());

        var right = await browser.SubmitAsync(formUrl, DemoSeeder.DemoPupilPictures.Select((p, i) => new KeyValuePair<string, string>($"Pictures[{i}]", p)));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var home = await browser.GetPageAsync("/home");
        Assert.Contains("Hello Ada!", home);
        Assert.Contains("href=\"/sites/year-4\"", home);
        Assert.DoesNotContain("href=\"/sites/year-3\"", home); // pupils read their own year's blog only
    }

    [Fact]
    public async Task Pupil_can_use_the_class_password_instead_of_pictures()
    {
        var (classId, pupilId) = await PupilAsync("y4.pupil2");
        var browser = app.Browser();
        var wrong = await browser.SubmitAsync($"/account/pupil?class={classId}&pupil={pupilId}", [new("ClassPassword", "goldfish")]);
        Assert.Contains("not your class password", await wrong.Content.ReadAsStringAsync());
        var right = await browser.SubmitAsync($"/account/pupil?class={classId}&pupil={pupilId}", [new("ClassPassword", DemoSeeder.Year4ClassPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("Hello Ben!", await browser.GetPageAsync("/home"));
    }

    [Fact]
    public async Task Pupil_signs_in_with_a_qr_card_until_the_teacher_revokes_it()
    {
        var (classId, pupilId) = await PupilAsync("y4.pupil3");
        string token;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Signpost.Data.AppDbContext>();
            var login = await db.PupilLogins.IgnoreQueryFilters().SingleAsync(l => l.PersonId == pupilId);
            token = scope.ServiceProvider.GetRequiredService<PupilLogins>().RevealQrToken(login)!;
        }

        var pupil = app.Browser();
        Assert.Contains("Hello Cara!", await pupil.GetPageAsync($"/qr/{token}"));
        Assert.Equal(HttpStatusCode.Redirect, (await pupil.SubmitAsync($"/qr/{token}", [])).StatusCode);
        Assert.Contains("Hello Cara!", await pupil.GetPageAsync("/home"));

        // The class teacher prints the cards, then revokes Cara's (lost) card.
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y4");
        var cards = await teacher.GetPageAsync($"/classes/{classId}/cards");
        Assert.Contains("QR login code for Cara", cards);
        var revoke = await teacher.PostAsync($"/classes/{classId}/cards?handler=Revoke", new FormUrlEncodedContent(
            [new("pupilId", pupilId.ToString()), new("__RequestVerificationToken", Http.Token(cards))]));
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);

        var stranger = app.Browser();
        Assert.Contains("This card does not work", await stranger.GetPageAsync($"/qr/{token}", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Two_factor_sign_in_is_set_up_with_an_authenticator_and_then_asked_for()
    {
        var browser = app.Browser();
        await browser.SignInOkAsync("dsl");
        var setup = await browser.GetPageAsync("/account/two-factor-setup");
        var key = Regex.Match(setup, "id=\"key\">([a-z0-9 ]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.NotEmpty(key);
        var totp = new Totp(Base32Encoding.ToBytes(key));

        var wrong = await browser.SubmitAsync("/account/two-factor-setup", [new("Code", "000000")]);
        Assert.Contains("That code is not right", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
        var enabled = await browser.SubmitAsync("/account/two-factor-setup", [new("Code", totp.ComputeTotp())]);
        Assert.Contains("Two-factor sign-in is on", await enabled.Content.ReadAsStringAsync());

        var next = app.Browser();
        var r = await next.SignInAsync("dsl");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/account/two-factor", r.Headers.Location?.OriginalString);
        var done = await next.SubmitAsync(r.Headers.Location!.OriginalString, [new("Code", totp.ComputeTotp())]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("Safeguarding lead&#x27;s home", await next.GetPageAsync("/home"));

        var noCode = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "dsl", password = SignpostFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        Assert.Equal("totp", JsonDocument.Parse(await noCode.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        await app.CreateClient().ApiTokenAsync("dsl", totp: totp.ComputeTotp());
    }

    [Fact]
    public async Task After_the_schools_deadline_the_headteacher_must_set_up_two_factor_first()
    {
        await using (var db = app.SystemDb())
        {
            await db.Schools.ExecuteUpdateAsync(s => s.SetProperty(x => x.TwoFactorRequiredFrom, DateTime.UtcNow.AddDays(-1)));
        }

        try
        {
            var browser = app.Browser();
            await browser.SignInOkAsync("head");
            var home = await browser.GetAsync("/home");
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            Assert.Equal("/account/two-factor-setup?required=true", home.Headers.Location?.OriginalString);

            var api = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "head", password = SignpostFactory.DemoPassword });
            Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
            Assert.Equal("6.14–6.15", JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("clause").GetString());

            // Staff without that duty are not held up.
            var teacher = app.Browser();
            await teacher.SignInOkAsync("teacher.y1");
            Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/home")).StatusCode);
        }
        finally
        {
            await using var db = app.SystemDb();
            await db.Schools.ExecuteUpdateAsync(s => s.SetProperty(x => x.TwoFactorRequiredFrom, DateTime.SpecifyKind(new DateTime(9999, 12, 31), DateTimeKind.Utc)));
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var browser = app.Browser();
        await browser.SignInOkAsync("volunteer.1");
        var home = await browser.GetPageAsync("/home");
        var r = await browser.PostAsync("/account/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", Http.Token(home))]));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var after = await browser.GetAsync("/home");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", after.Headers.Location?.ToString());
    }

    private async Task<(Guid ClassId, Guid PupilId)> PupilAsync(string username)
    {
        await using var db = app.SystemDb();
        var user = await db.Users.SingleAsync(u => u.UserName == username);
        var person = await db.People.SingleAsync(p => p.Id == user.PersonId);
        return (person.ClassId!.Value, person.Id);
    }
}

public sealed class SignInTests_Sqlite(SqliteFactory app) : SignInTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class SignInTests_Postgres(PostgresFactory app) : SignInTests<PostgresFactory>(app);
