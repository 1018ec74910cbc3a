using Signpost.Data.Entities;
using Signpost.Policy.Clauses;

namespace Signpost.IntegrationTests.Features;

public class PersonKindTests
{
    [Theory(DisplayName = "2.1 every kind of person in the directory is classified")]
    [MemberData(nameof(Kinds))]
    public void Everyone_but_pupils_and_parents_is_a_staff_member_under_2_1(PersonKind kind) =>
        Assert.Equal(kind is not (PersonKind.Pupil or PersonKind.Parent), PeopleCoveredByThePolicy.IsStaffMember(kind.ToString()));

    public static TheoryData<PersonKind> Kinds() => new(Enum.GetValues<PersonKind>());
}
