using Signpost.Policy.Clauses;

namespace Signpost.Policy.Tests;

public class PeopleCoveredByThePolicyTests
{
    [Theory(DisplayName = "2.1 staff members")]
    [InlineData("Governor", true)]
    [InlineData("TeachingStaff", true)]
    [InlineData("SupportStaff", true)]
    [InlineData("Contractor", true)]
    [InlineData("Trainee", true)]
    [InlineData("Volunteer", true)]
    [InlineData("Pupil", false)]
    [InlineData("Parent", false)]
    public void Governors_staff_contractors_trainees_and_volunteers_are_staff_members(string kind, bool covered) =>
        Assert.Equal(covered, PeopleCoveredByThePolicy.IsStaffMember(kind));
}
