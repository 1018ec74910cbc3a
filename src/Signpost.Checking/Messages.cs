namespace Signpost.Checking;

/// <summary>
/// Plain-English messages for findings, by key: one for adults (staff, parents, the public) and one a
/// child can read that teaches rather than scolds. Messages never repeat the word that was found.
/// </summary>
internal static class Messages
{
    private static readonly Dictionary<string, (string Adult, string Pupil)> Texts = new(StringComparer.Ordinal)
    {
        ["swearing-strong"] = ("Strong swearing or sexual language; not suitable for a school site (5.2).", "This word is not OK on our school blog. Can you say it another way?"),
        ["swearing"] = ("Swearing or vulgar language; not suitable for a school site (5.2).", "This word is not OK on our school blog. Can you say it another way?"),
        ["swearing-mild"] = ("Mild swearing; a moderator should decide whether it suits the site (5.2).", "Try a different word here - our blog is for everyone."),
        ["slur-racist"] = ("Racist slur or abuse. Never published (A.5.6); consider reporting.", "This word hurts people because of where they or their family come from. It can't go on our blog."),
        ["slur-religious"] = ("Religious hate slur or abuse. Never published (A.5.6); consider reporting.", "This word hurts people because of their religion. It can't go on our blog."),
        ["slur-homophobic"] = ("Homophobic or transphobic slur or abuse. Never published (A.5.6); consider reporting.", "This word hurts people. It can't go on our blog."),
        ["slur-disablist"] = ("Disablist slur. Never published (A.5.6).", "This word hurts disabled people. It can't go on our blog."),
        ["hate-speech"] = ("Hateful abuse aimed at a group of people. Never published (A.5.6); consider reporting.", "This hurts people. It can't go on our blog."),
        ["social-invite"] = ("Invitation to contact someone on another app or site (A.4.9).", "Keep your accounts private. Don't ask people to add you on other apps."),
        ["my-contact"] = ("Personal contact details such as a phone number, email or address (A.4.9).", "Keep your phone number, email and address private - it helps keep you safe online."),
        ["personal-contact"] = ("Your own phone number, address, email or handle: on a public post, pupils and their families could use it to contact you (6.2). Think again, or share it privately.", "Keep your phone number, email and address private - it helps keep you safe online."),
        ["phone"] = ("A phone number (A.4.9).", "Keep phone numbers private - it helps keep you safe online."),
        ["email"] = ("An email address (A.4.9).", "Keep email addresses private - it helps keep you safe online."),
        ["email-obfuscated"] = ("An email address written out to get past filters (A.4.9).", "Keep email addresses private - it helps keep you safe online."),
        ["postcode"] = ("A postcode, which points to where someone lives (A.4.9).", "Keep your postcode private - it helps keep you safe online."),
        ["address"] = ("A home or street address (A.4.9).", "Keep your address private - it helps keep you safe online."),
        ["handle"] = ("A social media username or handle (A.4.9).", "Keep your usernames private - it helps keep you safe online."),
        ["link-social"] = ("A link to a social media or messaging profile (A.4.9).", "Don't share links to your accounts - keep them private."),
        ["link-server"] = ("A game server's address, where players find and talk to each other (A.4.9).", "Keep game server addresses private - ask a grown-up before you invite people to play."),
        ["link-pupil"] = ("A link to another website; a moderator should check where it goes (A.2.2).", "Ask your teacher before sharing a link."),
        ["link"] = ("A link; this site does not take links in comments without a moderator's check (A.5.1).", "Ask your teacher before sharing a link."),
        ["dob"] = ("A date of birth (5.4).", "Keep your birthday private online - it helps keep you safe."),
        ["named-age"] = ("A named person's age (5.4).", "Don't put someone's name and age together online."),
        ["nhs-number"] = ("An NHS number (3.2, 5.4).", "This looks like a private number. Please take it out."),
        ["ni-number"] = ("A National Insurance number (3.2, 5.4).", "This looks like a private number. Please take it out."),
        ["upn"] = ("A Unique Pupil Number (3.2, 5.4).", "This looks like a private number. Please take it out."),
        ["health"] = ("Health information about a named or identifiable person (5.4).", "Health is private. Only share things about other people if they say it's OK."),
        ["family"] = ("Family circumstances about a named or identifiable person (5.4).", "Family things are private. Only share them with a grown-up you trust."),
        ["pupil-full-name"] = ("A pupil's full name; pupils are shown by first name only (A.5.2).", "Keep your surname private - it helps keep you safe online."),
        ["pupil-initial"] = ("A pupil's name with an initial (\"Kacper N.\", \"H. Pike\"), which can identify them (A.5.2).", "Keep surnames private, even the first letter - it helps keep you safe online."),
        ["pupil-in-address"] = ("A pupil's name inside an email address or username, which can identify them (A.5.2).", "Pick usernames without your real name in them - it helps keep you safe online."),
        ["pupil-surname"] = ("A pupil's surname (A.5.2).", "Keep surnames private - it helps keep everyone safe online."),
        ["pupil-with-class"] = ("A pupil's first name together with the school or class, which can identify them (A.5.2).", "Don't put a name with your school or class - it helps keep you safe online."),
        ["self-introduction"] = ("A pupil giving their full name (A.5.2).", "Keep your surname private - it helps keep you safe online."),
        ["school-named"] = ("Names the pupil's school, which can identify them (A.5.2).", "Don't say which school you go to online - it helps keep you safe."),
        ["pupil-via-parent"] = ("A parent's full name beside their child's first name gives the pupil's full name; pupils are shown by first name only (A.5.2).", "Keep family names private - with your first name they tell everyone who you are."),
        ["pupil-via-title"] = ("A pupil's first name beside their family's surname with a title gives the pupil's full name; pupils are shown by first name only (A.5.2).", "Keep family names private - with your first name they tell everyone who you are."),
        ["pupil-parent-named"] = ("A parent's full name carries their child's surname and says whose family it is; name parents by first name or role (A.5.2).", "Keep family names private - they tell everyone who you are."),
        ["parent-full-name"] = ("A parent's full name, which can identify their child (5.4).", "Keep family names private - it helps keep everyone safe."),
        ["insult"] = ("An insult or name-calling aimed at a person (5.5).", "This could hurt someone's feelings. How would you feel if someone wrote it about you?"),
        ["exclusion"] = ("Leaving someone out or telling them they are not wanted (3.4).", "Leaving people out hurts. Our blog is a kind place for everyone."),
        ["threat"] = ("A threat against a person (3.4).", "This sounds like a threat. If you are upset, talk to a grown-up you trust."),
        ["self-harm-incitement"] = ("Telling someone to hurt or kill themselves (5.5, A.2.3).", "Never tell anyone to hurt themselves. If you are upset, talk to a grown-up you trust."),
        ["work-on-personal-post"] = ("Work information about a pupil or a family on your own account: it is confidential to the school (3.2). Think again before posting.", "Keep other people's private things private."),
        ["stranger-approach"] = ("Someone reaching for a child privately: contact, a meeting or a gift offered, or parents kept out - a grooming warning sign (A.2.2). Do not publish; tell the Designated Safeguarding Lead.", "Safe grown-ups never ask you to meet, message them or keep secrets from your family. Tell a grown-up you trust."),
        ["approach-told-grooming"] = ("A child telling of someone outside the family giving gifts or money, asking for secrets, pictures, a meeting or where they live: a grooming warning sign (A.2.2). Refer to the Designated Safeguarding Lead now (A.2.3).", "Thank you for telling us. A grown-up at school will talk to you about this - you have done nothing wrong."),
        ["concern-for-child"] = ("A concern about a child's care or safety raised by someone outside school (A.2.3). Refer to the Designated Safeguarding Lead now; do not publish.", "Thank you for telling us. A grown-up at school will look into this."),
        ["approach-told"] = ("A child telling of someone's approach (a grooming sign, A.2.2): a possible disclosure. Refer to the Designated Safeguarding Lead now (A.2.3).", "Thank you for telling us. A grown-up at school will talk to you about this - you have done nothing wrong."),
        ["harm-disclosure"] = ("Possible disclosure of a child being hurt (A.2.3). Refer to the Designated Safeguarding Lead now.", "Thank you for telling us. A grown-up at school will talk to you about this."),
        ["touching"] = ("Possible disclosure of inappropriate touching or sexual harm (A.2.3). Refer to the Designated Safeguarding Lead now.", "Thank you for telling us. A grown-up at school will talk to you about this."),
        ["scared-home"] = ("A child may be afraid to go home (A.2.3). Refer to the Designated Safeguarding Lead now.", "Thank you for telling us. A grown-up at school will talk to you about this."),
        ["neglect"] = ("Possible neglect: not fed, left alone or not cared for (A.2.3). Refer to the Designated Safeguarding Lead now.", "Thank you for telling us. A grown-up at school will talk to you about this."),
        ["self-harm"] = ("Possible self-harm or suicidal thoughts (A.2.3). Refer to the Designated Safeguarding Lead now.", "Thank you for telling us. A grown-up at school will talk to you about this - you are not alone."),
        ["adult-at-risk"] = ("An adult may be at risk of harm (A.2.3). Refer to the Designated Safeguarding Lead now.", "Thank you for telling us. A grown-up at school will talk to you about this."),
        ["secret-pact"] = ("Asking someone to keep something between the two of them: a grooming warning sign (A.2.2).", "Safe grown-ups never ask you to keep secrets from your family. Tell a grown-up you trust."),
        ["told-not-to-tell"] = ("A child saying they are not allowed to tell: someone may be keeping them quiet (A.2.3). Refer to the Designated Safeguarding Lead now.", "Thank you for telling us. A grown-up at school will talk to you about this."),
        ["secrecy"] = ("Asking someone to keep a secret from parents or others: a grooming warning sign (A.2.2).", "Safe grown-ups never ask you to keep secrets from your family. Tell a grown-up you trust."),
        ["private-contact"] = ("Asking for private contact or to move to another app: a grooming warning sign (A.2.2).", "Never give your number or move to another app with someone you met online. Tell a grown-up."),
        ["meeting"] = ("Suggesting meeting up or going somewhere: a grooming warning sign (A.2.2).", "Never meet someone from online without a grown-up. Tell a grown-up you trust."),
        ["photos"] = ("Asking for photos or video: a grooming warning sign (A.2.2).", "Never send photos to someone who asks online. Tell a grown-up you trust."),
        ["personal-questions"] = ("Asking a child personal questions (age, whether they are alone, where they live): a grooming warning sign (A.2.2).", "You don't have to answer personal questions online. Tell a grown-up you trust."),
        ["gifts"] = ("Offering gifts, money or game credit: a grooming warning sign (A.2.2).", "Be careful of people offering gifts online. Tell a grown-up you trust."),
        ["flattery-age"] = ("Flattery about maturity or looks linked to age: a grooming warning sign (A.2.2).", "Be careful of people online who say things like this. Tell a grown-up you trust."),
        ["political"] = ("Political opinion or voting advice on an official site (A.4.10).", "Our school blog doesn't take sides in politics."),
        ["opinion-voice"] = ("A personal opinion in an official post; the school's voice should not carry personal views (5.3).", "Our school blog doesn't take sides."),
        ["confidential"] = ("Information marked or recognisable as confidential (3.2).", "This looks private. Please take it out."),
        ["confidential-keep"] = ("Asked to keep a matter quiet: information that may not be for sharing (3.2).", "This looks private. Please take it out."),
        ["spam-promo"] = ("Promotional or advertising content (A.5.1).", "Our blog isn't for adverts."),
        ["self-id"] = ("Identifies you as working at the school or the Local Authority on a personal account (6.1). Think again before posting.", "Think again before posting."),
        ["self-id-school"] = ("Names the school on a personal account, which links you to it (6.1). Think again before posting.", "Think again before posting."),
        ["school-email"] = ("A school email address; school addresses are not for personal social media (6.10).", "Use a personal email address."),
        ["pupil-info-personal"] = ("Information about pupils or their families from work on a personal account (6.8). Think again before posting.", "Think again before posting."),
        ["photo-advice"] = ("Mentions images of pupils, school uniform or logos; these must not go on personal accounts (6.9).", "Think again before posting."),
    };

    public static string For(string key, bool pupil)
    {
        if (!Texts.TryGetValue(key, out var text))
        {
            throw new KeyNotFoundException($"No message for key '{key}'.");
        }

        return pupil ? text.Pupil : text.Adult;
    }

    public static bool Has(string key) => Texts.ContainsKey(key);

    /// <summary>Both messages of <paramref name="key"/>, or null where it has none.</summary>
    public static (string Adult, string Pupil)? Find(string key) => Texts.TryGetValue(key, out var text) ? text : null;

    /// <summary>The message of a finding that says a text was not read in full (see <see cref="Detectors.Detector.Unfinished"/>).</summary>
    public static string Unfinished(Detectors.UnfinishedRead read, bool pupil) => pupil
        ? "A grown-up will read this before it goes online."
        : $"The checker ran out of time reading this text for {read.What}, so it may have missed some: a person must read all of it before it is published ({read.Clause}).";
}
