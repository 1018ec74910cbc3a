using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Data.Entities;

namespace Signpost.Data.Configurations;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> b)
    {
        b.Property(x => x.Slug).HasMaxLength(120);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(20000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ApprovalNotes).HasMaxLength(2000);
        b.Property(x => x.RejectionReason).HasMaxLength(2000);
        b.Property(x => x.FindingsJson).HasMaxLength(100000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Site>().WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SiteId, x.Slug }).IsUnique();
        b.HasIndex(x => new { x.SiteId, x.Status, x.PublishedAt });
        b.HasIndex(x => new { x.SchoolId, x.Status });
    }
}

internal sealed class PostRevisionConfiguration : IEntityTypeConfiguration<PostRevision>
{
    public void Configure(EntityTypeBuilder<PostRevision> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(20000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.HasOne<Post>().WithMany().HasForeignKey(x => x.PostId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PostId, x.Number }).IsUnique();
    }
}

internal sealed class PostImageConfiguration : IEntityTypeConfiguration<PostImage>
{
    public void Configure(EntityTypeBuilder<PostImage> b)
    {
        b.Property(x => x.ContentType).HasMaxLength(40);
        b.Property(x => x.AltText).HasMaxLength(500);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasOne<Post>().WithMany().HasForeignKey(x => x.PostId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Pupils).WithOne().HasForeignKey(x => x.ImageId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.PostId);
    }
}

internal sealed class PostImagePupilConfiguration : IEntityTypeConfiguration<PostImagePupil>
{
    public void Configure(EntityTypeBuilder<PostImagePupil> b)
    {
        b.HasKey(x => new { x.ImageId, x.PersonId });
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> b)
    {
        b.Property(x => x.Text).HasMaxLength(5000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.AuthorKind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.RejectionReason).HasMaxLength(2000);
        b.Property(x => x.FindingsJson).HasMaxLength(100000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Post>().WithMany().HasForeignKey(x => x.PostId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PostId, x.Status, x.CreatedAt });
        b.HasIndex(x => new { x.SiteId, x.Status });
        b.HasIndex(x => x.AuthorId);
    }
}

internal sealed class ReviewItemConfiguration : IEntityTypeConfiguration<ReviewItem>
{
    public void Configure(EntityTypeBuilder<ReviewItem> b)
    {
        b.Property(x => x.ContentKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ReasonsJson).HasMaxLength(100000);
        b.Property(x => x.DecisionReason).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Site>().WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Post>().WithMany().HasForeignKey(x => x.PostId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Comment>().WithMany().HasForeignKey(x => x.CommentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SchoolId, x.Status, x.Priority, x.CreatedAt });
        b.HasIndex(x => new { x.SiteId, x.Status });
        b.HasIndex(x => x.PostId);
        b.HasIndex(x => x.CommentId);
    }
}

internal sealed class ReviewEventConfiguration : IEntityTypeConfiguration<ReviewEvent>
{
    public void Configure(EntityTypeBuilder<ReviewEvent> b)
    {
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Notes).HasMaxLength(5000);
        b.HasOne<ReviewItem>().WithMany().HasForeignKey(x => x.ReviewItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ReviewItemId, x.At });
    }
}

internal sealed class ItemReportConfiguration : IEntityTypeConfiguration<ItemReport>
{
    public void Configure(EntityTypeBuilder<ItemReport> b)
    {
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.Outcome).HasMaxLength(1000);
        b.HasOne<ReviewItem>().WithMany().HasForeignKey(x => x.ReviewItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ReporterId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ReviewItemId);
        b.HasIndex(x => x.ReporterId);
    }
}

internal sealed class EvidenceRecordConfiguration : IEntityTypeConfiguration<EvidenceRecord>
{
    public void Configure(EntityTypeBuilder<EvidenceRecord> b)
    {
        // No foreign keys on purpose: evidence outlives the content, the site and the author's account (A.5.6).
        b.Property(x => x.ContentKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(20000);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.FindingsJson).HasMaxLength(100000);
        b.Property(x => x.Where).HasMaxLength(500);
        b.HasIndex(x => new { x.SchoolId, x.At });
    }
}

internal sealed class SafeguardingConcernConfiguration : IEntityTypeConfiguration<SafeguardingConcern>
{
    public void Configure(EntityTypeBuilder<SafeguardingConcern> b)
    {
        b.Property(x => x.ContentKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Category).HasMaxLength(40);
        b.Property(x => x.Summary).HasMaxLength(2000);
        b.Property(x => x.Outcome).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.SchoolId, x.Status });
        b.HasIndex(x => new { x.ContentKind, x.ContentId });
    }
}

internal sealed class ConcernEntryConfiguration : IEntityTypeConfiguration<ConcernEntry>
{
    public void Configure(EntityTypeBuilder<ConcernEntry> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Text).HasMaxLength(5000);
        b.HasOne<SafeguardingConcern>().WithMany().HasForeignKey(x => x.ConcernId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ConcernId, x.At });
    }
}

internal sealed class MediaEnquiryConfiguration : IEntityTypeConfiguration<MediaEnquiry>
{
    public void Configure(EntityTypeBuilder<MediaEnquiry> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.Organisation).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.Message).HasMaxLength(5000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Notes).HasMaxLength(5000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.SchoolId, x.Status });
    }
}

internal sealed class AbsenceConfiguration : IEntityTypeConfiguration<Absence>
{
    public void Configure(EntityTypeBuilder<Absence> b)
    {
        b.Property(x => x.Reason).HasMaxLength(200);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PersonId, x.From });
        b.HasIndex(x => new { x.SchoolId, x.To });
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.Property(x => x.Kind).HasMaxLength(40);
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.Link).HasMaxLength(500);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PersonId, x.ReadAt, x.CreatedAt });
    }
}

internal sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Markdown).HasMaxLength(200000);
        b.HasIndex(x => new { x.SchoolId, x.Number }).IsUnique();
    }
}

internal sealed class PolicyAcknowledgementConfiguration : IEntityTypeConfiguration<PolicyAcknowledgement>
{
    public void Configure(EntityTypeBuilder<PolicyAcknowledgement> b)
    {
        b.HasKey(x => new { x.PolicyVersionId, x.PersonId });
        b.HasOne<PolicyVersion>().WithMany().HasForeignKey(x => x.PolicyVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class BreachConfiguration : IEntityTypeConfiguration<Breach>
{
    public void Configure(EntityTypeBuilder<Breach> b)
    {
        b.Property(x => x.PersonDescription).HasMaxLength(200);
        b.Property(x => x.Clauses).HasMaxLength(200);
        b.Property(x => x.WhatHappened).HasMaxLength(5000);
        b.Property(x => x.Severity).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ActionTaken).HasMaxLength(5000);
        b.Property(x => x.Outcome).HasMaxLength(5000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.SchoolId, x.FoundOn });
    }
}

internal sealed class TermDateConfiguration : IEntityTypeConfiguration<TermDate>
{
    public void Configure(EntityTypeBuilder<TermDate> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => new { x.SchoolId, x.Start });
    }
}

internal sealed class MonitorRunConfiguration : IEntityTypeConfiguration<MonitorRun>
{
    public void Configure(EntityTypeBuilder<MonitorRun> b)
    {
        b.Property(x => x.Monitor).HasMaxLength(60);
        b.Property(x => x.Subject).HasMaxLength(100);
        b.Property(x => x.Period).HasMaxLength(40);
        b.Property(x => x.Outcome).HasMaxLength(1000);
        b.HasIndex(x => new { x.SchoolId, x.Monitor, x.Subject, x.Period }).IsUnique();
    }
}
