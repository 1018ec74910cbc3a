using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

public abstract class DemoSchoolTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    public static readonly string[] ContractAccounts =
    [
        "head", "deputy", "assistant.head", "ict.lead", "dsl", "teacher.y1", "teacher.y2", "teacher.y3", "teacher.y4", "teacher.y5", "teacher.y6",
        "ta.1", "contractor.1", "volunteer.1", "governor.1", "parent.1", "y4.pupil1", "y4.pupil2", "y4.pupil3", "y4.pupil4", "y4.pupil5",
    ];

    [Fact]
    public async Task Home_page_shows_the_schools_public_blog_list_without_signing_in()
    {
        var html = await app.Browser().GetPageAsync("/");
        Assert.Contains("Holbrook Primary", html);
        Assert.Contains("href=\"/sites/school\"", html);
        // Year-group blogs carry pupils' work: not listed to anonymous visitors (A.5.2).
        Assert.DoesNotContain("href=\"/sites/year-4\"", html);
    }

    [Fact]
    public async Task Every_demo_account_in_the_contract_can_sign_in_through_the_api()
    {
        foreach (var username in ContractAccounts)
        {
            var token = await app.CreateClient().ApiTokenAsync(username);
            var me = await app.CreateClient().WithBearer(token).GetStringAsync("/api/me");
            Assert.Equal(username, JsonDocument.Parse(me).RootElement.GetProperty("username").GetString());
        }
    }

    [Fact]
    public async Task Demo_school_is_holbrook_primary_of_coventry_with_live_blogs_for_every_year()
    {
        await using var db = app.SystemDb();
        var school = await db.Schools.SingleAsync();
        Assert.Equal(("Holbrook Primary", "Coventry Council"), (school.Name, school.LocalAuthority));

        var token = await app.CreateClient().ApiTokenAsync("head");
        var sites = JsonDocument.Parse(await app.CreateClient().WithBearer(token).GetStringAsync("/api/sites")).RootElement.EnumerateArray()
            .ToDictionary(s => s.GetProperty("slug").GetString()!, s => s.GetProperty("status").GetString());
        foreach (var slug in new[] { "school", "year-1", "year-2", "year-3", "year-4", "year-5", "year-6" })
        {
            Assert.Equal("live", sites[slug]);
        }

        // Issue 4: the demo shows sites in every state.
        Assert.Superset(new HashSet<string?> { "draft", "submitted", "live", "under-review", "archived" }, sites.Values.ToHashSet());

        // A.4.1: every live site has published Terms of Use and House Rules, linked from its pages.
        Assert.All(await db.Sites.Where(s => s.Status == Data.Entities.SiteStatus.Live).ToListAsync(),
            s => Assert.False(string.IsNullOrWhiteSpace(s.TermsOfUse) || string.IsNullOrWhiteSpace(s.HouseRules), s.Slug));
        var blog = await app.Browser().GetPageAsync("/sites/school");
        Assert.Contains("href=\"/sites/school/terms\"", blog);
        Assert.Contains("House Rules", await app.Browser().GetPageAsync("/sites/school/house-rules"));

        // A.5.4: two or more administrators on every site; the ICT leader moderates every site.
        var siteAdmins = await db.Sites.Where(s => s.Status == Data.Entities.SiteStatus.Live).Select(s => new
        {
            s.Slug,
            Admins = s.Members.Count(m => m.Role == Data.Entities.SiteMemberRole.Administrator),
            Moderators = s.Members.Count(m => m.Role == Data.Entities.SiteMemberRole.Moderator),
        }).ToListAsync();
        Assert.All(siteAdmins, s => Assert.True(s.Admins >= 2 && s.Moderators >= 1, s.Slug));
    }

    [Fact]
    public async Task Demo_names_are_plainly_fictional()
    {
        await using var db = app.SystemDb();
        var surnames = await db.People.Select(p => p.LastName).Distinct().ToListAsync();
        Assert.All(surnames, s => Assert.Contains(s, new[] { "Example", "Sample", "Demo", "Specimen", "Fictional" }));
        var emails = await db.People.Where(p => p.Email != null).Select(p => p.Email!).ToListAsync();
        Assert.All(emails, e => Assert.EndsWith(".example", e));
    }

    [Fact]
    public async Task Health_and_openapi_answer()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var openapi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/auth/login", openapi);
        Assert.Contains("/api/sites", openapi);
    }

    [Fact]
    public async Task Demo_post_welcome_back_is_about_400_words_with_20_approved_comments()
    {
        // CONTRACT.md "Public URLs": the demo post welcome-back on school, about 400 words, 20 approved comments.
        await using var db = app.SystemDb();
        var post = await db.Posts.SingleAsync(p => p.Slug == "welcome-back");
        var site = await db.Sites.SingleAsync(s => s.Id == post.SiteId);
        Assert.Equal("school", site.Slug);
        Assert.Equal(Data.Entities.PostStatus.Published, post.Status);
        var words = post.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.InRange(words, 350, 450);
        Assert.Equal(20, await db.Comments.CountAsync(c => c.PostId == post.Id && c.Status == Data.Entities.CommentStatus.Published));

        // Comments from parents went through a moderator (A.5.3): each has an approved review item.
        var parentComments = await db.Comments.Where(c => c.PostId == post.Id && c.AuthorKind == Data.Entities.PersonKind.Parent).Select(c => c.Id).ToListAsync();
        Assert.NotEmpty(parentComments);
        Assert.Equal(parentComments.Count, await db.ReviewItems.CountAsync(r => r.CommentId != null && parentComments.Contains(r.CommentId.Value)
            && r.Status == Data.Entities.ReviewStatus.Approved && r.DecidedById != null));
    }
}

public sealed class DemoSchoolTests_Sqlite(SqliteFactory app) : DemoSchoolTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class DemoSchoolTests_Postgres(PostgresFactory app) : DemoSchoolTests<PostgresFactory>(app);
