using Signpost.Data.Entities;

namespace Signpost.Web.Features.People;

public static class PeoplePresentation
{
    public static string KindLabel(PersonKind k) => k switch
    {
        PersonKind.TeachingStaff => "Teaching staff",
        PersonKind.SupportStaff => "Support staff",
        PersonKind.Governor => "Governors",
        PersonKind.Contractor => "Contractors",
        PersonKind.Trainee => "Trainees",
        PersonKind.Volunteer => "Volunteers",
        PersonKind.Pupil => "Pupils",
        _ => "Parents",
    };

    public static string RoleLabel(Role r) => r switch
    {
        Role.Headteacher => "Headteacher",
        Role.LeadershipTeam => "Leadership team",
        Role.AssistantHead => "Assistant Head",
        Role.IctLeader => "ICT leader",
        Role.DesignatedSafeguardingLead => "Designated Safeguarding Lead",
        Role.CommunicationsManager => "Communications manager",
        Role.Staff => "Staff",
        Role.Pupil => "Pupil",
        Role.HumanResources => "HR (breach register)",
        _ => "Parent",
    };
}
