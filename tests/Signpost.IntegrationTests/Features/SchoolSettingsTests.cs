using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>The Headteacher keeps the school's details and logo; the logo links to the school website on every page (A.4.7).</summary>
public abstract class SchoolSettingsTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient head, string website, byte[]? logo, string logoName = "logo.png")
    {
        var page = await head.GetPageAsync("/school/settings");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Http.Token(page)), "__RequestVerificationToken" },
            { new StringContent("Holbrook Primary"), "Input.Name" },
            { new StringContent(website), "Input.WebsiteUrl" },
            { new StringContent("Coventry Council"), "Input.LocalAuthority" },
            { new StringContent("holbrook-primary.example"), "Input.EmailDomains" },
        };
        if (logo is not null)
        {
            var file = new ByteArrayContent(logo);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "Logo", logoName);
        }

        return await head.PostAsync("/school/settings", form);
    }

    [Fact]
    public async Task Headteacher_uploads_a_logo_that_every_page_shows_linked_to_the_school_website()
    {
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var r = await PostAsync(head, "https://holbrook-primary.example", TinyPng);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("Saved.", await r.Content.ReadAsStringAsync());

        var home = await app.Browser().GetPageAsync("/");
        var logo = System.Text.RegularExpressions.Regex.Match(home, "<a class=\"school-mark\" href=\"https://holbrook-primary.example\">\\s*<img src=\"(/school-logo/[^\"]+)\"");
        Assert.True(logo.Success, "the header logo is not linked to the school website");
        var image = await app.CreateClient().GetAsync(logo.Groups[1].Value);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TinyPng, await image.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_script_disguised_as_a_png_and_a_bad_website_are_refused_and_nothing_changes()
    {
        var head = app.Browser();
        await head.SignInOkAsync("head");
        await using var before = app.SystemDb();
        var original = await before.Schools.AsNoTracking().SingleAsync();

        var svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"u8.ToArray();
        var r = await PostAsync(head, "https://changed.example", svg, "logo.png");
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("must be a PNG or JPEG", html);

        var bad = await PostAsync(head, "not a website", null);
        Assert.Contains("full address starting with https://", await bad.Content.ReadAsStringAsync());

        await using var after = app.SystemDb();
        var school = await after.Schools.AsNoTracking().SingleAsync();
        Assert.Equal((original.WebsiteUrl, original.LogoPath), (school.WebsiteUrl, school.LogoPath));
    }

    [Fact]
    public async Task Only_the_headteacher_opens_school_settings()
    {
        var deputy = app.Browser();
        await deputy.SignInOkAsync("deputy");
        var r = await deputy.GetAsync("/school/settings");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("/account/denied", r.Headers.Location?.ToString());
    }
}

public sealed class SchoolSettingsTests_Sqlite(SqliteFactory app) : SchoolSettingsTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class SchoolSettingsTests_Postgres(PostgresFactory app) : SchoolSettingsTests<PostgresFactory>(app);
