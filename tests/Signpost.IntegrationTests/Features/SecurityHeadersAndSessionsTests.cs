using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>Issue 7, "Headers and sessions": security headers everywhere, secure cookies, antiforgery on every form, sign-out everywhere on a password change.</summary>
public abstract class SecurityHeadersAndSessionsTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sites/school")]
    [InlineData("/sites/school/posts/welcome-back")]
    [InlineData("/account/sign-in")]
    [InlineData("/health")]
    [InlineData("/api/sites")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    public async Task Every_response_carries_a_strict_content_security_policy_and_the_other_security_headers(string path)
    {
        var r = await app.CreateClient().GetAsync(path);
        var csp = Assert.Single(r.Headers.GetValues("Content-Security-Policy"));
        var script = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", script);
        Assert.DoesNotContain("unsafe-eval", script);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(r.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(r.Headers.GetValues("X-Frame-Options")));
        Assert.Contains(Assert.Single(r.Headers.GetValues("Referrer-Policy")), new[] { "same-origin", "strict-origin-when-cross-origin", "no-referrer" });
    }

    [Fact]
    public async Task Over_https_the_browser_is_told_to_stay_on_https_and_the_sign_in_cookie_is_secure_http_only_and_same_site()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://holbrook.example/"), AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetAsync("/account/sign-in");
        Assert.Contains("max-age=", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")));
        foreach (var set in page.Headers.GetValues("Set-Cookie").Select(c => c.ToLowerInvariant()))
        {
            // The antiforgery cookie (and any other) is as careful as the sign-in cookie.
            Assert.Contains("; secure", set);
            Assert.Contains("; httponly", set);
            Assert.Matches("; samesite=(lax|strict)", set);
        }

        var html = await page.Content.ReadAsStringAsync();
        var signIn = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Http.Token(html), ["Username"] = "teacher.y2", ["Password"] = SignpostFactory.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("signpost=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; secure", cookie);
        Assert.Contains("; httponly", cookie);
        Assert.Contains("; samesite=lax", cookie);
    }

    [Fact]
    public async Task Over_plain_http_there_is_no_strict_transport_security_header()
    {
        // HSTS only means something over https; sent over http it would be ignored at best (RFC 6797, 7.2).
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://holbrook.example/"), AllowAutoRedirect = false });
        foreach (var path in new[] { "/", "/account/sign-in", "/api/sites" })
        {
            var r = await client.GetAsync(path);
            Assert.False(r.Headers.Contains("Strict-Transport-Security"), $"{path} sent HSTS over http");
        }
    }

    /// <summary>
    /// Antiforgery as it behaves, not as declared: every handler of every page that takes a post (from the app's own
    /// action descriptors, route values filled with demo data) is posted without a token by the signed-in Headteacher,
    /// and never gets further than a 400 (or a refusal of the person). Any other endpoint taking a post outside /api
    /// (which accepts bearer tokens only) must ask for antiforgery validation in its metadata.
    /// </summary>
    [Fact]
    public async Task Every_form_post_of_every_page_without_the_antiforgery_token_is_refused()
    {
        var pages = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<CompiledPageActionDescriptor>().ToList();
        var values = new Dictionary<string, string>
        {
            ["slug"] = "year-4", ["site"] = "year-4", ["post"] = "viking-longships", ["kind"] = "comment", ["which"] = "terms",
            ["school"] = "holbrook", ["code"] = "404", ["token"] = "not-a-card", ["user"] = "x",
        };
        var head = app.Browser();
        await head.SignInOkAsync("head");
        var failures = new List<string>();
        var refusedForToken = 0;
        foreach (var page in pages.Where(p => p.ViewEnginePath is not ("/Error" or "/Status")))
        {
            var template = "/" + (page.AttributeRouteInfo?.Template ?? page.ViewEnginePath).Trim('/');
            var url = System.Text.RegularExpressions.Regex.Replace(template, @"\{([a-zA-Z]+)(:[^}]*)?\??\}",
                m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : Guid.NewGuid().ToString());
            foreach (var handler in page.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
            {
                var target = handler.Name is null ? url : $"{url}?handler={handler.Name}";
                var r = await head.PostAsync(target, new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "no token", ["decision"] = "publish" }));
                var location = r.Headers.Location?.ToString() ?? "";
                if (r.StatusCode == HttpStatusCode.BadRequest)
                {
                    refusedForToken++;
                }
                else if (!(r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    || (r.StatusCode == HttpStatusCode.Redirect && location.Contains("/account/", StringComparison.Ordinal))))
                {
                    failures.Add($"POST {target} without a token: {(int)r.StatusCode} {location}");
                }
            }
        }

        var others = app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<CompiledPageActionDescriptor>() is null && e.Metadata.GetMetadata<PageActionDescriptor>() is null)
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("POST") != false
                && !(e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("api", StringComparison.Ordinal)
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Antiforgery.IAntiforgeryMetadata>() is not { RequiresValidation: true })
            .Select(e => e.RoutePattern.RawText)
            .Where(p => p is not ("/health" or "/openapi/{documentName}.json")) // GET-only in practice: no body is read
            .ToList();
        failures.AddRange(others.Select(p => $"{p}: takes posts outside /api without antiforgery"));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(refusedForToken > 30, $"only {refusedForToken} posts were refused for the missing token: did the pages change?");
    }

    [Fact]
    public void Every_page_that_takes_a_form_post_validates_the_antiforgery_token()
    {
        // From the app's own action descriptors, so a new page cannot be missed.
        var pages = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<CompiledPageActionDescriptor>().ToList();
        Assert.NotEmpty(pages);
        var posting = pages.Where(p => p.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(posting.Count > 10, $"expected many pages with forms, found {posting.Count}");
        var exempt = new HashSet<string> { "/Error", "/Status" }; // they only render errors and change nothing
        var unprotected = posting.Where(p => !exempt.Contains(p.ViewEnginePath) && p.EndpointMetadata.OfType<IgnoreAntiforgeryTokenAttribute>().Any())
            .Select(p => p.ViewEnginePath).ToList();
        Assert.True(unprotected.Count == 0, "pages taking posts without antiforgery: " + string.Join(", ", unprotected));
    }

    [Theory]
    [InlineData(null, "/account/sign-in")]
    [InlineData("teacher.y4", "/account/password")]
    [InlineData("teacher.y4", "/sites/year-4/evaluation")]
    [InlineData("head", "/school/settings")]
    public async Task A_form_post_without_the_antiforgery_token_is_refused(string? username, string path)
    {
        var client = app.Browser();
        if (username is not null)
        {
            await client.SignInOkAsync(username);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        var r = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["Username"] = "head", ["Password"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    [InlineData("http:evil.example")]
    public async Task Signing_in_never_sends_the_browser_to_another_site_whatever_the_return_address(string returnUrl)
    {
        var client = app.Browser();
        var r = await client.SubmitAsync($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}",
            [new("Username", "teacher.y6"), new("Password", SignpostFactory.DemoPassword), new("ReturnUrl", returnUrl)]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var location = r.Headers.Location!;
        var target = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost/"), location);
        Assert.Equal("localhost", target.Host);
        Assert.StartsWith("/", location.OriginalString, StringComparison.Ordinal);
        Assert.False(location.OriginalString.StartsWith("//", StringComparison.Ordinal) || location.OriginalString.StartsWith("/\\", StringComparison.Ordinal), location.OriginalString);
    }

    [Fact]
    public async Task The_api_never_accepts_the_sign_in_cookie_so_it_needs_no_antiforgery_token()
    {
        var browser = app.Browser();
        await browser.SignInOkAsync("head");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/home")).StatusCode);
        var r = await browser.PostAsJsonAsync("/api/sites", new { name = "Cross-site attempt" });
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
    }

    [Fact]
    public async Task Changing_a_password_signs_the_account_out_everywhere_else_but_not_here()
    {
        const string user = "teacher.y3";
        var here = app.Browser();
        await here.SignInOkAsync(user);
        var elsewhere = app.Browser();
        await elsewhere.SignInOkAsync(user);
        var token = await app.CreateClient().ApiTokenAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().WithBearer(token).GetAsync("/api/me")).StatusCode);

        const string newPassword = "Another-Demo-Pass-2026!";
        var wrong = await here.SubmitAsync("/account/password", [new("Current", "not-my-password"), new("Password", newPassword), new("Confirm", newPassword)]);
        Assert.Contains("That is not your current password", Http.Text(await wrong.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/home")).StatusCode); // a failed attempt ends nothing

        var changed = await here.SubmitAsync("/account/password", [new("Current", SignpostFactory.DemoPassword), new("Password", newPassword), new("Confirm", newPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/home")).StatusCode);
        var other = await elsewhere.GetAsync("/home");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Contains("/account/sign-in", other.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().WithBearer(token).GetAsync("/api/me")).StatusCode);

        // The new password works; the old one does not.
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(user, newPassword)).StatusCode);
        var old = await app.Browser().SignInAsync(user);
        Assert.NotEqual(HttpStatusCode.Redirect, old.StatusCode);

        await using var db = app.SystemDb();
        Assert.Contains(db.AuditRecords, a => a.Action == "account.password-changed");
    }

    [Fact]
    public async Task Pupils_do_not_change_passwords_here()
    {
        var pupil = app.Browser();
        await pupil.SignInOkAsync("y4.pupil2");
        var r = await pupil.GetAsync("/account/password");
        Assert.True(r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"got {(int)r.StatusCode}");
        if (r.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("denied", r.Headers.Location?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
        }
    }
}

public sealed class SecurityHeadersAndSessionsTests_Sqlite(SqliteFactory app) : SecurityHeadersAndSessionsTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class SecurityHeadersAndSessionsTests_Postgres(PostgresFactory app) : SecurityHeadersAndSessionsTests<PostgresFactory>(app);
