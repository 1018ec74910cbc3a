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

    /// <summary>The demo deployment's trust officer (not one of CONTRACT.md's school accounts).</summary>
    public const string TrustOfficerUsername = "trust.officer";
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

        // A deployment-level trust officer (issue 6: the Local Authority / trust view), clearly fictional. Not a person of
        // the school: DeploymentAccounts explains the model.
        var (trustUser, trustClaims) = DeploymentAccounts.NewTrustOfficer(TrustOfficerUsername, "Rowan Fictional (trust officer, Example Learning Trust)",
            "trust.officer@example-learning-trust.example", passwordHash, normalizer);
        db.Users.Add(trustUser);
        db.UserClaims.AddRange(trustClaims);

        AddSites(db, school, people, now);
        AddTermDates(db, school);
        AddPolicy(db, school, people, now);
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
        AddPosts(db, school, schoolBlog, people, now);
    }

    /// <summary>The welcome-back post of CONTRACT.md (about 400 words, 20 approved comments), a Year 4 post with pupils' comments (one still held for a moderator), and a post awaiting approval.</summary>
    private static void AddPosts(AppDbContext db, School school, Site schoolBlog, Dictionary<string, Person> people, DateTime now)
    {
        var year4 = db.Sites.Local.Single(s => s.Slug == "year-4");
        var year2 = db.Sites.Local.Single(s => s.Slug == "year-2");
        var welcome = Published(db, schoolBlog, "welcome-back", "Welcome back to a new school year", WelcomeBackBody, people["head"], people["deputy"], now.AddDays(-6));
        var commenters = new[] { "parent.1", "teacher.y1", "teacher.y2", "teacher.y3", "teacher.y4", "teacher.y5", "teacher.y6", "deputy", "assistant.head", "ta.1" };
        for (var i = 0; i < WelcomeComments.Length; i++)
        {
            var author = people[commenters[i % commenters.Length]];
            Comment(db, welcome, author, WelcomeComments[i], now.AddDays(-6).AddHours(2 + (i * 3)), people["ict.lead"]);
        }

        var vikings = Published(db, year4, "viking-longships", "Our Viking longships",
            "This week Year 4 finished their Viking longships. Every group measured, cut and glued their own hull, then tested whether it would float in the water tray.\n\n"
            + "Most boats floated on the first try. Two needed a little more glue and a second go, which taught us a lot about keeping water out.\n\n"
            + "Next week we will write instructions so that Year 3 can build their own longships in the spring.",
            people["teacher.y4"], people["deputy"], now.AddDays(-2));
        Comment(db, vikings, people["y4.pupil1"], "I liked testing the boats in the water tray. Ours floated first time!", now.AddDays(-2).AddHours(3), people["teacher.y4"]);
        Comment(db, vikings, people["y4.pupil2"], "Our boat needed more glue but it worked in the end.", now.AddDays(-2).AddHours(4), people["teacher.y4"]);
        Comment(db, vikings, people["parent.1"], "Thank you for sharing these. The longships look wonderful.", now.AddDays(-1), people["ict.lead"]);
        Comment(db, vikings, people["y4.pupil3"], "Can we make sails next time?", now.AddHours(-3), decidedBy: null);

        var pending = new Post
        {
            SchoolId = school.Id, SiteId = year2.Id, Slug = "autumn-walk", Title = "Our autumn walk",
            Body = "Year 2 went on an autumn walk around the school field. We collected leaves of every colour and sorted them back in class.\n\nThank you to the volunteers who came with us.",
            AuthorId = people["teacher.y2"].Id, Status = PostStatus.Submitted, CreatedAt = now.AddHours(-5), UpdatedAt = now.AddHours(-5), SubmittedAt = now.AddHours(-5), FindingsJson = "[]",
        };
        db.Posts.Add(pending);
    }

    private static Post Published(AppDbContext db, Site site, string slug, string title, string body, Person author, Person approver, DateTime at)
    {
        var post = new Post
        {
            SchoolId = site.SchoolId, SiteId = site.Id, Slug = slug, Title = title, Body = body, AuthorId = author.Id, Status = PostStatus.Published,
            CreatedAt = at.AddHours(-20), UpdatedAt = at, SubmittedAt = at.AddHours(-20), ApprovedById = approver.Id, ApprovedAt = at, PublishedAt = at, FindingsJson = "[]",
        };
        db.Posts.Add(post);
        return post;
    }

    /// <summary>A demo comment; with a moderator it was approved (its review item shows who approved it and when), without one it waits in the queue (A.5.3).</summary>
    private static void Comment(AppDbContext db, Post post, Person author, string text, DateTime at, Person? decidedBy)
    {
        var comment = new Comment
        {
            SchoolId = post.SchoolId, SiteId = post.SiteId, PostId = post.Id, AuthorId = author.Id, AuthorKind = author.Kind, Text = text, CreatedAt = at, FindingsJson = "[]",
            Status = decidedBy is null ? CommentStatus.Held : CommentStatus.Published,
            PublishedAt = decidedBy is null ? null : at.AddMinutes(40),
        };
        db.Comments.Add(comment);
        if (Person.IsStaffKind(author.Kind))
        {
            return;
        }

        var item = new ReviewItem
        {
            SchoolId = post.SchoolId, SiteId = post.SiteId, ContentKind = ContentKind.Comment, CommentId = comment.Id, Priority = 4, ReasonsJson = "[]", CreatedAt = at,
            Status = decidedBy is null ? ReviewStatus.Pending : ReviewStatus.Approved, DecidedById = decidedBy?.Id, DecidedAt = comment.PublishedAt,
        };
        db.ReviewItems.Add(item);
        db.ReviewEvents.Add(new ReviewEvent { SchoolId = post.SchoolId, ReviewItemId = item.Id, At = at, Action = ReviewAction.Created });
        if (decidedBy is not null)
        {
            db.ReviewEvents.Add(new ReviewEvent { SchoolId = post.SchoolId, ReviewItemId = item.Id, At = comment.PublishedAt!.Value, ByPersonId = decidedBy.Id, Action = ReviewAction.Approved });
        }
    }

    private const string WelcomeBackBody =
        "Welcome back, everyone, to the start of a new school year at Holbrook Primary. It has been lovely to see so many smiling faces at the gate this week, "
        + "and to hear about summer adventures near and far. A special welcome goes to the families who are joining us for the first time, especially our new Reception children, "
        + "who have settled in with great confidence.\n\n"
        + "Over the summer the site team worked hard to get the school ready. The library has new shelves and beanbags, the Year 6 classroom has been repainted, "
        + "and the outdoor classroom by the pond now has a roof, so we can learn outside whatever the weather. Thank you to everyone who helped at the summer working party.\n\n"
        + "This year our whole-school focus is reading for pleasure. Every class will visit the library each week, and we will be inviting families to join us for "
        + "shared reading mornings once a half term. Look out for the dates in the newsletter. If you have books at home that your children have outgrown, "
        + "the library would be glad to give them a new home.\n\n"
        + "Our year-group blogs are up and running again. Class teachers will post at least once a week about what the children have been learning, "
        + "and pupils will be able to comment on their own year's blog. Every comment is read by a member of staff before it appears, and pupils are only ever shown by their first name. "
        + "Parents who have signed up as contributors can leave comments on the school blog and on their child's year-group blog; these are read before they appear too. "
        + "Please read the House Rules on each blog before you comment: they are short, and they help keep the blogs friendly and safe for everyone.\n\n"
        + "A few reminders for the first weeks. School starts at 8.45 and the gates open at 8.30. Please label every item of uniform, especially jumpers and water bottles. "
        + "Clubs begin in the second week of term, and sign-up forms are available from the school office.\n\n"
        + "If you have any questions, your child's class teacher is always happy to talk at the end of the day, and the school office can help with anything else.\\n\\n"
        + "Finally, thank you for your continued support. We are looking forward to a busy, happy and successful year together, and we will share the highlights right here on the blog.";

    private static readonly string[] WelcomeComments =
    [
        "Welcome back! The new library looks amazing.",
        "Lovely to see everyone again this week.",
        "The outdoor classroom roof is a brilliant idea.",
        "Looking forward to the shared reading mornings.",
        "We have a box of books ready for the library.",
        "Thank you to the site team for all their hard work.",
        "A great start to the year, well done everyone.",
        "The Reception children have settled in so well.",
        "Reading for pleasure is a wonderful focus.",
        "Thanks for the reminder about labelling uniform!",
        "The Year 6 classroom looks so bright now.",
        "Can't wait to read the year-group blogs again.",
        "Thank you for the clear information about clubs.",
        "The beanbags in the library are very popular already.",
        "Welcome to all the new families joining us.",
        "Really helpful post, thank you.",
        "The pond area looks lovely after the summer.",
        "We enjoyed hearing about everyone's holidays.",
        "Thank you for keeping the blogs safe and friendly.",
        "Here's to a happy and successful year!",
    ];

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
        site.ReviewDate = DateOnly.FromDateTime(now).AddDays(60); // reviewed each term (A.1.6, A.1.7)
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

    /// <summary>
    /// Version 1 of the school's policy, published and acknowledged by every demo staff member except the volunteer,
    /// so the dashboard shows someone missing (2.1) while every demo journey still works.
    /// </summary>
    private static void AddPolicy(AppDbContext db, School school, Dictionary<string, Person> people, DateTime now)
    {
        var v1 = new PolicyVersion
        {
            SchoolId = school.Id, Number = 1, Title = "Social Media Policy", Markdown = Features.Policy.PolicyText.DemoPolicy(),
            CreatedAt = now.AddDays(-62), PublishedAt = now.AddDays(-61), PublishedById = people["head"].Id,
        };
        db.PolicyVersions.Add(v1);
        foreach (var (username, person) in people.Where(p => p.Value.IsStaffMember && p.Key != "volunteer.1"))
        {
            db.PolicyAcknowledgements.Add(new PolicyAcknowledgement { PolicyVersionId = v1.Id, PersonId = person.Id, SchoolId = school.Id, At = now.AddDays(-60) });
        }
    }

    /// <summary>Fictional term dates for 2025–2027 (half terms separately, so half-term weeks are holidays for A.1.5).</summary>
    private static void AddTermDates(AppDbContext db, School school)
    {
        (string Name, DateOnly Start, DateOnly End)[] terms =
        [
            ("Autumn 1 2025", new(2025, 9, 3), new(2025, 10, 24)), ("Autumn 2 2025", new(2025, 11, 3), new(2025, 12, 19)),
            ("Spring 1 2026", new(2026, 1, 5), new(2026, 2, 13)), ("Spring 2 2026", new(2026, 2, 23), new(2026, 3, 27)),
            ("Summer 1 2026", new(2026, 4, 13), new(2026, 5, 22)), ("Summer 2 2026", new(2026, 6, 1), new(2026, 7, 22)),
            ("Autumn 1 2026", new(2026, 9, 2), new(2026, 10, 23)), ("Autumn 2 2026", new(2026, 11, 2), new(2026, 12, 18)),
            ("Spring 1 2027", new(2027, 1, 4), new(2027, 2, 12)), ("Spring 2 2027", new(2027, 2, 22), new(2027, 3, 26)),
            ("Summer 1 2027", new(2027, 4, 12), new(2027, 5, 28)), ("Summer 2 2027", new(2027, 6, 7), new(2027, 7, 21)),
        ];
        db.TermDates.AddRange(terms.Select(t => new TermDate { SchoolId = school.Id, Name = t.Name, Start = t.Start, End = t.End }));
    }

    private static void Member(Site site, Person person, SiteMemberRole role) =>
        site.Members.Add(new SiteMember { SiteId = site.Id, PersonId = person.Id, SchoolId = site.SchoolId, Role = role });
}
