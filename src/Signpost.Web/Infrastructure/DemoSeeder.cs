using Microsoft.AspNetCore.Identity;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Features.Accounts;
using Signpost.Web.Features.People;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// The fictional demo school of CONTRACT.md. Every name is plainly made up (surnames Example, Sample, Demo…) and every
/// address uses the reserved .example domain. All of it is written in one transaction.
/// </summary>
public sealed class DemoSeeder(SystemDb systemDb, IPasswordHasher<AppUser> hasher, ILookupNormalizer normalizer, PupilLogins pupilLoginsTemplate, TimeProvider clock)
{
    public const string SchoolSlug = "holbrook";
    public const string Year4ClassPassword = "bluebird";
    public static readonly string[] DemoPupilPictures = ["cat", "apple", "star"];

    private sealed record StaffSeed(string Username, string First, string Last, PersonKind Kind, string Position, Role[] Roles, Employer Employer = Employer.School);

    private static readonly StaffSeed[] Staff =
    [
        new("head", "Helen", "Example", PersonKind.TeachingStaff, "Headteacher", [Role.Headteacher, Role.LeadershipTeam, Role.Staff]),
        new("deputy", "David", "Example", PersonKind.TeachingStaff, "Deputy Headteacher", [Role.LeadershipTeam, Role.CommunicationsManager, Role.Staff]),
        new("assistant.head", "Asha", "Example", PersonKind.TeachingStaff, "Assistant Headteacher", [Role.AssistantHead, Role.LeadershipTeam, Role.Staff]),
        new("ict.lead", "Ian", "Sample", PersonKind.TeachingStaff, "ICT leader", [Role.IctLeader, Role.Staff]),
        new("dsl", "Dana", "Sample", PersonKind.TeachingStaff, "Designated Safeguarding Lead", [Role.DesignatedSafeguardingLead, Role.Staff]),
        new("teacher.y1", "Tom", "Demo", PersonKind.TeachingStaff, "Year 1 teacher", [Role.Staff]),
        new("teacher.y2", "Tara", "Demo", PersonKind.TeachingStaff, "Year 2 teacher", [Role.Staff]),
        new("teacher.y3", "Theo", "Demo", PersonKind.TeachingStaff, "Year 3 teacher", [Role.Staff]),
        new("teacher.y4", "Tess", "Demo", PersonKind.TeachingStaff, "Year 4 teacher", [Role.Staff]),
        new("teacher.y5", "Toby", "Demo", PersonKind.TeachingStaff, "Year 5 teacher", [Role.Staff]),
        new("teacher.y6", "Tia", "Demo", PersonKind.TeachingStaff, "Year 6 teacher", [Role.Staff]),
        new("ta.1", "Tariq", "Sample", PersonKind.SupportStaff, "Teaching assistant", [Role.Staff], Employer.LocalAuthority),
        new("contractor.1", "Chris", "Sample", PersonKind.Contractor, "IT support (contractor)", [], Employer.Other),
        new("volunteer.1", "Vera", "Sample", PersonKind.Volunteer, "Reading volunteer", [], Employer.Other),
        new("governor.1", "Gita", "Sample", PersonKind.Governor, "Chair of governors", [], Employer.Other),
    ];

    private static readonly (string First, string Last, PhotoConsent Consent)[] Year4Pupils =
    [
        ("Ada", "Example", PhotoConsent.Yes), ("Ben", "Sample", PhotoConsent.Yes), ("Cara", "Demo", PhotoConsent.Limited),
        ("Dev", "Specimen", PhotoConsent.No), ("Ella", "Fictional", PhotoConsent.Yes),
    ];

    public async Task SeedAsync(string demoPassword, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = systemDb.Create();
        var pupilLogins = new PupilLogins(db, pupilLoginsTemplate.Protection, clock);
        var school = new School
        {
            Slug = SchoolSlug,
            Name = "Holbrook Primary",
            LocalAuthority = "Coventry Council",
            WebsiteUrl = "https://holbrook-primary.example",
            EmailDomains = "holbrook-primary.example",
            CreatedAt = now,
            // The demo school asks its Headteacher and DSL to set up two-factor sign-in but does not yet insist, so the
            // published demo accounts can sign in with a password alone. A school made through Setup insists at once.
            TwoFactorRequiredFrom = DateTime.SpecifyKind(new DateTime(9999, 12, 31), DateTimeKind.Utc),
        };
        db.Schools.Add(school);

        // One password hash shared by every demo account: the password is the same, and hashing it thirty times
        // would slow every start and every test for nothing.
        var passwordHash = hasher.HashPassword(new AppUser(), demoPassword);
        var people = new Dictionary<string, Person>();

        void AddAccount(string username, Person person)
        {
            db.Users.Add(NewAccount.For(person, username, normalizer, passwordHash));
            db.People.Add(person);
            people[username] = person;
        }

        foreach (var s in Staff)
        {
            var p = new Person
            {
                SchoolId = school.Id, Kind = s.Kind, FirstName = s.First, LastName = s.Last, Position = s.Position,
                Employer = s.Employer, Email = $"{s.Username}@holbrook-primary.example", ExternalId = "DEMO-" + s.Username.ToUpperInvariant(),
                RosterSource = "staff", CreatedAt = now,
            };
            p.Roles.AddRange(s.Roles.Select(r => new PersonRole { PersonId = p.Id, SchoolId = school.Id, Role = r }));
            AddAccount(s.Username, p);
        }

        var classes = new Dictionary<int, SchoolClass>();
        for (var year = 1; year <= 6; year++)
        {
            var c = new SchoolClass { SchoolId = school.Id, Name = $"Year {year}", YearGroup = year };
            if (year == 4)
            {
                c.ClassPasswordHash = new PasswordHasher<SchoolClass>().HashPassword(c, Year4ClassPassword);
            }

            classes[year] = c;
            db.Classes.Add(c);
        }

        for (var i = 0; i < Year4Pupils.Length; i++)
        {
            var (first, last, consent) = Year4Pupils[i];
            var pupil = new Person
            {
                SchoolId = school.Id, Kind = PersonKind.Pupil, FirstName = first, LastName = last, YearGroup = 4,
                ClassId = classes[4].Id, PhotoConsent = consent, ExternalId = Upn.MakeDemo(i + 1), RosterSource = "pupils", CreatedAt = now,
            };
            pupil.Roles.Add(new PersonRole { PersonId = pupil.Id, SchoolId = school.Id, Role = Role.Pupil });
            AddAccount($"y4.pupil{i + 1}", pupil);
            var login = new PupilLogin { PersonId = pupil.Id, SchoolId = school.Id, PictureHash = pupilLogins.ProtectPictures(DemoPupilPictures) };
            pupilLogins.IssueQrCard(login);
            db.PupilLogins.Add(login);
        }

        var parent = new Person
        {
            SchoolId = school.Id, Kind = PersonKind.Parent, FirstName = "Pat", LastName = "Example", Email = "parent.1@parents.example",
            ExternalId = "DEMO-PARENT-1", RosterSource = "parents", CreatedAt = now,
        };
        parent.Roles.Add(new PersonRole { PersonId = parent.Id, SchoolId = school.Id, Role = Role.Parent });
        AddAccount("parent.1", parent);
        db.ParentLinks.Add(new ParentLink { ParentId = parent.Id, PupilId = people["y4.pupil1"].Id, SchoolId = school.Id, Relationship = "Parent" });

        AddSites(db, school, people, now);
        db.Audit("demo.seeded", nameof(School), school.Id.ToString(), schoolId: school.Id);
        await db.SaveChangesAsync(ct);
    }

    private static void AddSites(AppDbContext db, School school, Dictionary<string, Person> people, DateTime now)
    {
        var ict = people["ict.lead"];
        var schoolBlog = new Site
        {
            SchoolId = school.Id, Slug = "school", Name = "Holbrook Primary blog", Kind = SiteKind.SchoolBlog, Status = SiteStatus.Live,
            Privacy = SitePrivacy.Public, CreatedAt = now, Summary = "News and celebrations from across the school.",
        };
        Member(schoolBlog, people["head"], SiteMemberRole.Administrator);
        Member(schoolBlog, people["deputy"], SiteMemberRole.Administrator);
        Member(schoolBlog, ict, SiteMemberRole.Moderator);
        Member(schoolBlog, people["parent.1"], SiteMemberRole.Contributor);
        Describe(schoolBlog, school, people["head"], now, parentsComment: true, pupils: false);
        db.Sites.Add(schoolBlog);

        for (var year = 1; year <= 6; year++)
        {
            // Pupils write on year-group blogs, so they get the strongest privacy that still lets parents read (A.5.2).
            var site = new Site
            {
                SchoolId = school.Id, Slug = $"year-{year}", Name = $"Year {year} blog", Kind = SiteKind.YearGroupBlog, Status = SiteStatus.Live,
                Privacy = SitePrivacy.ParentsAndSchool, YearGroup = year, CreatedAt = now, Summary = $"What Year {year} have been learning this week.",
            };
            Member(site, people[$"teacher.y{year}"], SiteMemberRole.Administrator);
            Member(site, people["assistant.head"], SiteMemberRole.Administrator);
            Member(site, ict, SiteMemberRole.Moderator);
            if (year == 4)
            {
                Member(site, people["parent.1"], SiteMemberRole.Contributor);
            }

            Describe(site, school, people[$"teacher.y{year}"], now, parentsComment: year == 4, pupils: true);
            site.AudienceYearGroups = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            db.Sites.Add(site);
        }

        AddProposalsInEveryState(db, school, people, now);
    }

    /// <summary>Fills in a demo site's proposal as if it had gone through the whole journey, with its Terms of Use and House Rules (A.4.1).</summary>
    private static void Describe(Site site, School school, Person proposer, DateTime now, bool parentsComment, bool pupils)
    {
        site.ProposedById = proposer.Id;
        site.Purpose = site.Summary;
        site.Reason = pupils ? "Pupils write for a real audience and families see their learning each week." : "Families hear the school's news first, from the school.";
        site.AudienceParents = true;
        site.AudienceStaff = true;
        site.PupilsMayComment = pupils;
        site.ParentsMayComment = parentsComment;
        site.HoursPerWeek = 2;
        site.Maintainers = "The site's administrators";
        site.StartDate = DateOnly.FromDateTime(now).AddDays(-60);
        site.EndDate = DateOnly.FromDateTime(now).AddDays(300);
        site.ExitPlan = ExitPlan.Archive;
        site.SuccessMeasures = "A post every week and regular comments from families, reviewed each term.";
        site.UseSchoolLogo = true;
        site.TermsOfUse = Features.Sites.SiteTemplates.TermsOfUse(school.Name, site.Name);
        site.HouseRules = Features.Sites.SiteTemplates.HouseRules(site.Name);
        site.SubmittedAt = site.LeadershipReviewedAt = site.DecidedAt = site.LiveAt = now.AddDays(-60);
    }

    /// <summary>The demo shows sites in every state (issue 4): a draft, one awaiting the Headteacher, one under review, one archived, and a third-party account.</summary>
    private static void AddProposalsInEveryState(AppDbContext db, School school, Dictionary<string, Person> people, DateTime now)
    {
        Site Make(string slug, string name, SiteStatus status, SiteKind kind, string proposer, string[] admins)
        {
            var site = new Site
            {
                SchoolId = school.Id, Slug = slug, Name = name, Kind = kind, Status = status, Privacy = SitePrivacy.SchoolOnly, CreatedAt = now.AddDays(-30),
                Summary = name + " (demo)",
            };
            Describe(site, school, people[proposer], now, parentsComment: false, pupils: false);
            site.PupilsMayComment = false;
            foreach (var a in admins)
            {
                Member(site, people[a], SiteMemberRole.Administrator);
            }

            Member(site, people["ict.lead"], SiteMemberRole.Moderator);

            db.Sites.Add(site);
            db.SiteEvents.Add(new SiteEvent { SiteId = site.Id, SchoolId = school.Id, At = now.AddDays(-30), ByPersonId = people[proposer].Id, Kind = SiteEventKind.Proposed });
            return site;
        }

        var draft = Make("science-club", "Science club blog", SiteStatus.Draft, SiteKind.ProjectBlog, "teacher.y5", ["teacher.y5"]);
        draft.SuccessMeasures = null;
        draft.SubmittedAt = draft.LeadershipReviewedAt = draft.DecidedAt = draft.LiveAt = null;

        var waiting = Make("eco-council", "Eco council blog", SiteStatus.Submitted, SiteKind.ProjectBlog, "teacher.y3", ["teacher.y3", "ta.1"]);
        waiting.DecidedAt = waiting.LiveAt = null;
        waiting.LeadershipReviewedById = people["deputy"].Id;
        waiting.LeadershipReviewNotes = "Audience: Years 3-6 and parents. Pupils may comment once the site has run for a term.";

        var review = Make("sports-day", "Sports day blog", SiteStatus.UnderReview, SiteKind.ProjectBlog, "teacher.y6", ["teacher.y6", "teacher.y1"]);
        review.ReviewDate = DateOnly.FromDateTime(now);

        var archived = Make("summer-fair-2025", "Summer fair 2025", SiteStatus.Archived, SiteKind.ProjectBlog, "deputy", ["deputy", "assistant.head"]);
        archived.EndDate = DateOnly.FromDateTime(now).AddDays(-100);

        var account = Make("school-x-account", "The school's X account", SiteStatus.Live, SiteKind.ThirdParty, "deputy", ["deputy", "head"]);
        account.ProviderName = "X (Twitter)";
        account.ProviderMinimumAge = 13;
        account.Privacy = SitePrivacy.Public;
        account.InterventionPlan = "Replies are limited to accounts we follow; the deputy checks the account daily and reports abuse to X.";
        account.GoodPracticeChecklist = string.Join(',', Signpost.Policy.Clauses.ProposalIsComplete.GoodPracticeItems.Keys);
    }

    private static void Member(Site site, Person person, SiteMemberRole role) =>
        site.Members.Add(new SiteMember { SiteId = site.Id, PersonId = person.Id, SchoolId = site.SchoolId, Role = role });
}
