using System.Text.RegularExpressions;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Full UK postcodes (A.4.9): "CV1 2AB", "cv12ab", "SW1A 1AA". The outward code must start with a real
/// postcode area, so "Y4 3RD" (Year 4, third place) is not a postcode.
/// </summary>
internal sealed partial class PostcodeDetector : Detector
{
    public override void Detect(CheckInput input)
    {
        if (input.DigitCount < 2)
        {
            return;
        }

        foreach (var m in RegexSafety.Matches(Postcode(), input.Folded))
        {
            input.Add(Categories.ContactDetails, "A.4.9", Severity.High, m.Index, m.Length, "postcode");
        }
    }

    [GeneratedRegex(@"\b(?:AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE)[0-9][A-Z0-9]?[ ]{0,2}[0-9][ABD-HJLNP-UW-Z]{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexSafety.TimeoutMs)]
    private static partial Regex Postcode();
}
