namespace Signpost.Checking.Tests;

public class ContactDetailsTests
{
    [Theory]
    [InlineData("A.4.9", "call me on 07700 900123 later", "07700 900123")]
    [InlineData("A.4.9", "my mobile is +44 7700 900123", "+44 7700 900123")]
    [InlineData("A.4.9", "ring +44 (0)7700-900-123", "+44 (0)7700-900-123")]
    [InlineData("A.4.9", "home phone (0121) 496 0000", "(0121) 496 0000")]
    [InlineData("A.4.9", "try 0121.496.0000", "0121.496.0000")]
    [InlineData("A.4.9", "or 0044 20 7946 0000", "0044 20 7946 0000")]
    [InlineData("A.4.9", "number 07700900123!", "07700900123")]
    [InlineData("A.4.9", "text oh seven seven double oh nine double oh one two three", "oh seven seven double oh nine double oh one two three")]
    [InlineData("A.4.9", "it's zero 7 7 0 0 nine 0 0 4 5 6 ok", "zero 7 7 0 0 nine 0 0 4 5 6")]
    public void Phone_numbers_in_any_format_are_contact_details(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, clause, span);

    [Theory]
    [InlineData("A.4.9", "email jo.bloggs@gmail.com please", "jo.bloggs@gmail.com")]
    [InlineData("A.4.9", "it is jo dot bloggs at gmail dot com", "jo dot bloggs at gmail dot com")]
    [InlineData("A.4.9", "mia (at) yahoo (dot) co (dot) uk", "mia (at) yahoo (dot) co (dot) uk")]
    [InlineData("A.4.9", "sam[at]outlook[dot]com", "sam[at]outlook[dot]com")]
    public void Email_addresses_plain_or_written_out_are_contact_details(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, clause, span);

    /// <summary>An email spelled out one char at a time to slip past the plain pattern (A.4.9; issue 3's blind set).</summary>
    [Theory]
    [InlineData("A.4.9", "email me on t o m m y 9 9 @ g m a i l . c o m ok", "t o m m y 9 9 @ g m a i l . c o m")]
    [InlineData("A.4.9", "its j o e @ h o t m a i l . c o . u k", "j o e @ h o t m a i l . c o . u k")]
    [InlineData("A.4.9", "r.o.s.i.e here: r o s i e . b @ o u t l o o k . c o m", "r o s i e . b @ o u t l o o k . c o m")]
    [InlineData("A.4.9", "A B I 1 2 @ Y A H O O . C O M", "A B I 1 2 @ Y A H O O . C O M")]
    public void A_spaced_out_email_is_contact_details(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, clause, span, CheckContext.PupilComment);

    [Theory]
    [InlineData("A.4.9", "contact k a y @ b t . n e t please", "k a y @ b t . n e t", CheckContext.PublicComment)]
    [InlineData("A.4.9", "my mums is d e b @ s k y . c o m", "d e b @ s k y . c o m", CheckContext.PupilPost)]
    public void A_spaced_out_email_is_contact_details_in_public_and_pupil_posts(string clause, string text, string span, CheckContext context) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, clause, span, context);

    [Theory]
    [InlineData("we met at 3 @ the gate")]
    [InlineData("score: a @ b . c")]
    [InlineData("I got 5 @ 2 . 5 each")]
    [InlineData("x @ y is how you write it in maths")]
    public void Single_chars_round_an_at_sign_without_a_domain_are_not_an_email(string text) =>
        CheckerAssert.NoCategory(text, Categories.ContactDetails);

    /// <summary>"address" misspelled before a numbered street in lower case (A.4.9; issue 3's blind set).</summary>
    [Theory]
    [InlineData("A.4.9", "my adress is 41 meadowbank close in leeds", "41 meadowbank close")]
    [InlineData("A.4.9", "our addres is 7 oak lane", "7 oak lane")]
    [InlineData("A.4.9", "new adresss: 12b willow tree road", "12b willow tree road")]
    [InlineData("A.4.9", "her addresss is no. 9 kings court", "no. 9 kings court")]
    [InlineData("A.4.9", "my address is 23 thistle grove coventry", "23 thistle grove")]
    public void A_misspelled_address_before_a_lower_case_street_is_contact_details(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, clause, span);

    /// <summary>Living on a named street, with who the home is shared with between (A.4.9; issue 3's blind set).</summary>
    [Theory]
    [InlineData("A.4.9", "i live with my grandad on wellington crescent now", "wellington crescent")]
    [InlineData("A.4.9", "my cousin lives on ash tree walk", "ash tree walk")]
    [InlineData("A.4.9", "we are living with my auntie at 14 birch rise", "14 birch rise")]
    [InlineData("A.4.9", "we live still on primrose hill", "primrose hill")]
    [InlineData("A.4.9", "i live with my mum and dad on kingsley gardens", "kingsley gardens")]
    public void Living_with_someone_on_a_named_street_is_contact_details(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, clause, span);

    [Theory]
    [InlineData("A.4.9", "I live at 14 Willow Road", "14 Willow Road")]
    [InlineData("A.4.9", "It's 22a Station Rd, come by", "22a Station Rd")]
    [InlineData("A.4.9", "i live at 7 oak close", "7 oak close")]
    [InlineData("A.4.9", "we live on maple avenue", "maple avenue")]
    [InlineData("A.4.9", "postcode CV1 2AB ok", "CV1 2AB")]
    [InlineData("A.4.9", "postcode sw1a1aa", "sw1a1aa")]
    public void Addresses_and_postcodes_are_contact_details(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, clause, span);

    [Theory]
    [InlineData("A.4.9", "add me on snap", "add me on snap")]
    [InlineData("A.4.9", "follow me on tiktok", "follow me on tiktok")]
    [InlineData("A.4.9", "my insta is cool_kid", "insta is cool_kid")]
    [InlineData("A.4.9", "my roblox user is Dragon77", "roblox user is Dragon77")]
    [InlineData("A.4.9", "find me @sparkle.girl", "@sparkle.girl")]
    [InlineData("A.4.9", "see instagram.com/sparkle", "instagram.com/sparkle")]
    public void Social_handles_and_invitations_are_contact_details(string clause, string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, clause, span);

    /// <summary>What blind11, blind12 and blind13 showed missing, in other words (A.4.9).</summary>
    [Theory]
    [InlineData("my gran's shop is at 42 kenilworth road come and see", "42 kenilworth road")]
    [InlineData("we live in flat 12 willow court now", "12 willow court")]
    [InlineData("my cousins house its on silver birch avenue", "silver birch avenue")]
    [InlineData("you can find me, my house is number 14", "my house is number 14")]
    [InlineData("my post code is B 9 4 H X", "my post code is")]
    [InlineData("my discord tag is skyfox#1234", "discord tag is skyfox#1234")]
    [InlineData("whatsapp my uncle on +48 601 234 567", "+48 601 234 567")]
    [InlineData("call 0 7 7 0 0 . 9 0 0 . 4 5 6 now", "0 7 7 0 0 . 9 0 0 . 4 5 6")]
    [InlineData("text oh seven seven oh oh nine hundred four five six", "oh seven seven oh oh nine hundred four five six")]
    [InlineData("ring me 7700 900 456 thats my mums", "7700 900 456")]
    [InlineData("my mobile is 07seven00 900 4five6", "07seven00 900 4five6")]
    [InlineData("we moved into our new house on Linden Grove last week", "Linden Grove")]
    public void More_contact_details_in_childrens_words_are_found(string text, string span) =>
        CheckerAssert.Finds(text, Categories.ContactDetails, "A.4.9", span);

    /// <summary>Numbers near street words that are no address, and a number in words followed by "to".</summary>
    [Theory]
    [InlineData("we ran 3 laps round the park and then 2 more")]
    [InlineData("From 9 till 3 the children will be at the park")]
    [InlineData("Kacper scored 2 goals at 3 oclock at the rec ground")]
    [InlineData("I got 10 house points today for my flat 3 d shapes work")]
    [InlineData("The lesson is from 2 pm to 3 pm in the hall")]
    public void Numbers_beside_street_words_are_not_addresses(string text) =>
        CheckerAssert.NoCategory(text, Categories.ContactDetails);

    [Fact]
    public void The_school_office_number_followed_by_to_is_not_a_persons() =>
        CheckerAssert.NoCategory("You can ring the school office on 024 7696 0100 to report an absence", Categories.ContactDetails, CheckContext.PublicComment);

    /// <summary>A school address on a personal post: not for personal social media (6.10), and a way in for pupils and families (6.2).</summary>
    [Fact]
    public void A_school_address_on_a_personal_post_is_both_findings()
    {
        const string text = "For cake orders email me at h.price@holbrook.sch.uk";
        CheckerAssert.Finds(text, Categories.SchoolEmail, "6.10", "h.price@holbrook.sch.uk", CheckContext.PersonalPost);
        CheckerAssert.Finds(text, Categories.ContactDetails, "6.2", "h.price@holbrook.sch.uk", CheckContext.PersonalPost);
        CheckerAssert.NoCategory(text, Categories.ContactDetails, CheckContext.StaffPost);
    }

    [Fact]
    public void A_link_in_a_pupil_comment_is_held() =>
        CheckerAssert.Finds("look www.coolgames4kids.com now", Categories.Spam, "A.2.2", "www.coolgames4kids.com");

    /// <summary>A member of staff's own number, address or handle on a personal post: advice citing 6.2 (pupils and families could reach them).</summary>
    [Theory]
    [InlineData("Selling my old bike, ring 07700 900 271 or message me here", "07700 900 271")]
    [InlineData("Car boot at mine Saturday, 41 Rowan Crescent, CV99 7QZ", "CV99 7QZ")]
    public void Own_contact_details_on_a_personal_post_are_advice(string text, string span)
    {
        CheckerAssert.Finds(text, Categories.ContactDetails, "6.2", span, CheckContext.PersonalPost);
        Assert.Contains("(6.2)", CheckerAssert.Check(text, CheckContext.PersonalPost).Findings.First(f => f.Category == Categories.ContactDetails).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_in_a_public_comment_is_spam() =>
        CheckerAssert.Finds("visit https://example.org/deals.", Categories.Spam, "A.5.1", "https://example.org/deals", CheckContext.PublicComment);

    [Theory]
    [InlineData("see a.b.c.d.com.x today", "a.b.c.d.com")]
    [InlineData("go to http://localhost.test/x", "http://localhost.test/x")]
    [InlineData("GAMES.CO.UK!", "GAMES.CO.UK")]
    [InlineData("my site is cool-games.io, come", "cool-games.io")]
    public void Links_the_quick_test_must_not_hide_are_found(string text, string span) =>
        CheckerAssert.Finds(text, Categories.Spam, "A.2.2", span);

    [Fact]
    public void The_quick_link_test_never_hides_a_link_the_regex_reports()
    {
        // UrlDetector runs its regexes only where MayHaveReportedLink says a reported link can be; this checks that it
        // says so wherever the regex and IsLink find one, on random texts made of link-like pieces (hosts, known and
        // unknown domains, dots, dashes, "_", "@", case, non-ASCII look-alikes). It fails if the test misses one (say,
        // a domain followed by "." as in "a.b.c.d.com.x", or "www." with an unknown domain).
        string[] pieces =
        [
            "http", "HTTP", "https://", "www.", "WWW.", ".", ".", ".", "com", "CO", "uk", "io", "ly", "me", "fun", "the", "-", "_", "@",
            "/", " ", " ", "a", "b1", "x", "e.g.", "3.14", "K", "\u212A", "\u017F", "\u00E9", "s", "..", "site", "link", ",", ")", "!",
        ];
        var random = new Random(20261206);
        var reported = 0;
        for (var i = 0; i < 30_000; i++)
        {
            var text = PieceText(random, pieces, 12);
            var found = RegexRetry.Run(() => Detectors.UrlDetector.Url().Matches(text)
                .Any(m => Detectors.UrlDetector.IsLink(m.Value.TrimEnd('.', ',', ')', '!', '?'))));
            if (found)
            {
                reported++;
                Assert.True(Detectors.UrlDetector.MayHaveReportedLink(text), $"a reported link hidden in \"{text}\"");
            }
        }

        Assert.True(reported > 1000, $"only {reported} texts with a reported link: the pieces no longer make links");
    }

    [Fact]
    public void The_quick_spaced_email_test_never_hides_one_the_regex_finds()
    {
        // EmailDetector runs its spaced-out regex only where MayBeSpaced says it can match (A.4.9; issue 3's speed): on
        // random texts of one-char tokens, "@", dots and words, wherever the regex matches the test must say so. It
        // fails if the test is narrowed (say, two spaces asked for, or the token before "@" allowed to be a word).
        string[] chars = ["a", "b", "c", "k", "7", ".", ".", "@", "@", "-", "Z", "\u00E9", "jo", "_"];
        string[] gaps = [" ", " ", " ", " ", "", "  "];
        var random = new Random(20261209);
        var found = 0;
        for (var i = 0; i < 30_000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                // Random chars and gaps, or the shape of a spaced email with a random gap or char here and there.
                var parts = random.Next(2) == 0 ? random.Next(1, 5) : 0;
                for (var k = 0; k < parts; k++)
                {
                    text.Append(chars[random.Next(chars.Length)]).Append(gaps[random.Next(gaps.Length)]);
                }

                if (parts == 0)
                {
                    foreach (var part in new[] { "x", "y", "@", "m", "a", ".", "c", "o" })
                    {
                        text.Append(random.Next(8) == 0 ? chars[random.Next(chars.Length)] : part).Append(gaps[random.Next(gaps.Length)]);
                    }
                }
            }

            var s = text.ToString();
            if (RegexRetry.Run(() => Detectors.EmailDetector.Spaced().IsMatch(s)))
            {
                found++;
                Assert.True(Detectors.EmailDetector.MayBeSpaced(s), $"a spaced email hidden in \"{s}\"");
            }
        }

        Assert.True(found > 300, $"only {found} spaced emails: the pieces no longer make them");
    }

    [Fact]
    public void Postcode_shapes_are_found_where_the_whole_text_regex_finds_them()
    {
        // PostcodeDetector tries its regex only one or two chars before a digit, anchored; this compares every shape it
        // walks (each search going on from the char after the last match, as the detector does after a non-area) with
        // the regex run over the whole text, on random texts of postcode-like pieces. It fails if a start is missed
        // (say, only one char before a digit, or a word boundary read wrongly before "_" or a char past ASCII).
        string[] pieces =
        [
            "CV1", "2AB", "cv12ab", "SW1A", "1AA", " ", " ", "  ", "Y4", "3RD", "B", "b", "12", "7", "0", "x", "_", "-", ".", ",",
            "\u212A", "\u00E9", "AB", "ZZ", "Q", "9", "W1", "ec1a", "1bb",
        ];
        var random = new Random(20261207);
        var shapes = 0;
        for (var i = 0; i < 30_000; i++)
        {
            var text = PieceText(random, pieces, 10);
            var expected = RegexRetry.Run(() =>
            {
                var all = new List<(int, int)>();
                for (var m = Detectors.PostcodeDetector.Postcode().Match(text); m.Success; m = Detectors.PostcodeDetector.Postcode().Match(text, m.Index + 1))
                {
                    all.Add((m.Index, m.Length));
                }

                return all;
            });

            Assert.Equal(expected, Detectors.PostcodeDetector.Shapes(text));
            shapes += expected.Count;
        }

        Assert.True(shapes > 1000, $"only {shapes} postcode shapes: the pieces no longer make them");
    }

    [Fact]
    public void A_link_in_a_staff_post_is_fine() =>
        CheckerAssert.Clean("Read the newsletter at https://example.org/news", CheckContext.StaffPost);

    [Fact]
    public void The_school_office_number_in_a_staff_post_is_not_personal() =>
        CheckerAssert.Clean("Please contact the school office on 024 7600 0000.", CheckContext.StaffPost);

    [Fact]
    public void A_school_email_in_a_staff_post_is_the_schools_own() =>
        CheckerAssert.Clean("Email office@holbrook.sch.uk to book.", CheckContext.StaffPost);

    [Theory]
    [InlineData("We counted to 100 in fives and got 7 x 8 = 56.")]
    [InlineData("Y4 3RD place in the relay!")]
    [InlineData("The duck lives in the park near the lake.")]
    [InlineData("My nan lives on the hill.")]
    [InlineData("We met at 3pm @ the gate.")]
    [InlineData("Look at the dot on the map.")]
    [InlineData("Page 455 of the big book.")]
    [InlineData("we walked along the high street to the museum")]
    [InlineData("the shop on the corner sells sweets")]
    [InlineData("we live on planet earth")]
    [InlineData("I love living on a farm with the sheep")]
    [InlineData("I live with my dog on the hill")]
    [InlineData("our address is on the letter home")]
    [InlineData("she wore a red dress to 2 parties on the same street")]
    public void Ordinary_numbers_and_places_are_not_contact_details(string text) =>
        CheckerAssert.NoCategory(text, Categories.ContactDetails);

    /// <summary>One to <paramref name="maxPieces"/> - 1 random pieces joined.</summary>
    private static string PieceText(Random random, string[] pieces, int maxPieces)
    {
        var text = new System.Text.StringBuilder();
        for (var n = random.Next(1, maxPieces); n > 0; n--)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        return text.ToString();
    }
}
