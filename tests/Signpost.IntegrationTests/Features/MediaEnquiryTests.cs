using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Policy.Clauses;

namespace Signpost.IntegrationTests.Features;

/// <summary>A.3.6: media enquiries come through a public form, go only to the Headteacher at once, and staff are shown the policy's instruction.</summary>
public abstract class MediaEnquiryTests<TFactory>(TFactory app, TestMailServer mail) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    private async Task<Guid> SendAsync(string name, string message, string? organisation = "Coventry Evening Fictional")
    {
        var r = await app.Browser().SubmitAsync("/media-enquiry",
            [F("Input.Name", name), F("Input.Email", "reporter@news.example"), F("Input.Organisation", organisation ?? ""), F("Input.Message", message)]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        await using var db = app.SystemDb();
        return await db.MediaEnquiries.Where(e => e.Name == name).Select(e => e.Id).SingleAsync();
    }

    [Fact]
    public async Task A_journalist_sends_an_enquiry_from_any_page_and_only_the_headteacher_is_told_at_once()
    {
        var visitor = app.Browser();
        Assert.Contains("href=\"/media-enquiry\"", await visitor.GetPageAsync("/sites/school"));

        var empty = await visitor.SubmitAsync("/media-enquiry", [F("Input.Name", ""), F("Input.Email", ""), F("Input.Message", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var errors = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Enter your name.", errors);
        Assert.Contains("Enter your email address, so the Headteacher can reply.", errors);
        Assert.Contains("Write your enquiry.", errors);

        var bad = await visitor.SubmitAsync("/media-enquiry",
            [F("Input.Name", "Robin Reporter"), F("Input.Email", "not-an-address"), F("Input.Message", new string('a', 5001))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        errors = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Enter an email address in the form name@example.com.", errors);
        Assert.Contains("Keep your enquiry to 5,000 characters.", errors);

        var sent = await visitor.SubmitAsync("/media-enquiry",
            [F("Input.Name", "Robin Reporter"), F("Input.Email", "robin@news.example"), F("Input.Organisation", ""), F("Input.Message", "Could we film sports day for the local news?")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("sent to the Headteacher", await visitor.GetPageAsync(sent.Headers.Location!.OriginalString));

        await using var db = app.SystemDb();
        var enquiry = await db.MediaEnquiries.SingleAsync(e => e.Name == "Robin Reporter");
        Assert.Equal(EnquiryStatus.Open, enquiry.Status);
        Assert.Null(enquiry.Organisation);
        var head = await Escalations.PersonAsync(app, "head");
        Assert.Single(await db.Notices.Where(n => n.PersonId == head.Id && n.Link == $"/media-enquiries/{enquiry.Id}").ToListAsync());
        Assert.Equal(1, await db.Notices.CountAsync(n => n.Link == $"/media-enquiries/{enquiry.Id}"));
        var email = Assert.Single(await mail.ToAsync("head@holbrook-primary.example"), m => m.TextBody?.Contains(enquiry.Id.ToString(), StringComparison.Ordinal) == true);
        Assert.Contains("A.3.6", email.Subject);
        Assert.DoesNotContain(mail.Messages, m => m.TextBody?.Contains(enquiry.Id.ToString(), StringComparison.Ordinal) == true
            && !m.To.Mailboxes.Any(b => b.Address == "head@holbrook-primary.example"));
    }

    [Fact]
    public async Task Only_the_headteacher_reads_and_answers_media_enquiries()
    {
        var id = await SendAsync("Sam Scoop", "Is it true the school is getting a new playground?");

        var deputy = app.Browser();
        await deputy.SignInOkAsync("deputy");
        var refused = await deputy.GetAsync("/media-enquiries");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var refusedText = Http.Text(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Contains(MediaEnquiriesGoToTheHeadteacher.Instruction, refusedText);
        Assert.DoesNotContain("Sam Scoop", refusedText);
        var detail = await deputy.GetAsync($"/media-enquiries/{id}");
        Assert.NotEqual(HttpStatusCode.OK, detail.StatusCode);
        Assert.DoesNotContain("playground", await detail.Content.ReadAsStringAsync());
        var deputyApi = await (await app.ApiAsAsync("deputy")).GetAsync("/api/media-enquiries");
        Assert.Equal(HttpStatusCode.Forbidden, deputyApi.StatusCode);
        Assert.Equal("A.3.6", (await deputyApi.JsonAsync()).GetProperty("clause").GetString());

        var head = app.Browser();
        await head.SignInOkAsync("head");
        Assert.Contains($"/media-enquiries/{id}", await head.GetPageAsync("/media-enquiries"));
        Assert.Contains("href=\"/media-enquiries\"", await head.GetPageAsync("/home"));
        var page = await head.GetPageAsync($"/media-enquiries/{id}");
        Assert.Contains("new playground", page);
        var before = await Escalations.AuditCountAsync(app, "media-enquiry.viewed", id);
        Assert.True(before >= 1);

        var saved = await head.SubmitAsync($"/media-enquiries/{id}", [F("Status", "answered"), F("Notes", "Replied by email: no comment until plans are final."), F("Version", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stale = await head.SubmitAsync($"/media-enquiries/{id}", [F("Status", "closed"), F("Notes", ""), F("Version", "0")]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await using (var db = app.SystemDb())
        {
            var enquiry = await db.MediaEnquiries.SingleAsync(e => e.Id == id);
            Assert.Equal(EnquiryStatus.Answered, enquiry.Status);
            Assert.Equal("Replied by email: no comment until plans are final.", enquiry.Notes);
            Assert.Equal((await Escalations.PersonAsync(app, "head")).Id, enquiry.HandledById);
        }

        var api = await (await app.ApiAsAsync("head")).GetAsync("/api/media-enquiries?all=true");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains((await api.JsonAsync()).EnumerateArray(), e => e.GetProperty("id").GetGuid() == id && e.GetProperty("status").GetString() == "answered");
    }

    [Fact]
    public async Task Staff_are_shown_the_policys_instruction_from_their_home_page()
    {
        var teacher = app.Browser();
        await teacher.SignInOkAsync("teacher.y3");
        Assert.Contains("href=\"/media\"", await teacher.GetPageAsync("/home"));
        var guidance = Http.Text(WebUtility.HtmlDecode(await teacher.GetPageAsync("/media")));
        Assert.Contains(MediaEnquiriesGoToTheHeadteacher.Instruction, guidance);
        Assert.Contains("A.3.6", guidance);

        var pupil = app.Browser();
        await pupil.SignInOkAsync("y4.pupil1");
        Assert.DoesNotContain("href=\"/media\"", await pupil.GetPageAsync("/home"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync("/media")).StatusCode);
    }
}

public sealed class MediaEnquiryTests_Sqlite(EscalationSqliteFactory app) : MediaEnquiryTests<EscalationSqliteFactory>(app, app.Mail);

[Collection("postgres")]
public sealed class MediaEnquiryTests_Postgres(EscalationPostgresFactory app) : MediaEnquiryTests<EscalationPostgresFactory>(app, app.Mail);

public sealed class MediaRateLimitedFactory : SqliteFactory
{
    public MediaRateLimitedFactory() => Settings["Signpost:MediaEnquiriesPerHour"] = "2";
}

/// <summary>The public form is rate-limited per address, so nobody can flood the Headteacher (A.3.6).</summary>
public sealed class MediaEnquiryRateLimitTests(MediaRateLimitedFactory app) : IClassFixture<MediaRateLimitedFactory>
{
    [Fact]
    public async Task A_third_enquiry_from_one_address_within_the_hour_is_refused_with_429()
    {
        var visitor = app.Browser();
        for (var i = 0; i < 2; i++)
        {
            var r = await visitor.SubmitAsync("/media-enquiry",
                [new("Input.Name", $"Flood {i}"), new("Input.Email", "flood@news.example"), new("Input.Message", "Same question again.")]);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }

        var limited = await visitor.SubmitAsync("/media-enquiry",
            [new("Input.Name", "Flood 3"), new("Input.Email", "flood@news.example"), new("Input.Message", "Same question again.")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Contains("Too many enquiries", await limited.Content.ReadAsStringAsync());
        await using var db = app.SystemDb();
        Assert.Equal(2, await db.MediaEnquiries.CountAsync(e => e.Email == "flood@news.example"));
    }
}
