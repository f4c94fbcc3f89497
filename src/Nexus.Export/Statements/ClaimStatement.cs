using System.Globalization;

namespace Nexus.Export.Statements;

/// <summary>
/// A claim as one English sentence that keeps who says it and how surely: "The Indian dossier
/// reported that Islamic State Khorasan Province is allied with Lashkar-e-Taiba." Every sentence is
/// attributed, so none states a claim as fact; the verb carries the modality and the past tense
/// agrees with any holder.
/// </summary>
public static class ClaimStatement
{
    /// <summary>The verb each modality is reported with; tests check a sentence keeps it.</summary>
    public static string AttributionVerb(Modality modality) => modality switch
    {
        Modality.Asserted => "stated",
        Modality.Reported => "reported",
        Modality.Alleged => "alleged",
        Modality.Assessed => "assessed",
        Modality.Speculative => "suggested",
        Modality.Denied => "denied",
        _ => throw new ArgumentOutOfRangeException(nameof(modality)),
    };

    /// <summary>The whole sentence, qualifiers in parentheses, ending with a full stop.</summary>
    public static string Of(StoredClaim stored)
    {
        var sentence = $"{Capitalize(HolderName(stored))} {AttributionVerb(stored.Claim.Modality)} that {Clause(stored)}{Qualifiers(stored)}";
        return sentence.EndsWith('.') ? sentence : sentence + ".";
    }

    /// <summary>The claim's own words without attribution ("ISKP is allied with LeT"), for labels, never for prose.</summary>
    public static string Clause(StoredClaim stored)
    {
        var claim = stored.Claim;
        var phrase = PredicatePhrase.Of(claim.Predicate);
        var verb = claim.Modality == Modality.Speculative
            ? (claim.Polarity == Polarity.Negative ? "may not " : "may ") + phrase.AfterModal
            : phrase.For(claim.Polarity);
        var subject = stored.Subject.Name;
        return stored.Object is { } obj ? $"{subject} {verb} {obj.Name}" : $"{subject} {verb}";
    }

    /// <summary>
    /// How the holder is named in prose: the author is called so, and a second-hand holder keeps who
    /// passed the statement on ("Y, as relayed by X"), so a relayed claim never reads as first-hand.
    /// </summary>
    public static string HolderName(StoredClaim stored)
    {
        var holder = stored.Claim.Holder;
        if (holder.Kind == HolderKind.Author)
        {
            return string.Equals(holder.Text, Holder.Author(null).Text, StringComparison.Ordinal) ? holder.Text : $"{holder.Text} (the author)";
        }
        return holder.Via is null ? holder.Text : Attributed(holder) + ",";
    }

    /// <summary>The holder with whoever passed the statement on: "Y, as relayed by X"; just "Y" first-hand.</summary>
    public static string Attributed(Holder holder) => holder.Via is null ? holder.Text : $"{holder.Text}, as relayed by {Relayers(holder)}";

    /// <summary>Who passed a second-hand holder's statement on, nearest first ("X; Y"); empty when first-hand.</summary>
    public static string Relayers(Holder holder) => string.Join("; ", holder.Chain().Skip(1).Select(h => h.Text));

    private static string Qualifiers(StoredClaim stored)
    {
        var claim = stored.Claim;
        var parts = new List<string>();
        if (claim.Role is { } role)
        {
            parts.Add("role: " + role);
        }
        if (claim.Item is { } item)
        {
            parts.Add("item: " + item);
        }
        if (!claim.Kinds.IsEmpty)
        {
            parts.Add("kind: " + string.Join(", ", claim.Kinds));
        }
        if (claim.Count is { } count)
        {
            parts.Add("count: " + count.ToString(CultureInfo.InvariantCulture));
        }
        if (claim.Time is { } time)
        {
            parts.Add("time: " + time.Text);
        }
        if (stored.Place is { } place)
        {
            parts.Add("place: " + place.Name);
        }
        if (claim.Likelihood is { } likelihood)
        {
            parts.Add("in the source's words: " + likelihood);
        }
        return parts.Count == 0 ? "" : " (" + string.Join("; ", parts) + ")";
    }

    private static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
