using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features.Moderation;

/// <summary>Comments (A.5.1, A.2.6, 7.1, A.5.3, A.5.6): who may comment where, held until a moderator approves, slurs refused.</summary>
public abstract class CommentTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    [Fact]
    public async Task A_pupils_comment_is_held_and_no_other_pupil_can_see_it_anywhere()
    {
        var text = $"Our longship floated first time {ModerationSupport.Unique()}";
        var pupil1 = await app.ApiAsAsync("y4.pupil1");
        var created = await pupil1.CommentAsync(text);
        Assert.Equal("held", created.GetProperty("status").GetString());
        Assert.Equal(0, created.GetProperty("findings").GetArrayLength());
        var id = created.GetProperty("id").GetGuid();

        // The author sees it as waiting; another pupil, a parent and the public do not see it at all (A.5.3).
        Assert.Contains(text, await pupil1.CommentTextsAsync());
        var pupil2 = await app.ApiAsAsync("y4.pupil2");
        Assert.DoesNotContain(text, await pupil2.CommentTextsAsync());
        Assert.DoesNotContain(text, await (await app.ApiAsAsync("parent.1")).CommentTextsAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await pupil2.GetAsync("/api/moderation/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pupil2.GetAsync($"/api/moderation/items/{id}")).StatusCode);

        // Nor on any page: the post page, the report page for it, the moderation pages.
        var browser = app.Browser();
        await browser.SignInOkAsync("y4.pupil2");
        var post = await browser.GetPageAsync("/sites/year-4/posts/viking-longships");
        Assert.Contains("Our Viking longships", post);
        Assert.DoesNotContain(text, post);
        var mine = app.Browser();
        await mine.SignInOkAsync("y4.pupil1");
        Assert.DoesNotContain(text, await mine.GetPageAsync("/sites/year-4/posts/viking-longships")); // not even to its author, until approved
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/report/comment/{id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/moderation")).StatusCode);

        await using var db = app.SystemDb();
        var comment = await db.Comments.SingleAsync(c => c.Id == id);
        Assert.Equal(CommentStatus.Held, comment.Status);
        Assert.Equal(ReviewStatus.Pending, (await db.ReviewItems.SingleAsync(i => i.CommentId == id)).Status);
    }

    [Fact]
    public async Task A_slur_is_refused_with_clause_A_5_6_its_evidence_kept_and_never_shown()
    {
        var pupil = await app.ApiAsAsync("y4.pupil4");
        var r = await pupil.PostAsJsonAsync(ModerationSupport.Year4Post, new { text = "shut up you f@g" });
        await r.AssertRefusedAsync("A.5.6");

        await using var db = app.SystemDb();
        var me = await app.PersonIdAsync("y4.pupil4");
        var evidence = await db.EvidenceRecords.SingleAsync(e => e.AuthorId == me && e.ContentKind == ContentKind.Comment);
        Assert.Equal("shut up you f@g", evidence.Text);
        Assert.Equal(CommentStatus.Blocked, (await db.Comments.SingleAsync(c => c.Id == evidence.ContentId)).Status);
        Assert.DoesNotContain("f@g", string.Join(" ", await (await app.ApiAsAsync("teacher.y4")).CommentTextsAsync()));
        Assert.DoesNotContain(await (await app.ApiAsAsync("ict.lead")).QueueAsync(), e => e.GetProperty("text").GetString()!.Contains("f@g"));
    }

    [Fact]
    public async Task Pupils_comment_only_on_their_own_year_groups_blog()
    {
        var pupil = await app.ApiAsAsync("y4.pupil1");
        var other = await app.PublishedPostAsync("year-3", "teacher.y3");
        Assert.Equal(HttpStatusCode.NotFound, (await pupil.PostAsJsonAsync($"/api/sites/year-3/posts/{other}/comments", new { text = "Hello Year 3" })).StatusCode);

        // Even where a pupil may read another year's blog (say, as a guest contributor), they may not comment there (7.1).
        await using (var db = app.SystemDb())
        {
            var site = await db.Sites.SingleAsync(s => s.Slug == "year-3");
            db.SiteMembers.Add(new SiteMember { SiteId = site.Id, SchoolId = site.SchoolId, PersonId = await app.PersonIdAsync("y4.pupil1"), Role = SiteMemberRole.Contributor });
            await db.SaveChangesAsync();
        }

        var r = await pupil.PostAsJsonAsync($"/api/sites/year-3/posts/{other}/comments", new { text = "Hello Year 3" });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Equal("7.1", (await r.JsonAsync()).GetProperty("clause").GetString());

        var school = await pupil.PostAsJsonAsync("/api/sites/school/posts/welcome-back/comments", new { text = "Hello everyone" });
        Assert.Equal(HttpStatusCode.Forbidden, school.StatusCode);
        Assert.Equal("A.5.1", (await school.JsonAsync()).GetProperty("clause").GetString());
    }

    [Fact]
    public async Task A_parent_not_vetted_on_the_site_is_refused_under_A_2_6_and_a_vetted_one_is_held()
    {
        await using (var db = app.SystemDb())
        {
            await db.Sites.Where(s => s.Slug == "year-3").ExecuteUpdateAsync(s => s.SetProperty(x => x.ParentsMayComment, true));
        }

        var slug = await app.PublishedPostAsync("year-3", "teacher.y3");
        var parent = await app.ApiAsAsync("parent.1");
        var refused = await parent.PostAsJsonAsync($"/api/sites/year-3/posts/{slug}/comments", new { text = "Lovely trip" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("A.2.6", (await refused.JsonAsync()).GetProperty("clause").GetString());

        // On year-4 parent.1 is an approved contributor: the comment is taken, and held (A.5.3).
        Assert.Equal("held", (await parent.CommentAsync($"Thank you for the photos {ModerationSupport.Unique()}")).GetProperty("status").GetString());

        // Where the site does not take parents' comments at all, the refusal cites A.5.1.
        var year1 = await app.PublishedPostAsync("year-1", "teacher.y1");
        var off = await parent.PostAsJsonAsync($"/api/sites/year-1/posts/{year1}/comments", new { text = "Lovely" });
        Assert.Equal("A.5.1", (await off.JsonAsync()).GetProperty("clause").GetString());
    }

    [Fact]
    public async Task Staff_comments_with_nothing_found_are_published_at_once_and_readers_see_them()
    {
        var text = $"Well done everyone, brilliant boats {ModerationSupport.Unique()}";
        var created = await (await app.ApiAsAsync("teacher.y4")).CommentAsync(text);
        Assert.Equal("published", created.GetProperty("status").GetString());
        Assert.Contains(text, await (await app.ApiAsAsync("y4.pupil5")).CommentTextsAsync());
    }

    [Fact]
    public async Task Bad_text_gets_a_clear_problem_naming_the_field()
    {
        var pupil = await app.ApiAsAsync("y4.pupil1");
        foreach (var text in new[] { "", "   ", new string('a', 5001) })
        {
            var r = await pupil.PostAsJsonAsync(ModerationSupport.Year4Post, new { text });
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            var problem = await r.JsonAsync();
            Assert.Equal("text", problem.GetProperty("field").GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await pupil.PostAsJsonAsync("/api/sites/year-4/posts/no-such-post/comments", new { text = "Hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync(ModerationSupport.Year4Post, new { text = "Hi" })).StatusCode);
    }

    [Fact]
    public async Task The_comment_form_redirects_to_the_post_with_a_plain_message_and_keeps_the_text_when_refused()
    {
        var browser = app.Browser();
        await browser.SignInOkAsync("y4.pupil2");
        var text = $"I want to make sails next time {ModerationSupport.Unique()}";
        var r = await browser.SubmitAsync("/sites/year-4/posts/viking-longships/comment", [new("Text", text)]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/sites/year-4/posts/viking-longships", r.Headers.Location!.OriginalString);
        await using (var db = app.SystemDb())
        {
            Assert.Equal(CommentStatus.Held, (await db.Comments.SingleAsync(c => c.Text == text)).Status);
        }

        var empty = await browser.SubmitAsync("/sites/year-4/posts/viking-longships/comment", [new("Text", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Write your comment first.", await empty.Content.ReadAsStringAsync());

        // On the school blog pupils may not comment: the page says why, citing the clause, and keeps nothing hidden.
        var refused = await browser.SubmitAsync("/sites/school/posts/welcome-back/comment", [new("Text", "Hello school")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("A.5.1", await refused.Content.ReadAsStringAsync());

        var slur = await browser.SubmitAsync("/sites/year-4/posts/viking-longships/comment", [new("Text", "you spaz " + ModerationSupport.Unique())]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, slur.StatusCode);
        var page = await slur.Content.ReadAsStringAsync();
        Assert.Contains("A.5.6", page);
        Assert.Contains("you spaz", page); // the author's own text is kept in the box to rewrite
    }
}

public sealed class CommentTests_Sqlite(ModerationSqliteFactory app) : CommentTests<ModerationSqliteFactory>(app);

[Collection("postgres")]
public sealed class CommentTests_Postgres(ModerationPostgresFactory app) : CommentTests<ModerationPostgresFactory>(app);
