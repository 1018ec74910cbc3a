using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>Section 7 and Appendix A: proposal → leadership review → Headteacher decision → live, with every refusal citing its clause.</summary>
public abstract class ProposalJourneyTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    private Task<HttpClient> As(string username) => app.ApiAsAsync(username);

    private static Dictionary<string, object?> Complete(string name, params string[] admins) => new()
    {
        ["name"] = name,
        ["kind"] = "project-blog",
        ["purpose"] = "Share the eco council's projects with families across the school.",
        ["reason"] = "Pupils practise persuasive writing for a real audience of parents.",
        ["audienceYears"] = new[] { 5, 6 },
        ["audienceParents"] = true,
        ["pupilsMayComment"] = true,
        ["hoursPerWeek"] = 2,
        ["maintainers"] = "Year 5 and Year 6 teachers",
        ["resourcedBy"] = "assistant.head",
        ["startDate"] = "2027-01-05",
        ["endDate"] = "2027-07-20",
        ["exitPlan"] = "archive",
        ["successMeasures"] = "At least one post a week and comments from twenty families by Easter.",
        ["administrators"] = admins.Length > 0 ? admins : new[] { "teacher.y5", "teacher.y6" },
    };

    private static Task<JsonElement> Json(HttpResponseMessage r) => r.JsonAsync();

    private static Task AssertRefused(HttpResponseMessage r, string clause) => r.AssertRefusedAsync(clause);

    private async Task<string> ApprovedAsync(string name, Dictionary<string, object?>? proposal = null, string proposer = "teacher.y5")
    {
        var teacher = await As(proposer);
        var created = await Json(await teacher.PostAsJsonAsync("/api/sites", proposal ?? Complete(name)));
        var slug = created.GetProperty("slug").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await teacher.PostAsync($"/api/sites/{slug}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await As("deputy")).PostAsJsonAsync($"/api/sites/{slug}/review", new { notes = "Audience of parents and Years 5-6 agreed; pupils comment only." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await As("head")).PostAsJsonAsync($"/api/sites/{slug}/decision", new { action = "approve" })).StatusCode);
        return slug;
    }

    [Fact]
    public async Task A_proposal_goes_from_draft_to_live_through_review_and_the_headteachers_approval()
    {
        var teacher = await As("teacher.y5");
        var draft = await teacher.PostAsJsonAsync("/api/sites", new { name = "Eco council blog" });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var created = await Json(draft);
        var slug = created.GetProperty("slug").GetString()!;
        Assert.Equal("draft", created.GetProperty("status").GetString());
        var missing = created.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("clause").GetString()).ToList();
        Assert.Contains("A.1.2", missing);
        Assert.Contains("A.1.7", missing);
        Assert.Contains("A.5.4", missing);

        await AssertRefused(await teacher.PostAsync($"/api/sites/{slug}/submit", null), "A.1.2");

        var version = created.GetProperty("version").GetInt32();
        var full = Complete("Eco council blog");
        full["version"] = version;
        var saved = await teacher.PutAsJsonAsync($"/api/sites/{slug}/proposal", full);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(0, (await Json(saved)).GetProperty("missing").GetArrayLength());

        Assert.Equal("submitted", (await Json(await teacher.PostAsync($"/api/sites/{slug}/submit", null))).GetProperty("status").GetString());
        await AssertRefused(await teacher.PostAsJsonAsync($"/api/sites/{slug}/review", new { notes = "I agree with myself entirely." }), "A.1.3");
        await AssertRefused(await (await As("head")).PostAsJsonAsync($"/api/sites/{slug}/decision", new { action = "approve" }), "A.1.3");

        Assert.Equal(HttpStatusCode.OK, (await (await As("deputy")).PostAsJsonAsync($"/api/sites/{slug}/review", new { notes = "Parents and Years 5-6; pupil comments moderated." })).StatusCode);
        var approved = await Json(await (await As("head")).PostAsJsonAsync($"/api/sites/{slug}/decision", new { action = "approve", reasons = "A worthwhile project." }));
        Assert.Equal("approved", approved.GetProperty("status").GetString());

        var live = await teacher.PostAsync($"/api/sites/{slug}/go-live", null);
        var liveBody = await Json(live);
        Assert.True(live.StatusCode == HttpStatusCode.OK, liveBody.ToString());
        Assert.Equal("live", liveBody.GetProperty("status").GetString());
        Assert.Equal("class-only", liveBody.GetProperty("privacy").GetString()); // pupils comment: strongest privacy by default (A.5.2)
        var steps = liveBody.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("step").GetString()).ToList();
        Assert.Equal(["Proposed", "DraftSaved", "Submitted", "LeadershipReviewed", "Approved", "WentLive"], steps);
        Assert.All(liveBody.GetProperty("history").EnumerateArray(), h => Assert.False(string.IsNullOrEmpty(h.GetProperty("by").GetString())));

        var sites = await Json(await teacher.GetAsync("/api/sites"));
        Assert.Contains(sites.EnumerateArray(), s => s.GetProperty("slug").GetString() == slug && s.GetProperty("status").GetString() == "live");
        await using var db = app.SystemDb();
        var siteId = (await db.Sites.SingleAsync(s => s.Slug == slug)).Id.ToString();
        Assert.True(await db.AuditRecords.CountAsync(a => a.EntityType == "Site" && a.EntityId == siteId) >= 5, "each step of the journey is audited");
    }

    [Fact]
    public async Task Nobody_decides_on_their_own_proposal_A_3_2()
    {
        var head = await As("head");
        var slug = (await Json(await head.PostAsJsonAsync("/api/sites", Complete("Headteacher's news", "deputy", "assistant.head")))).GetProperty("slug").GetString();
        Assert.Equal(HttpStatusCode.OK, (await head.PostAsync($"/api/sites/{slug}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await As("deputy")).PostAsJsonAsync($"/api/sites/{slug}/review", new { notes = "Parents and staff audience agreed." })).StatusCode);
        await AssertRefused(await head.PostAsJsonAsync($"/api/sites/{slug}/decision", new { action = "approve" }), "A.3.2");
        await AssertRefused(await (await As("deputy")).PostAsJsonAsync($"/api/sites/{slug}/decision", new { action = "approve" }), "A.3.2");
    }

    [Fact]
    public async Task The_headteacher_can_send_a_proposal_back_with_reasons_and_it_needs_review_again()
    {
        var teacher = await As("teacher.y5");
        var slug = (await Json(await teacher.PostAsJsonAsync("/api/sites", Complete("Maths games blog")))).GetProperty("slug").GetString();
        await teacher.PostAsync($"/api/sites/{slug}/submit", null);
        await (await As("deputy")).PostAsJsonAsync($"/api/sites/{slug}/review", new { notes = "Discussed: pupils comment only." });
        var head = await As("head");
        await AssertRefused(await head.PostAsJsonAsync($"/api/sites/{slug}/decision", new { action = "send-back" }), "A.3.2"); // reasons required
        var back = await Json(await head.PostAsJsonAsync($"/api/sites/{slug}/decision", new { action = "send-back", reasons = "Say how parents' comments will be moderated." }));
        Assert.Equal("draft", back.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await teacher.PostAsync($"/api/sites/{slug}/submit", null)).StatusCode);
        await AssertRefused(await head.PostAsJsonAsync($"/api/sites/{slug}/decision", new { action = "approve" }), "A.1.3");
    }

    [Fact]
    public async Task A_site_with_one_administrator_cannot_go_live_A_5_4()
    {
        var slug = await ApprovedAsync("Book club blog");
        await using (var db = app.SystemDb())
        {
            var site = await db.Sites.SingleAsync(s => s.Slug == slug);
            var y6 = await db.Users.Where(u => u.UserName == "teacher.y6").Select(u => u.PersonId).SingleAsync();
            await db.SiteMembers.Where(m => m.SiteId == site.Id && m.PersonId == y6).ExecuteDeleteAsync();
        }

        var view = await Json(await (await As("teacher.y5")).GetAsync($"/api/sites/{slug}/proposal"));
        Assert.Contains(view.GetProperty("goLiveRefusals").EnumerateArray(), r => r.GetProperty("clause").GetString() == "A.5.4");
        await AssertRefused(await (await As("teacher.y5")).PostAsync($"/api/sites/{slug}/go-live", null), "A.5.4");
    }

    [Fact]
    public async Task A_site_without_house_rules_cannot_go_live_A_4_1()
    {
        var slug = await ApprovedAsync("Choir blog");
        await using (var db = app.SystemDb())
        {
            await db.Sites.Where(s => s.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(x => x.HouseRules, (string?)null));
        }

        await AssertRefused(await (await As("teacher.y5")).PostAsync($"/api/sites/{slug}/go-live", null), "A.4.1");
    }

    [Fact]
    public async Task Pupils_under_the_providers_minimum_age_cannot_take_part_on_a_third_party_site_7_3()
    {
        var proposal = Complete("School video channel");
        proposal["kind"] = "third-party";
        proposal["providerName"] = "A video-sharing service";
        proposal["providerMinimumAge"] = 13;
        proposal["interventionPlan"] = "Comments are off; staff check the channel daily and report abuse through the service's tools.";
        proposal["goodPractice"] = new[] { "privacy-settings", "no-personal-details", "report-abuse", "moderation", "terms-read" };
        var slug = await ApprovedAsync("School video channel", proposal);
        await AssertRefused(await (await As("teacher.y5")).PostAsync($"/api/sites/{slug}/go-live", null), "7.3");
    }

    [Fact]
    public async Task A_third_party_proposal_needs_its_intervention_plan_and_checklist_A_5_5()
    {
        var proposal = Complete("Class photo stream");
        proposal["kind"] = "third-party";
        proposal["providerName"] = "A photo service";
        proposal["providerMinimumAge"] = 13;
        var teacher = await As("teacher.y5");
        var slug = (await Json(await teacher.PostAsJsonAsync("/api/sites", proposal))).GetProperty("slug").GetString();
        var r = await teacher.PostAsync($"/api/sites/{slug}/submit", null);
        await AssertRefused(r, "A.5.5");
        var refusals = (await Json(r)).GetProperty("refusals").EnumerateArray().Select(x => x.GetProperty("clause").GetString()).ToList();
        Assert.Contains("A.2.4", refusals);
    }

    [Fact]
    public async Task A_site_where_pupils_write_cannot_be_public_A_5_2()
    {
        var proposal = Complete("Poetry corner");
        proposal["privacy"] = "public";
        var slug = await ApprovedAsync("Poetry corner", proposal);
        await AssertRefused(await (await As("teacher.y5")).PostAsync($"/api/sites/{slug}/go-live", null), "A.5.2");
    }

    [Fact]
    public async Task Pupils_and_parents_cannot_be_administrators_A_3_1()
    {
        var r = await (await As("teacher.y5")).PostAsJsonAsync("/api/sites", Complete("Parents' corner", "teacher.y5", "parent.1"));
        await AssertRefused(r, "A.3.1");
        Assert.Equal("administrators", (await Json(r)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Only_staff_propose_and_only_the_proposer_edits_a_draft()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As("parent.1")).PostAsJsonAsync("/api/sites", new { name = "Parents' blog" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As("y4.pupil1")).PostAsJsonAsync("/api/sites", new { name = "My blog" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/sites", new { name = "Anon blog" })).StatusCode);

        var teacher = await As("teacher.y5");
        var created = await Json(await teacher.PostAsJsonAsync("/api/sites", new { name = "Gardening club" }));
        var slug = created.GetProperty("slug").GetString();
        // Another teacher cannot even see someone else's draft; the leadership team can see it but not change it.
        Assert.Equal(HttpStatusCode.NotFound, (await (await As("teacher.y1")).GetAsync($"/api/sites/{slug}/proposal")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await As("deputy")).GetAsync($"/api/sites/{slug}/proposal")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As("deputy")).PutAsJsonAsync($"/api/sites/{slug}/proposal", new { name = "Renamed" })).StatusCode);

        // A stale version is refused rather than overwriting someone's newer change.
        Assert.Equal(HttpStatusCode.OK, (await teacher.PutAsJsonAsync($"/api/sites/{slug}/proposal", new { name = "Gardening club", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await teacher.PutAsJsonAsync($"/api/sites/{slug}/proposal", new { name = "Gardening club", version = 0 })).StatusCode);
    }

    [Fact]
    public async Task Shape_errors_name_the_field()
    {
        var r = await (await As("teacher.y5")).PostAsJsonAsync("/api/sites", new { name = "X", exitPlan = "burn it" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var fields = (await Json(r)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("Name", fields);
        Assert.Contains("ExitPlan", fields);
    }
}

public sealed class ProposalJourneyTests_Sqlite(SqliteFactory app) : ProposalJourneyTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class ProposalJourneyTests_Postgres(PostgresFactory app) : ProposalJourneyTests<PostgresFactory>(app);
