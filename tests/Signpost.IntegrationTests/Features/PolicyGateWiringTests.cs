using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.IntegrationTests.Features.Moderation;
using Signpost.IntegrationTests.Infrastructure;

namespace Signpost.IntegrationTests.Features;

/// <summary>2.1: a moderator who has not acknowledged the current policy cannot approve or reject until they do; escalation is never held back.</summary>
public abstract class PolicyGateWiringTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    [Fact]
    public async Task A_moderator_without_an_acknowledgement_is_refused_with_clause_2_1_until_they_acknowledge()
    {
        var ict = await app.PersonIdAsync("ict.lead");
        await using (var db = app.SystemDb())
        {
            // Arrange the state of a moderator who joined after the policy was published (acknowledgements are append-only for the app).
            await db.PolicyAcknowledgements.Where(a => a.PersonId == ict).ExecuteDeleteAsync();
        }

        var pupil = await app.ApiAsAsync("y4.pupil1");
        var comment = await pupil.CommentAsync("We loved the longships " + ModerationSupport.Unique());
        var commentId = comment.GetProperty("id").GetGuid();
        var moderator = await app.ApiAsAsync("ict.lead");
        var entry = (await moderator.QueueEntryAsync(commentId))!.Value;
        var itemId = entry.GetProperty("id").GetGuid();
        var version = entry.GetProperty("version").GetInt32();

        var refused = await moderator.DecideAsync(itemId, new { action = "approve", version });
        await refused.AssertRefusedAsync("2.1");
        await (await moderator.DecideAsync(itemId, new { action = "reject", version, reason = "Not kind" })).AssertRefusedAsync("2.1");

        Assert.Equal(HttpStatusCode.OK, (await moderator.PostAsync("/api/policy/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await moderator.DecideAsync(itemId, new { action = "approve", version })).StatusCode);
    }
}

public sealed class PolicyGateWiringTests_Sqlite(ModerationSqliteFactory app) : PolicyGateWiringTests<ModerationSqliteFactory>(app);

[Collection("postgres")]
public sealed class PolicyGateWiringTests_Postgres(ModerationPostgresFactory app) : PolicyGateWiringTests<ModerationPostgresFactory>(app);
