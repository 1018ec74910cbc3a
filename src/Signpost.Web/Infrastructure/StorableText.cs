using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Text the platform can store exactly as typed. Two things cannot be: the NUL character (PostgreSQL refuses it in
/// text; SQLite would cut strings at it in some tools) and broken UTF-16 (a lone surrogate, which would be silently
/// replaced by U+FFFD on the way to the database). Rather than change what a person typed, such input is refused at
/// the edge with a clear 400 (issue 7, "Hostile input").
/// </summary>
public static class StorableText
{
    public const string Problem = "The text contains a character that cannot be stored (a NUL character or a broken character). Remove it and try again.";

    /// <summary>The text without NUL characters and broken surrogates.</summary>
    public static string Clean(string s)
    {
        if (IsStorable(s))
        {
            return s;
        }

        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
            }
            else if (c != '\0' && !char.IsSurrogate(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The field of <paramref name="form"/> holding text that cannot be stored, or null when there is none.</summary>
    public static string? FirstUnstorableField(IFormCollection form) =>
        form.FirstOrDefault(f => !IsStorable(f.Key) || f.Value.Any(v => !IsStorable(v))).Key;

    /// <summary>Answers 400 with <see cref="Problem"/>: a problem for /api, a plain page otherwise.</summary>
    public static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.Response.WriteAsJsonAsync(new ProblemDetails { Status = 400, Title = "That could not be stored", Detail = StorableText.Problem },
                (JsonSerializerOptions?)null, "application/problem+json", context.RequestAborted);
        }
        else
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>That could not be stored - Signpost</title></head><body><main>"
                + $"<h1>That could not be stored</h1><p>{StorableText.Problem}</p><p>Go back in your browser, or <a href=\"/\">go to the home page</a>.</p></main></body></html>",
                context.RequestAborted);
        }
    }

    public static bool IsStorable(string? s)
    {
        if (s is null)
        {
            return true;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Every string in an /api JSON body: refused when it cannot be stored as typed (the binder answers 400).</summary>
public sealed class StorableStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = reader.GetString();
        return StorableText.IsStorable(s) ? s : throw new JsonException(StorableText.Problem);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Query strings and form fields of every request: refused with 400 when they hold text that cannot be stored as typed.</summary>
public sealed class StorableTextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var bad = context.Request.Query.Any(q => !StorableText.IsStorable(q.Key) || q.Value.Any(v => !StorableText.IsStorable(v)));
        if (bad && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            // A search box or link: nothing is stored, so the unstorable characters are dropped and the search goes on.
            var cleaned = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder();
            foreach (var q in context.Request.Query)
            {
                foreach (var v in q.Value)
                {
                    cleaned.Add(StorableText.Clean(q.Key), StorableText.Clean(v ?? ""));
                }
            }

            context.Request.QueryString = cleaned.ToQueryString();
            bad = false;
        }

        // URL-encoded forms only: a multipart upload is left to its endpoint, whose own size limits must apply first.
        if (!bad && context.Request.HasFormContentType && !HttpMethods.IsGet(context.Request.Method)
            && context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                bad = form.Any(f => !StorableText.IsStorable(f.Key) || f.Value.Any(v => !StorableText.IsStorable(v)));
            }
            catch (InvalidDataException)
            {
                bad = true;
            }
        }

        if (!bad)
        {
            await next(context);
            return;
        }

        await StorableText.RefuseAsync(context);
    }
}

/// <summary>
/// Multipart forms (uploads with text beside the file) are left by <see cref="StorableTextMiddleware"/> to their page,
/// whose own size limits apply as the form is read; once it has been read for the handler, its text fields get the
/// same check and the same clear 400.
/// </summary>
public sealed class StorableFormFilter : Microsoft.AspNetCore.Mvc.Filters.IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        // The form as already read (antiforgery reads every posted form first); never read here, so a form refused as too
        // large is not read a second time.
        if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form is { } form && StorableText.FirstUnstorableField(form) is not null)
        {
            await StorableText.RefuseAsync(context.HttpContext);
            context.Result = new EmptyResult();
            return;
        }

        await next();
    }
}
