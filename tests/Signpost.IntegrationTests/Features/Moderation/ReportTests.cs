using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features.Moderation;

/// <summary>"Tell a teacher" (A.5.3): anyone who can read an item reports it, the moderators look again, the reporter hears the outcome on their home page.</summary>
public abstract class ReportTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private async Task<Guid> PublishedPupilCommentAsync(string author = "y4.pupil1")
    {
        var created = await (await app.ApiAsAsync(author)).CommentAsync($"Ours was the fastest boat {ModerationSupport.Unique()}");
        var id = created.GetProperty("id").GetGuid();
        var ict = await app.ApiAsAsync("ict.lead");
        var e = (await ict.QueueEntryAsync(id))!.Value;
        Assert.Equal(HttpStatusCode.OK, (await ict.DecideAsync(e.GetProperty("id").GetGuid(), new { action = "approve", version = e.GetProperty("version").GetInt32() })).StatusCode);
        return id;
    }

    [Fact]
    public async Task A_pupil_tells_a_teacher_the_moderator_removes_it_and_the_pupil_is_told_on_their_home_page()
    {
        var id = await PublishedPupilCommentAsync();
        var pupil = app.Browser();
        await pupil.SignInOkAsync("y4.pupil2");
        var form = await pupil.GetPageAsync($"/report/comment/{id}");
        Assert.Contains("Tell a teacher", form);
        var sent = await pupil.SubmitAsync($"/report/comment/{id}", [new("Words", "It is not kind")]);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Thank you for telling us", await sent.Content.ReadAsStringAsync());

        // The item is back in the queue as reported (priority 2), with the report's reason.
        var ict = await app.ApiAsAsync("ict.lead");
        var entry = (await ict.QueueEntryAsync(id))!.Value;
        Assert.Equal(2, entry.GetProperty("priority").GetInt32());
        Assert.Contains(entry.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("source").GetString() == "report");
        Assert.Equal(HttpStatusCode.OK, (await ict.DecideAsync(entry.GetProperty("id").GetGuid(), new { action = "reject", version = entry.GetProperty("version").GetInt32(), reason = "1" })).StatusCode);
        Assert.DoesNotContain(entry.GetProperty("text").GetString()!, await (await app.ApiAsAsync("y4.pupil3")).CommentTextsAsync());
        await using (var db = app.SystemDb())
        {
            Assert.Equal(CommentStatus.Rejected, (await db.Comments.SingleAsync(c => c.Id == id)).Status);
            var report = await db.ItemReports.SingleAsync(r => r.ReviewItemId == entry.GetProperty("id").GetGuid());
            Assert.Equal("It is not kind", report.Reason);
            Assert.Contains("took it away", report.Outcome);
        }

        var home = await pupil.GetPageAsync("/home");
        Assert.Contains("Thank you for telling us. A teacher looked at the comment you told us about on Year 4 blog and took it away.", Http.Text(home));

        // Marking it read takes it off the home page.
        var read = await pupil.SubmitAsync("/home", [], "/notices?handler=Read");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.DoesNotContain("took it away", Http.Text(await pupil.GetPageAsync("/home")));
        Assert.Contains("took it away", Http.Text(await pupil.GetPageAsync("/notices")));
    }

    [Fact]
    public async Task A_parent_reports_a_post_through_the_API_and_is_told_it_can_stay()
    {
        Guid postId;
        await using (var db = app.SystemDb())
        {
            postId = (await db.Posts.SingleAsync(p => p.Slug == "welcome-back")).Id;
        }

        var parent = await app.ApiAsAsync("parent.1");
        var r = await parent.PostAsJsonAsync($"/api/report/post/{postId}", new { reason = "Is the date right?" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var ict = await app.ApiAsAsync("ict.lead");
        var entry = (await ict.QueueAsync()).Single(e => e.GetProperty("contentId").GetGuid() == postId);
        Assert.Equal("post", entry.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ict.DecideAsync(entry.GetProperty("id").GetGuid(), new { action = "approve", version = entry.GetProperty("version").GetInt32() })).StatusCode);

        await using var check = app.SystemDb();
        Assert.Equal(PostStatus.Published, (await check.Posts.SingleAsync(p => p.Id == postId)).Status);
        var me = await app.PersonIdAsync("parent.1");
        Assert.Contains(await check.Notices.Where(n => n.PersonId == me && n.Kind == "report-outcome").ToListAsync(), n => n.Text.Contains("decided it can stay"));
    }

    [Fact]
    public async Task Nobody_can_report_what_they_cannot_read()
    {
        var held = (await (await app.ApiAsAsync("y4.pupil1")).CommentAsync($"Still waiting {ModerationSupport.Unique()}")).GetProperty("id").GetGuid();
        var pupil = app.Browser();
        await pupil.SignInOkAsync("y4.pupil2");
        Assert.Equal(HttpStatusCode.NotFound, (await pupil.GetAsync($"/report/comment/{held}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("y4.pupil2")).PostAsJsonAsync($"/api/report/comment/{held}", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pupil.GetAsync($"/report/comment/{Guid.NewGuid()}")).StatusCode);

        var anonymous = app.Browser();
        var r = await anonymous.GetAsync($"/report/comment/{held}");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("/account/sign-in", r.Headers.Location!.OriginalString);
    }
}

public sealed class ReportTests_Sqlite(ModerationSqliteFactory app) : ReportTests<ModerationSqliteFactory>(app);

[Collection("postgres")]
public sealed class ReportTests_Postgres(ModerationPostgresFactory app) : ReportTests<ModerationPostgresFactory>(app);

/// <summary>Per-person limits on commenting and reporting: 429 with Retry-After.</summary>
public sealed class ContributionLimitFactory : SqliteFactory
{
    public ContributionLimitFactory()
    {
        Settings["Signpost:CommentsPerFiveMinutes"] = "2";
        Settings["Signpost:ReportsPerFiveMinutes"] = "1";
    }
}

public sealed class ContributionLimitTests(ContributionLimitFactory app) : IClassFixture<ContributionLimitFactory>
{
    [Fact]
    public async Task A_third_comment_in_five_minutes_gets_429_with_retry_after_and_other_people_are_not_affected()
    {
        var pupil = await app.ApiAsAsync("y4.pupil1");
        await pupil.CommentAsync("First " + ModerationSupport.Unique());
        await pupil.CommentAsync("Second " + ModerationSupport.Unique());
        var limited = await pupil.PostAsJsonAsync(ModerationSupport.Year4Post, new { text = "Third " + ModerationSupport.Unique() });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);

        // The form shares the budget; another pupil has their own.
        var browser = app.Browser();
        await browser.SignInOkAsync("y4.pupil1");
        var form = await browser.SubmitAsync("/sites/year-4/posts/viking-longships/comment", [new("Text", "Fourth " + ModerationSupport.Unique())]);
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.True(form.Headers.RetryAfter?.Delta > TimeSpan.Zero, "the form's 429 has no Retry-After");
        Assert.Contains("Wait", await form.Content.ReadAsStringAsync());
        await (await app.ApiAsAsync("y4.pupil2")).CommentAsync("Mine " + ModerationSupport.Unique());

        Guid postId;
        await using (var db = app.SystemDb())
        {
            postId = (await db.Posts.SingleAsync(p => p.Slug == "viking-longships")).Id;
        }

        var parent = await app.ApiAsAsync("parent.1");
        Assert.Equal(HttpStatusCode.OK, (await parent.PostAsJsonAsync($"/api/report/post/{postId}", new { reason = "one" })).StatusCode);
        var second = await parent.PostAsJsonAsync($"/api/report/post/{postId}", new { reason = "two" });
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);

        // The report form shares the budget and says so.
        var parentBrowser = app.Browser();
        await parentBrowser.SignInOkAsync("parent.1");
        var reportForm = await parentBrowser.SubmitAsync($"/report/post/{postId}", [new("Words", "three")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, reportForm.StatusCode);
        Assert.True(reportForm.Headers.RetryAfter?.Delta > TimeSpan.Zero, "the report form's 429 has no Retry-After");
        Assert.Contains("Wait", await reportForm.Content.ReadAsStringAsync());
    }
}
