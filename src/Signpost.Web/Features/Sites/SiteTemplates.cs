namespace Signpost.Web.Features.Sites;

/// <summary>Terms of Use and House Rules drafted from the school's policy, for each site to edit (A.4.1).</summary>
public static class SiteTemplates
{
    public static string TermsOfUse(string school, string site) => $"""
        {site} is an official site of {school}, run under the school's Social Media Policy.

        - Everything published here is checked and approved by the school before it appears (A.3.4, A.5.3).
        - Pupils are shown by first name only; no pupil can be identified (A.5.2).
        - Do not share personal contact details such as home addresses, phone numbers or email addresses (A.4.9).
        - Racist, homophobic or other extremely offensive content is never tolerated; it is removed at once and may be reported to the police (A.5.6).
        - The school may remove anything that breaks these terms or the House Rules, and may withdraw anyone's access.
        - Use of the site is monitored and recorded (8.1-8.2).
        - Questions or concerns: contact the school office. Media enquiries go to the Headteacher (A.3.6).
        """;

    public static string HouseRules(string site) => $"""
        House rules for {site}

        1. Be kind. Write only what you would say to someone's face.
        2. Keep it on topic: about our learning and our school.
        3. Use first names only. Never write your surname, address, phone number or email.
        4. No swearing, no unkind names, no sharing of other people's pictures.
        5. Everything waits for a teacher to check it before anyone else can see it.
        6. If something worries you, tell a teacher.
        """;
}
