namespace Signpost.Checking.Detectors;

/// <summary>
/// Which list findings apply in which context (CONTRACT.md contexts). Official sites get opinion
/// findings (A.4.10); only personal posts get the 6.x advice (contact details there cite 6.2); staff posts may carry links, handles,
/// promotion and invitations to meet (a school trip), but never secrecy. Applied to every finding
/// in <see cref="CheckInput.Add"/>.
/// </summary>
internal static class ContextRules
{
    public static bool Applies(string category, string messageKey, CheckContext context) => category switch
    {
        Categories.SelfIdentification or Categories.SchoolEmail => context == CheckContext.PersonalPost,
        Categories.Opinion => context != CheckContext.PersonalPost
            && (messageKey != "opinion-voice" || context == CheckContext.StaffPost),
        Categories.Spam => context is CheckContext.PublicComment or CheckContext.PupilComment or CheckContext.PupilPost,
        Categories.Grooming => context != CheckContext.StaffPost || messageKey == "secrecy",
        // "I'm not allowed to tell" is a child's words; a teacher's "not allowed to tell you yet" is news.
        Categories.Safeguarding when messageKey == "told-not-to-tell" => context is CheckContext.PupilComment or CheckContext.PupilPost,
        Categories.PersonalData when messageKey is "pupil-info-personal" or "photo-advice" => context == CheckContext.PersonalPost,
        Categories.ContactDetails when messageKey is "handle" or "link-server" => context != CheckContext.StaffPost,
        // "my instagram is linked to...": on a personal post the words alone are no detail; a number, an address or a handle is.
        Categories.ContactDetails when messageKey is "social-invite" or "my-contact" => context != CheckContext.PersonalPost,
        // On a personal post, a phone number, address or handle is advice (6.2: no contact with pupils through personal media);
        // every blind set's author since the second wanted it raised (docs/CHECKER.md). CheckInput cites 6.2 there.
        _ => true,
    };

    /// <summary>A bit (1 shifted by the context's number) for each context where <see cref="Applies"/> holds.</summary>
    public static int Mask(string category, string messageKey)
    {
        var mask = 0;
        for (var context = CheckContext.PupilComment; context <= CheckContext.PersonalPost; context++)
        {
            mask |= Applies(category, messageKey, context) ? 1 << (int)context : 0;
        }

        return mask;
    }
}
