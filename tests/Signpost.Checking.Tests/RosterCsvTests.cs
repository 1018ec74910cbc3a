namespace Signpost.Checking.Tests;

public class RosterCsvTests
{
    [Fact]
    public void A_roster_with_nicknames_and_quotes_is_read()
    {
        var people = RosterCsv.Parse(new StringReader("first_name,last_name,role,nicknames\nRose,Baker,pupil,Rosie|Ro\n\n\"Mary Jane\",\"O'Neil, Jr\",Parent,\nHelen,Price,STAFF\n"));
        Assert.Equal(3, people.Count);
        Assert.Equal(["Rosie", "Ro"], people[0].Nicknames!);
        Assert.Equal("O'Neil, Jr", people[1].LastName);
        Assert.Equal(KnownPersonRole.Parent, people[1].Role);
        Assert.Equal(KnownPersonRole.Staff, people[2].Role);
    }

    [Fact]
    public void Columns_may_come_in_any_order() =>
        Assert.Equal("Baker", RosterCsv.Parse(new StringReader("role,last_name,first_name\npupil,Baker,Rose\n"))[0].LastName);

    [Theory]
    [InlineData("first_name,last_name\nRose,Baker\n", 1, "\"role\"")]
    [InlineData("first_name,last_name,role\nRose,Baker,pupil\nTom,Pike,teacher\n", 3, "role \"teacher\"")]
    [InlineData("first_name,last_name,role\n,Baker,pupil\n", 2, "first_name is empty")]
    [InlineData("first_name,last_name,role\n\"Rose,Baker,pupil\n", 2, "not closed")]
    [InlineData("", 1, "empty")]
    public void Roster_errors_name_the_line(string csv, int line, string message)
    {
        var e = Assert.Throws<RosterFormatException>(() => RosterCsv.Parse(new StringReader(csv)));
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
