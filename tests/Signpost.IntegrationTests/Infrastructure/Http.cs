using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Signpost.IntegrationTests.Infrastructure;

/// <summary>Page flows as a browser does them: GET the form, take its antiforgery token, POST the fields.</summary>
public static partial class Http
{
    public static async Task<string> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}. {Trim(body)}");
        return body;
    }

    public static string Token(string html)
    {
        var m = TokenPattern().Match(html);
        Assert.True(m.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    /// <summary>GETs <paramref name="formUrl"/>, then POSTs <paramref name="fields"/> with its token to <paramref name="postUrl"/> (default: the same URL).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string formUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await client.GetPageAsync(formUrl);
        var all = fields.Append(new("__RequestVerificationToken", Token(page)));
        return await client.PostAsync(postUrl ?? formUrl, new FormUrlEncodedContent(all));
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string username, string password = SignpostFactory.DemoPassword) =>
        await client.SubmitAsync("/account/sign-in", [new("Username", username), new("Password", password)]);

    public static async Task SignInOkAsync(this HttpClient client, string username, string password = SignpostFactory.DemoPassword)
    {
        var r = await client.SignInAsync(username, password);
        Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {username} failed: {(int)r.StatusCode} {Trim(await r.Content.ReadAsStringAsync())}");
    }

    public static async Task<string> ApiTokenAsync(this HttpClient client, string username, string password = SignpostFactory.DemoPassword, string? totp = null)
    {
        var r = await client.PostAsJsonAsync("/api/auth/login", new { username, password, totp });
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"API login as {username}: {(int)r.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }

    public static HttpClient WithBearer(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Asserts a 422 problem-details refusal that cites <paramref name="clause"/>.</summary>
    public static async Task AssertRefusedAsync(this HttpResponseMessage r, string clause)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.UnprocessableEntity, $"expected 422, got {(int)r.StatusCode}: {body}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal(clause, JsonDocument.Parse(body).RootElement.GetProperty("clause").GetString());
    }

    /// <summary>An API client signed in as <paramref name="username"/>.</summary>
    public static async Task<HttpClient> ApiAsAsync(this SignpostFactory app, string username) =>
        app.CreateClient().WithBearer(await app.CreateClient().ApiTokenAsync(username));

    public static string Text(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, " "));

    /// <summary>
    /// The page with its opaque values (anti-forgery tokens, protected ids: runs of 40 or more letters, digits, "_" and
    /// "-") taken out, so a test that a word is absent cannot fail on a random token that happens to spell it ("Ada").
    /// </summary>
    public static string WithoutOpaqueValues(string html) => OpaquePattern().Replace(html, string.Empty);

    [GeneratedRegex("[A-Za-z0-9_\\-]{40,}")]
    private static partial Regex OpaquePattern();

    private static string Trim(string s) => s.Length > 600 ? s[..600] : s;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
