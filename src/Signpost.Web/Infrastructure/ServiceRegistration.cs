using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Data.Tenancy;
using Signpost.Policy.Clauses;
using Signpost.Web.Authorization;
using Signpost.Web.Features.Accounts;
using Signpost.Web.Features.People;

namespace Signpost.Web.Infrastructure;

public static class ServiceRegistration
{
    public const string ApiScheme = "Signpost.Api";

    public static WebApplicationBuilder AddSignpost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["ASPNETCORE_URLS"]) && string.IsNullOrEmpty(config["URLS"]))
        {
            builder.WebHost.UseUrls("http://localhost:5080");
        }

        services.AddOptions<SignpostOptions>().Bind(config.GetSection(SignpostOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmailOptions>().Bind(config.GetSection(EmailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        var dbSettings = DatabaseSettings.From(config, builder.Environment.ContentRootPath);
        services.AddSingleton(dbSettings);
        services.TryAddSingletonTimeProvider();
        services.AddHttpContextAccessor();
        services.AddScoped<IActorContext, HttpActorContext>();
        services.AddSingleton<PublicPageCache>();
        services.AddSingleton<PublicPageSaveInterceptor>();
        services.AddSingleton<PublicPageTransactionInterceptor>();
        services.AddDbContext<AppDbContext>((sp, o) =>
        {
            DatabaseSetup.Configure(o, dbSettings);
            o.AddInterceptors(sp.GetRequiredService<PublicPageSaveInterceptor>(), sp.GetRequiredService<PublicPageTransactionInterceptor>());
        }, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddSingleton<PublicPagePolicy>();
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 32 * 1024 * 1024; // the memory target of issue 7 leaves room for this and no more
            o.AddPolicy(PublicPageCache.Policy, b => b.AddPolicy<PublicPagePolicy>());
        });
        services.AddHostedService<PublicPageCacheSync>();
        services.AddSingleton<SystemDb>();
        services.AddMemoryCache(o => o.SizeLimit = 10_000);

        services.AddDataProtection()
            .SetApplicationName("Signpost")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dbSettings.DataDirectory, "keys")));

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = StrongSignInForStaff.MinimumPasswordLength;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<SignpostSignInManager>()
            .AddClaimsPrincipalFactory<SignpostClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<PlainIdentityErrors>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        var accessMinutes = config.GetValue<int?>("Signpost:AccessTokenMinutes") ?? 60;
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "signpost";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
                // /api answers 401 and 403 as problem details; only pages redirect to the sign-in page.
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            })
            .AddCookie(IdentityConstants.ExternalScheme, o => o.Cookie.Name = "signpost.ext")
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme, o =>
            {
                o.Cookie.Name = "signpost.2fa";
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme, o => o.Cookie.Name = "signpost.2fa.remember")
            .AddBearerToken(ApiScheme, o => o.BearerTokenExpiration = TimeSpan.FromMinutes(accessMinutes));

        services.AddAuthorization(Policies.Add);
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/People", Policies.ManagePeople);
                o.Conventions.AuthorizeFolder("/Audit", Policies.SeeAuditLog);
                o.Conventions.AuthorizeFolder("/SchoolSettings", Policies.Headteacher);
                o.Conventions.AuthorizeFolder("/Classes", Policies.ManagePupilLogins);
                o.Conventions.AuthorizeFolder("/Home");
                o.Conventions.AuthorizePage("/Sites/Propose", Policies.Staff);
                o.Conventions.AuthorizePage("/Sites/Proposals", Policies.Staff);
                o.Conventions.AuthorizePage("/Sites/Proposal", Policies.Staff);
                o.Conventions.AuthorizePage("/Sites/Accounts", Policies.Staff);
                o.Conventions.AuthorizePage("/Sites/Evaluation", Policies.Staff);
                o.Conventions.AuthorizePage("/Sites/ParticipationRequests", Policies.Staff);
                o.Conventions.AuthorizePage("/Accounts/TwoFactorSetup");
                o.Conventions.AuthorizePage("/Accounts/ChangePassword");
                o.Conventions.AuthorizeFolder("/Oversight", Policies.SeeOversight);
                o.Conventions.AuthorizePage("/Oversight/TermDates", Policies.ManageTermDates);
                o.Conventions.AuthorizeFolder("/Policy");
                o.Conventions.AuthorizePage("/Policy/Versions", Policies.Headteacher);
                o.Conventions.AuthorizePage("/Policy/Acknowledgements", Policies.SeeOversight);
                o.Conventions.AuthorizePage("/Breaches/Index", Policies.SeeBreaches);
                o.Conventions.AuthorizePage("/Breaches/Edit", Policies.SeeBreaches);
                o.Conventions.AuthorizePage("/People/Hr", Policies.Headteacher);
                o.Conventions.AuthorizePage("/Breaches/Report", Policies.Staff);
                o.Conventions.AuthorizeFolder("/Advice", Policies.Staff);
                o.Conventions.AuthorizeFolder("/Safeguarding", Policies.Staff);
                o.Conventions.AuthorizeFolder("/Media", Policies.Staff);
                o.Conventions.AllowAnonymousToPage("/Media/Enquiry");
                o.Conventions.AuthorizeFolder("/Trust", Policies.TrustOfficer);
                o.Conventions.AuthorizeFolder("/TermReport", Policies.SeeTermlyReport);
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<TwoFactorRequirementFilter>();
                o.Filters.Add<PasswordChangeRequirementFilter>();
                o.Filters.Add<StorableFormFilter>();
            });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "signpost.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // secure over https, like the sign-in cookie (issue 7)
            o.FormFieldName = "__RequestVerificationToken";
        });

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions.TryAdd("traceId", ctx.HttpContext.TraceIdentifier);
            ctx.ProblemDetails.Detail ??= ctx.ProblemDetails.Status switch
            {
                StatusCodes.Status400BadRequest => "The request could not be read. Send a JSON body of the documented shape (see /openapi/v1.json) with Content-Type: application/json.",
                StatusCodes.Status401Unauthorized => "Sign in first: send Authorization: Bearer <accessToken> from POST /api/auth/login.",
                StatusCodes.Status403Forbidden => "Your account may not do this.",
                StatusCodes.Status404NotFound => "There is nothing at this address.",
                StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with Content-Type: application/json.",
                _ => null,
            };
        });
        services.Configure<ApiBehaviorOptions>(_ => { });
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RateLimits.OnRejectedAsync;
            o.GlobalLimiter = RateLimits.Build(config.GetValue<int?>("Signpost:SignInAttemptsPerMinute") ?? 10,
                config.GetValue<int?>("Signpost:MediaEnquiriesPerHour") ?? 5, config.GetValue<int?>("Signpost:PostsPerHour") ?? 60);
        });

        services.AddScoped<Features.Shared.SchoolHeader>();
        services.AddSingleton<SchoolCheckers>();
        services.AddSingleton<SchoolLogos>();
        services.AddScoped<Features.Images.PostImages>();
        services.AddScoped<Features.Sites.SiteWorkflow>();
        services.AddScoped<Features.Sites.SiteNotifications>();
        services.AddScoped<Features.Sites.SiteReviews>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new StorableStringConverter()));
        services.AddScoped<Features.Sites.Participation>();
        services.AddOptions<Features.Sites.SiteExitOptions>().Bind(config.GetSection(Features.Sites.SiteExitOptions.Section));
        services.AddScoped<Features.Sites.SiteExits>();
        services.AddHostedService<Features.Sites.SiteExitService>();
        services.AddScoped<Features.Moderation.ContentIntake>();
        services.AddScoped<Features.Moderation.EscalationNotifier>();
        services.AddSingleton<Features.Oversight.OversightReport>();
        services.AddScoped<Features.Trust.TrustOverview>();
        services.AddSingleton<Features.TermReport.TermlyReport>();
        services.AddScoped<Features.Policy.PolicyGate>();
        services.AddSingleton<PersonRateLimits>();
        services.AddScoped<Features.Comments.CommentSubmission>();
        services.AddScoped<Features.Moderation.ModerationQueue>();
        services.AddScoped<Features.Moderation.ModerationActions>();
        services.AddScoped<Features.Reports.ItemReports>();
        services.AddScoped<Features.Notices.NoticeBoard>();
        services.AddScoped<Features.Absences.AbsenceBook>();
        services.AddOptions<Features.Moderation.ModerationMonitorOptions>().Bind(config.GetSection(Features.Moderation.ModerationMonitorOptions.Section));
        services.AddScoped<Features.Moderation.ModerationMonitor>();
        services.AddHostedService<Features.Moderation.ModerationMonitorService>();
        services.AddScoped<Features.Policy.PolicyVersions>();
        services.AddScoped<Features.Breaches.BreachRegister>();
        services.AddOptions<Features.Oversight.OversightMonitorOptions>().Bind(config.GetSection(Features.Oversight.OversightMonitorOptions.Section));
        services.AddScoped<Features.Oversight.OversightMonitors>();
        services.AddHostedService<Features.Oversight.OversightMonitorService>();
        services.AddScoped<Features.Safeguarding.ConcernQueries>();
        services.AddScoped<Features.Safeguarding.ConcernActions>();
        services.AddScoped<Features.Safeguarding.RaiseConcern>();
        services.AddScoped<Features.Safeguarding.ReportPacks>();
        services.AddScoped<Features.Media.MediaEnquiries>();
        services.AddScoped<Features.Posts.PostWorkflow>();
        services.AddScoped<Features.Posts.PostNotifications>();
        services.AddScoped<RosterImporter>();
        services.AddScoped<PupilLogins>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<Invitations>();
        services.AddSingleton<EmailSender>();
        return builder;
    }

    private static async Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            var problems = ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = ctx.HttpContext, ProblemDetails = { Status = status, Title = status == 401 ? "Not signed in" : "Forbidden" } });
            return;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
