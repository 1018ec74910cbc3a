namespace Signpost.Checking.Tests;

public class PersonalDataTests
{
    [Theory]
    [InlineData("5.4", "DOB 03/05/2016 on the form", "DOB 03/05/2016")]
    [InlineData("5.4", "I was born on 3rd May 2016", "born on 3rd May 2016")]
    [InlineData("5.4", "my birthday is May 3rd", "birthday is May 3rd")]
    [InlineData("5.4", "date of birth: 12-04-2015", "date of birth: 12-04-2015")]
    public void Dates_of_birth_are_personal_data(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PersonalData, clause, span);

    [Fact]
    public void A_birth_date_in_history_is_not_personal_data() =>
        CheckerAssert.NoCategory("Florence Nightingale was born on 12th May 1820.", Categories.PersonalData);

    [Theory]
    [InlineData("5.4", "Tom is 8 years old", "Tom is 8 years old")]
    [InlineData("5.4", "Olivia (7) loved it", "Olivia (7)")]
    [InlineData("5.4", "Ayaan, aged 6, won", "Ayaan, aged 6")]
    [InlineData("5.4", "Kai is 9 and fast", "Kai is 9")]
    public void A_named_persons_age_is_personal_data(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PersonalData, clause, span);

    [Theory]
    [InlineData("Year 4 is 30 children.")]
    [InlineData("The answer is 12.")]
    [InlineData("My cat is called Biscuit.")]
    public void Numbers_after_ordinary_words_are_not_ages(string text) =>
        CheckerAssert.NoCategory(text, Categories.PersonalData);

    [Theory]
    [InlineData("5.4", "NHS no 943 476 5919", "943 476 5919")]
    [InlineData("5.4", "nhs 9434765919.", "9434765919")]
    [InlineData("5.4", "NI number AB 12 34 56 C", "AB 12 34 56 C")]
    [InlineData("5.4", "NI: ab123456c", "ab123456c")]
    [InlineData("5.4", "UPN B801200005001", "B801200005001")]
    public void Identity_numbers_with_valid_check_characters_are_personal_data(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PersonalData, clause, span);

    [Theory]
    [InlineData("NHS no 943 476 5918")]
    [InlineData("UPN A801200005001")]
    [InlineData("NI number QQ 12 34 56 C")]
    [InlineData("NI number GB 12 34 56 A")]
    public void Identity_numbers_with_wrong_check_characters_are_not_findings(string text) =>
        CheckerAssert.NoCategory(text, Categories.PersonalData);

    [Theory]
    [InlineData("5.4", "Thomas has autism so be patient", "autism")]
    [InlineData("5.4", "Maddie was diagnosed with diabetes", "diabetes")]
    [InlineData("5.4", "my mum is in hospital", "in hospital")]
    [InlineData("5.4", "my dad is in prison", "is in prison")]
    [InlineData("5.4", "Her parents have split up", "Her parents have split up")]
    public void Health_and_family_circumstances_about_a_person_are_personal_data(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.PersonalData, clause, span);

    [Theory]
    [InlineData("We learned about asthma in science.")]
    [InlineData("We raised money for Cancer Research with a bake sale.")]
    [InlineData("Year 6 learned about the Great Depression.")]
    [InlineData("We split up into groups of four.")]
    public void Health_words_not_about_a_person_are_not_personal_data(string text) =>
        CheckerAssert.NoCategory(text, Categories.PersonalData, CheckContext.StaffPost);
}
