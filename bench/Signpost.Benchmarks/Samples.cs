namespace Signpost.Benchmarks;

/// <summary>Fictional texts shaped like what the checker sees: a ~400-word staff post and short pupil comments.</summary>
public static class Samples
{
    public const string StaffPost400Words = """
        What a fantastic week it has been in Year 4! On Monday the children started their new topic on the Romans, and
        the classroom was soon full of shields, helmets and some very impressive mosaics. We talked about why the Romans
        came to Britain, how they built their roads so straight, and what life might have been like for a child growing
        up in a Roman town. Everyone was fascinated to learn that Roman children played with dolls, marbles and board
        games, just like we do today. On Tuesday we visited the local museum, where a wonderful guide showed us coins,
        pottery and even a real Roman comb. The children asked brilliant questions and were a credit to the school on
        the coach there and back. Thank you to all the parents and volunteers who came along to help; we could not have
        done it without you. In maths we have been practising our times tables, especially the sevens and eights, and
        many children have moved up a level on the times tables chart. Please keep practising at home: little and often
        really does make a difference. In English we have been writing persuasive letters to the headteacher about
        having a longer break time. Some of the arguments were very convincing, and we will find out next week whether
        they worked! Our science topic this half term is states of matter. We melted chocolate, froze juice and watched
        water evaporate from a saucer on the windowsill. The children made careful predictions and recorded their results
        in tables, then explained what they had found using the new words they had learned. In PE we have started a unit
        on gymnastics, working on balances, rolls and jumps, and finishing each lesson with a short sequence performed to
        a partner. It has been lovely to see the children encouraging each other and giving kind, useful feedback. A
        reminder that PE kits should be in school on Tuesdays and Thursdays, with long hair tied back and earrings removed.
        Reading records are checked every Friday, so please sign them when you hear your child read. Next week we will be
        baking Roman bread, so please let us know about any allergies by Monday. Finally, well done to everyone who took
        part in the reading challenge this term: the class has read over two hundred books between them. We are very proud
        of how hard everyone has worked, and we hope you have a restful weekend. See you all on Monday!
        """;

    public static readonly string[] Comments =
    [
        "I loved the trip to the museum, the Roman comb was so cool!",
        "Well done everyone, the mosaics look amazing.",
        "My favourite part was when we melted the chocolate and it smelt yummy.",
        "Thank you for the lovely photos of the trip, my daughter had a wonderful time.",
        "Can we do gymnastics again next week? I liked the rolls best.",
        "I read three books this week and my favourite was about a dragon who could not fly.",
        "The Romans built straight roads so their soldiers could march quickly.",
        "Great to see the children enjoying science, thank you Year 4 team.",
        "We practised our sevens at home and I know them all now!",
        "My persuasive letter said we need a longer break because play helps us learn.",
        "add me on snap its jojo.fun",
        "you're such an idiot nobody likes you",
        "my dad hits me and I am scared to go home",
        "call me on 07700 900123",
        "what the f**k is this",
        "Rose Baker in Year 4 won the race",
    ];

    public static readonly string CleanComment = Comments[2];

    /// <summary>About 1 MB of mostly clean comments (one in eight has something to find), as one string per comment.</summary>
    public static string[] Batch(int totalChars)
    {
        var list = new List<string>();
        var chars = 0;
        var i = 0;
        while (chars < totalChars)
        {
            var c = i % 8 == 7 ? Comments[10 + (i / 8 % 6)] : Comments[i % 10];
            list.Add(c);
            chars += c.Length;
            i++;
        }

        return [.. list];
    }
}
