using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Data.Audit;
using Signpost.Data.Entities;

namespace Signpost.Data.Configurations;

// One configuration per entity: explicit lengths, enums stored as strings so a person can read the database, indexes.

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> b)
    {
        b.Property(x => x.Slug).HasMaxLength(60);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.WebsiteUrl).HasMaxLength(500);
        b.Property(x => x.LogoPath).HasMaxLength(300);
        b.Property(x => x.LocalAuthority).HasMaxLength(200);
        b.Property(x => x.HostName).HasMaxLength(253);
        b.Property(x => x.EmailDomains).HasMaxLength(500);
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasIndex(x => x.HostName).IsUnique();
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Employer).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.PhotoConsent).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.FirstName).HasMaxLength(100);
        b.Property(x => x.LastName).HasMaxLength(100);
        b.Property(x => x.PreferredName).HasMaxLength(100);
        b.Property(x => x.Position).HasMaxLength(150);
        b.Property(x => x.ExternalId).HasMaxLength(64);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.UserId).HasMaxLength(64);
        b.Ignore(x => x.DisplayName);
        b.Ignore(x => x.PublicPupilName);
        b.Ignore(x => x.IsStaffMember);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Class).WithMany().HasForeignKey(x => x.ClassId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Roles).WithOne().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.RosterSource).HasMaxLength(20);
        b.HasIndex(x => new { x.SchoolId, x.RosterSource, x.ExternalId }).IsUnique();
        b.HasIndex(x => new { x.SchoolId, x.LastName, x.FirstName });
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class PersonRoleConfiguration : IEntityTypeConfiguration<PersonRole>
{
    public void Configure(EntityTypeBuilder<PersonRole> b)
    {
        b.HasKey(x => new { x.PersonId, x.Role });
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        b.HasIndex(x => new { x.SchoolId, x.Role });
    }
}

internal sealed class ParentLinkConfiguration : IEntityTypeConfiguration<ParentLink>
{
    public void Configure(EntityTypeBuilder<ParentLink> b)
    {
        b.HasKey(x => new { x.ParentId, x.PupilId });
        b.Property(x => x.Relationship).HasMaxLength(50);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PupilId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.PupilId);
    }
}

internal sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> b)
    {
        b.Property(x => x.Name).HasMaxLength(60);
        b.Property(x => x.ClassPasswordHash).HasMaxLength(200);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SchoolId, x.Name }).IsUnique();
    }
}

internal sealed class PupilLoginConfiguration : IEntityTypeConfiguration<PupilLogin>
{
    public void Configure(EntityTypeBuilder<PupilLogin> b)
    {
        b.HasKey(x => x.PersonId);
        b.Property(x => x.PictureHash).HasMaxLength(400);
        b.Property(x => x.QrToken).HasMaxLength(400);
        b.Property(x => x.QrTokenHash).HasMaxLength(64);
        b.HasOne<Person>().WithOne().HasForeignKey<PupilLogin>(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.QrTokenHash).IsUnique();
    }
}

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> b)
    {
        b.Property(x => x.Slug).HasMaxLength(60);
        b.Property(x => x.Name).HasMaxLength(150);
        b.Property(x => x.Summary).HasMaxLength(1000);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Privacy).HasConversion<string>().HasMaxLength(30);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SchoolId, x.Slug }).IsUnique();
        b.Property(x => x.Purpose).HasMaxLength(2000);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.AudienceYearGroups).HasMaxLength(20);
        b.Property(x => x.ProviderName).HasMaxLength(100);
        b.Property(x => x.HoursPerWeek).HasPrecision(5, 1);
        b.Property(x => x.Maintainers).HasMaxLength(500);
        b.Property(x => x.ExitPlan).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ExitPlanDetails).HasMaxLength(2000);
        b.Property(x => x.SuccessMeasures).HasMaxLength(2000);
        b.Property(x => x.InterventionPlan).HasMaxLength(2000);
        b.Property(x => x.GoodPracticeChecklist).HasMaxLength(500);
        b.Property(x => x.TermsOfUse).HasMaxLength(20000);
        b.Property(x => x.HouseRules).HasMaxLength(20000);
        b.Property(x => x.LeadershipReviewNotes).HasMaxLength(2000);
        b.Property(x => x.DecisionReasons).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.PupilsContribute);
        b.Ignore(x => x.AudienceYears);
        b.HasIndex(x => new { x.SchoolId, x.Status });
    }
}

internal sealed class SiteEventConfiguration : IEntityTypeConfiguration<SiteEvent>
{
    public void Configure(EntityTypeBuilder<SiteEvent> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.HasOne<Site>().WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SiteId, x.At });
    }
}

internal sealed class SiteMemberConfiguration : IEntityTypeConfiguration<SiteMember>
{
    public void Configure(EntityTypeBuilder<SiteMember> b)
    {
        b.HasKey(x => new { x.SiteId, x.PersonId, x.Role });
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.HasIndex(x => x.SchoolId);
        b.HasIndex(x => x.PersonId).IsUnique();
    }
}

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.HasKey(x => x.Sequence);
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.Property(x => x.ActorUserId).HasMaxLength(64);
        b.Property(x => x.ActorRole).HasMaxLength(64);
        b.Property(x => x.Action).HasMaxLength(100);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(200);
        b.Property(x => x.Outcome).HasMaxLength(100);
        b.Property(x => x.PrevHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => new { x.SchoolId, x.At });
        b.HasIndex(x => x.PrevHash).IsUnique();
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.LastHash).HasMaxLength(64);
        b.HasData(new AuditChainHead { Id = 1, LastSequence = 0, LastHash = AuditHasher.Genesis });
    }
}

internal sealed class ParticipationRequestConfiguration : IEntityTypeConfiguration<ParticipationRequest>
{
    public void Configure(EntityTypeBuilder<ParticipationRequest> b)
    {
        b.Property(x => x.Service).HasMaxLength(150);
        b.Property(x => x.Purpose).HasMaxLength(2000);
        b.Property(x => x.Address).HasMaxLength(500);
        b.Property(x => x.Reasons).HasMaxLength(2000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.RequestedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SchoolId, x.Status });
    }
}
