using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Signpost.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SiteProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AdvertiseForContributors",
                table: "Sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AudienceParents",
                table: "Sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AudiencePublic",
                table: "Sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AudienceStaff",
                table: "Sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AudienceYearGroups",
                table: "Sites",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAt",
                table: "Sites",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DecidedById",
                table: "Sites",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionReasons",
                table: "Sites",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDate",
                table: "Sites",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExitPlan",
                table: "Sites",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExitPlanDetails",
                table: "Sites",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GoodPracticeChecklist",
                table: "Sites",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "HoursPerWeek",
                table: "Sites",
                type: "numeric(5,1)",
                precision: 5,
                scale: 1,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseRules",
                table: "Sites",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterventionPlan",
                table: "Sites",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadershipReviewNotes",
                table: "Sites",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeadershipReviewedAt",
                table: "Sites",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LeadershipReviewedById",
                table: "Sites",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LiveAt",
                table: "Sites",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Maintainers",
                table: "Sites",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ParentsMayComment",
                table: "Sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ProposedById",
                table: "Sites",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProviderMinimumAge",
                table: "Sites",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProviderName",
                table: "Sites",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PublicMayComment",
                table: "Sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PupilsMayComment",
                table: "Sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PupilsMayPost",
                table: "Sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PupilsMayUploadImages",
                table: "Sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "Sites",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "Sites",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResourcedById",
                table: "Sites",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewDate",
                table: "Sites",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartDate",
                table: "Sites",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "Sites",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuccessMeasures",
                table: "Sites",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TermsOfUse",
                table: "Sites",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "UseSchoolLogo",
                table: "Sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Sites",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "SiteEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SiteEvents_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sites_SchoolId_Status",
                table: "Sites",
                columns: new[] { "SchoolId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SiteEvents_SiteId_At",
                table: "SiteEvents",
                columns: new[] { "SiteId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SiteEvents");

            migrationBuilder.DropIndex(
                name: "IX_Sites_SchoolId_Status",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "AdvertiseForContributors",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "AudienceParents",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "AudiencePublic",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "AudienceStaff",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "AudienceYearGroups",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "DecidedById",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "DecisionReasons",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "EndDate",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "ExitPlan",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "ExitPlanDetails",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "GoodPracticeChecklist",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "HoursPerWeek",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "HouseRules",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "InterventionPlan",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "LeadershipReviewNotes",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "LeadershipReviewedAt",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "LeadershipReviewedById",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "LiveAt",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "Maintainers",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "ParentsMayComment",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "ProposedById",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "ProviderMinimumAge",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "ProviderName",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "PublicMayComment",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "PupilsMayComment",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "PupilsMayPost",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "PupilsMayUploadImages",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "ResourcedById",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "ReviewDate",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "StartDate",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "SuccessMeasures",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "TermsOfUse",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "UseSchoolLogo",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Sites");
        }
    }
}
