using Signpost.Checking.Matching;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Turns the one-pass trie hits of the word and phrase lists (profanity 5.2, extreme offence A.5.6,
/// bullying 3.4/5.5, safeguarding A.2.3, grooming A.2.2, opinion A.4.10/5.3, confidential 3.2, spam,
/// personal-post advice 6.x) into findings. Hits overlapped by an allow-list entry are dropped.
/// Health and family terms are left to <see cref="CircumstanceDetector"/>, disclosure cues to <see cref="DisclosureDetector"/>;
/// insult words become bullying only when <see cref="AimedInsult.CheckCue"/> finds them aimed at a person, and a people
/// or faith named becomes extreme offence only when <see cref="GroupHate"/> finds hate after it.
/// </summary>
internal sealed class PhraseListDetector : Detector
{
    public PhraseListDetector()
        : base(Needs.ListHits)
    {
    }

    public const string Circumstance = "circumstance";

    /// <summary>The grooming lists' secrecy entries ("don't tell your mum"), which a surprise can explain (<see cref="SurpriseSecret"/>).</summary>
    private const string SecrecyKey = "secrecy";

    /// <summary>"keep this between us" (grooming) and "i'm not allowed to tell" (safeguarding): a surprise explains them too.</summary>
    private const string SecretPactKey = "secret-pact";

    private const string ToldNotToTellKey = "told-not-to-tell";

    /// <summary>"keep it under your hats" (confidential, 3.2): a surprise explains it too.</summary>
    private const string ConfidentialKeepKey = "confidential-keep";

    /// <summary>"{name} is 7": a named person's age (5.4), which a match result reads like ("we beat St Mary's 12-3").</summary>
    private const string NamedAgeKey = "named-age";

    /// <summary>"he hit me": a disclosure, unless its sentence is play (<see cref="DisclosureDetector.IsPlay"/>).</summary>
    private const string HarmKey = "harm-disclosure";

    public override void Detect(CheckInput input)
    {
        var matches = input.ListMatches;
        var (signs, signStart, signEnd) = (0, int.MaxValue, 0);
        // The first hit of each reader's cue (ConcernCue, HomeCue, NeglectCue, ToldCue, in EntryKind's order); Start -1: none.
        Span<(int Start, int End)> firstCue = [(-1, -1), (-1, -1), (-1, -1), (-1, -1)];
        foreach (var m in matches)
        {
            var e = m.Entry;
            var kind = e.Kind;
            if (kind is EntryKind.Allow or EntryKind.ReadElsewhere || IsAllowed(input, m))
            {
                continue;
            }

            switch (kind)
            {
                case EntryKind.Finding:
                    break;
                case EntryKind.InsultCue:
                    AimedInsult.CheckCue(input, m);
                    continue;
                case EntryKind.HandleCue:
                    PlatformHandle.Check(input, m);
                    continue;
                case EntryKind.GroupCue:
                    GroupHate.Check(input, m.Start, m.End, e.MessageKey);
                    continue;
                case EntryKind.ConcernCue or EntryKind.HomeCue or EntryKind.NeglectCue or EntryKind.ToldCue:
                    ref var first = ref firstCue[kind - EntryKind.ConcernCue];
                    first = first.Start < 0 ? (m.Start, m.End) : first;
                    continue;
                case EntryKind.ApproachCue:
                    signs |= StrangerApproach.Sign(e);
                    (signStart, signEnd) = (Math.Min(signStart, m.Start), Math.Max(signEnd, m.End));
                    continue;
            }

            if ((e.MessageKey is SecrecyKey or SecretPactKey or ToldNotToTellKey or ConfidentialKeepKey) && SurpriseSecret.Keeps(input, m.Start, m.End, staffing: e.MessageKey == ConfidentialKeepKey))
            {
                continue;
            }

            if (e.MessageKey == HarmKey && e.Category == Categories.Safeguarding && DisclosureDetector.IsPlay(input, m.Start))
            {
                continue;
            }

            if (e.MessageKey == NamedAgeKey && (IsScore(input, m) || IsPet(input, m)))
            {
                continue;
            }

            if (e.Category is Categories.Profanity or Categories.ExtremeOffence && AnimalSense(input, m))
            {
                continue;
            }

            input.AddEntry(e, m.Start, m.End);
        }

        // Each reader decides once, on its cue's first hit, after every hit of the text is read.
        if (firstCue[0].Start >= 0)
        {
            // A concern about a child raised in a public comment (ConcernForChild, A.2.3).
            ConcernForChild.Decide(input, firstCue[0].Start, firstCue[0].End);
        }

        if (firstCue[1].Start >= 0 && input.Context is CheckContext.PupilComment or CheckContext.PupilPost or CheckContext.PublicComment)
        {
            // A home described so it can be found (HomeDescribed, A.4.9): decided after the address detectors (ContextReaders).
            input.HomeCue = firstCue[1];
        }

        if (firstCue[2].Start >= 0)
        {
            // A child left to care for themselves or others at home (NeglectTold, A.2.3).
            NeglectTold.Decide(input, firstCue[2].Start, firstCue[2].End);
        }

        if (firstCue[3].Start >= 0)
        {
            // A child telling of someone outside the family doing what groomers do (ChildToldApproach, A.2.2).
            ChildToldApproach.Decide(input, firstCue[3].Start, firstCue[3].End);
        }

        if (signs != 0)
        {
            // An adult reaching for a child in a public comment: two signs together (StrangerApproach, A.2.2).
            StrangerApproach.Decide(input, signs, signStart, signEnd);
        }
    }

    /// <summary>
    /// Whether the number a named-age hit ends on goes on as a score, a range, a decimal or thousands ("St Mary's 12-3",
    /// "Oak 4 – 2", "Noah's 10:30 lesson", "Pi is 3.14", "Everest is 8,849 metres"): a dash, an en dash or a colon, then
    /// a digit, or a point or comma and a digit, right after the hit's last digit.
    /// </summary>
    private static bool IsScore(CheckInput input, PhraseMatch hit)
    {
        var (start, length) = input.Skeleton.ToFolded(hit.Start, hit.End);
        var text = input.FoldedSpan;
        var i = start + length;
        // The hit may end after the number on an empty option ("{num} (years old|)"): back to the last digit in it.
        var last = i - 1;
        while (last >= start && !char.IsAsciiDigit(text[last]))
        {
            last--;
        }

        if (last < start)
        {
            return false;
        }

        i = last + 1;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        // A decimal or a thousands comma: "Pi is 3.14159", "Everest is 8,849 metres".
        if (i == last + 1 && i + 1 < text.Length && text[i] is '.' or ',' && char.IsAsciiDigit(text[i + 1]))
        {
            return true;
        }

        if (i >= text.Length || text[i] is not ('-' or '\u2013' or '\u2014' or ':'))
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    private static readonly string[] Pets =
    [
        "hamster", "dog", "cat", "rabbit", "bunny", "puppy", "kitten", "goldfish", "fish", "guinea pig", "pony", "horse",
        "tortoise", "pet", "budgie", "parrot", "gerbil", "snake", "lizard", "chicken", "hen", "bearded dragon",
    ];

    /// <summary>Whether a pet is named in the 30 chars before a named-age hit: "our class hamster Nibbles is 2 today" (blind2, blind7).</summary>
    private static bool IsPet(CheckInput input, PhraseMatch hit)
    {
        var (start, _) = input.Skeleton.ToFolded(hit.Start, hit.End);
        var text = input.FoldedSpan;
        var before = text.Slice(Math.Max(0, start - 30), Math.Min(30, start));
        foreach (var pet in Pets)
        {
            var at = before.IndexOf(pet, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsAsciiLetter(before[at - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An allow-list entry overlapping the hit (and at least as long) cancels it. Allow hits are in text order, so
    /// only those starting from (hit start - the longest allow hit) up to the hit's end can overlap it: found by
    /// binary search, so a text with a hundred thousand "the cock crowed" is not a hundred thousand squared steps.
    /// </summary>
    /// <summary>How many words either side are read for the animal a word names.</summary>
    private const int AnimalReach = 40;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CockLookup = SkeletonWords.Of("cock", "cocks");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AssLookup = SkeletonWords.Of("ass", "asses");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BitchLookup = SkeletonWords.Of("bitch", "bitches");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitLookup = SkeletonWords.Of("tit", "tits");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FarmLookup = SkeletonWords.Of(
        "farm", "farmer", "farmyard", "hen", "hens", "chicken", "chickens", "chick", "chicks", "rooster", "roosters", "cockerel",
        "cockerels", "crowed", "crowing", "egg", "eggs", "feathers", "barn", "coop", "poultry", "pheasant", "pheasants");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DonkeyLookup = SkeletonWords.Of(
        "donkey", "donkeys", "mule", "mules", "foal", "foals", "bible", "jesus", "balaam", "nativity", "bethlehem", "ox",
        "phonics", "sound", "sounds", "rhyme", "rhymes", "rhyming", "spelling", "spellings");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FaggotLookup = SkeletonWords.Of("faggot", "faggots");

    /// <summary>Faggots on a Victorian menu or at the butcher's (blind12, blind14).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FoodLookup = SkeletonWords.Of(
        "peas", "mushy", "gravy", "menu", "onion", "onions", "mash", "butcher", "butchers", "meatballs", "meatball", "dinner",
        "victorian", "dripping", "recipe", "ate", "eat", "tasted", "tasting", "tasters", "pudding", "sausages", "liver", "pie");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DogLookup = SkeletonWords.Of(
        "dog", "dogs", "puppy", "puppies", "pup", "pups", "breed", "breeder", "breeding", "kennel", "kennels", "litter", "greyhound", "whelped");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BirdLookup = SkeletonWords.Of(
        "bird", "birds", "feeder", "feeders", "nest", "nests", "nesting", "birdwatch", "rspb", "robin", "robins", "sparrow", "sparrows", "chaffinch", "wren");

    /// <summary>
    /// Whether a profanity hit is a farm or animal word in a text about the animal: "a male chicken is called a cockerel or
    /// a cock", "we saw 3 cocks and lots of hens" (blind13), "another word for a donkey is an ass" (blind12), a dog
    /// breeder's "bitch", a bird table's "tits". Read only for these few words, some forty words either side.
    /// </summary>
    private static bool AnimalSense(CheckInput input, PhraseMatch hit)
    {
        var sk = input.Skeleton;
        var word = SkeletonSentence.Token(sk, hit.Start);
        var sense = CockLookup.Contains(word) ? FarmLookup
            : AssLookup.Contains(word) ? DonkeyLookup
            : FaggotLookup.Contains(word) ? FoodLookup
            : BitchLookup.Contains(word) ? DogLookup
            : TitLookup.Contains(word) ? BirdLookup
            : default;
        if (sense.Set is null || sk.TokenEnd(hit.Start) < hit.End)
        {
            return false;
        }

        var starts = sk.TokenStarts;
        var at = Array.BinarySearch(starts, 0, sk.TokenCount, hit.Start);
        if (at < 0)
        {
            return false;
        }

        for (var t = Math.Max(0, at - AnimalReach); t < Math.Min(sk.TokenCount, at + AnimalReach); t++)
        {
            if (t != at && sense.Contains(SkeletonSentence.Token(sk, starts[t])))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsAllowed(CheckInput input, PhraseMatch hit)
    {
        var allows = input.AllowMatches;
        if (allows.Count == 0)
        {
            return false;
        }

        var from = hit.Start - input.AllowMaxLength;
        int lo = 0, hi = allows.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (allows[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < allows.Count && allows[i].Start < hit.End; i++)
        {
            var m = allows[i];
            if (hit.Start < m.End && m.End - m.Start >= hit.End - hit.Start)
            {
                return true;
            }
        }

        return false;
    }
}
