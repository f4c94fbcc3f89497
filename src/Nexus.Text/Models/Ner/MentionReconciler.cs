using Nexus.Text.Names;

namespace Nexus.Text.Models.Ner;

/// <summary>
/// Merges the NER model's mentions with those of the lists and rules into one flat list. The lists
/// know the type and reference ids of the names they hold, and the rules read the context of the
/// names they find; the model reads every name in its sentence. Who wins where they disagree was
/// measured on re3d, each source folder read by a recogniser trained without it (models/ner.md):
/// <list type="bullet">
/// <item>same span: the list's or rule's mention, with the higher confidence and both sources ("gazetteer+model:ner");</item>
/// <item>an organisation's name of two or more words holding list countries or nationalities: the model's ("Kurdish
/// YPG", "U.S. Central Command", "Syrian Arab Coalition" are bodies, not the nationality inside them);</item>
/// <item>a person's name holding list places, when it has two or more words or the model read a title before it:
/// the model's ("Philip Hammond" is no town Hammond, "Secretary Kerry" no county Kerry); so too a longer name holding
/// a rule's person ("Richard "Tex" Coe" over the rule's "Richard", which stops at the nickname's quotation mark);</item>
/// <item>a place's name of the form "X of Y" holding list places: the model's ("Gulf of Aden" is no "Gulf" and "Aden");</item>
/// <item>a rule's weak guess that two or three capitalised words are a person (confidence 0.5, no cue), inside a
/// model mention of another type: the model's ("Royal Navy", "Global Coalition");</item>
/// <item>any other overlap: the list's or rule's mention (the model's "Iraqi President Fuad Masum" loses to the
/// rule's "Fuad Masum");</item>
/// <item>no overlap: the model's mention, without a leading article ("the Syrian Democratic Forces" → "Syrian Democratic Forces");</item>
/// <item>a list's one-word place that is the surname of a person the document names in full, where the model reads
/// no place, or a one-word place the model alone reads there: that person ("Davis said" after "Navy Capt. Jeff Davis"
/// is no town Davis).</item>
/// </list>
/// Pure and thread-safe.
/// </summary>
public static class MentionReconciler
{
    private static readonly string[] Articles = ["the ", "The ", "a ", "A ", "an ", "An "];

    /// <summary>
    /// One layer from every stage's mentions. A country's name stays a place of kind country whatever it does in
    /// its sentence ("Russia said", "France struck"): one node with its ids, which the claim stage reads as an actor
    /// too; a body the text names through a country ("the Government of Iraq", "the Iraqi government", "Russian
    /// forces") is an organisation the name rules find.
    /// </summary>
    /// <param name="mentions">Every stage's mentions; the model's are those whose source is <see cref="NerStage.Source"/>.</param>
    /// <param name="titled">Model persons the recogniser read after a title or role ("Secretary Kerry" kept as "Kerry"):
    /// such a name wins over a list place even when it is one word.</param>
    public static ImmutableArray<Mention> Reconcile(IEnumerable<Mention> mentions, IReadOnlySet<Mention>? titled = null)
    {
        var all = mentions.ToList();
        var others = all.Where(m => m.Source != NerStage.Source).OrderBy(m => m.Span.Start).ToList();
        var starts = others.Select(o => o.Span.Start).ToArray();
        var result = new List<Mention>(others.Count);
        var confirmed = new Dictionary<Mention, Mention>(ReferenceEqualityComparer.Instance);
        var displaced = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        foreach (var model in all.Where(m => m.Source == NerStage.Source).Select(WithoutArticle))
        {
            var overlapping = Overlapping(others, starts, model.Span);
            if (overlapping.Count == 0)
            {
                result.Add(model);
            }
            else if (IsPersonHoldingPlaces(model, overlapping, titled?.Contains(model) == true) || IsBodyHoldingCountries(model, overlapping)
                || IsWeakPersonGuess(model, overlapping) || IsPlaceOfPlaces(model, overlapping))
            {
                // What it displaces names something else (a town, a nationality, a guess): no ids pass over.
                result.Add(model);
                displaced.UnionWith(overlapping);
            }
            else if (overlapping.FirstOrDefault(o => o.Span == model.Span) is { } same)
            {
                confirmed[same] = same with { Confidence = Math.Max(same.Confidence, model.Confidence), Source = same.Source + "+" + model.Source };
            }
        }
        result.AddRange(others.Where(o => !displaced.Contains(o)).Select(o => confirmed.GetValueOrDefault(o, o)));
        var places = all.Where(m => m.Source == NerStage.Source && m.Type == EntityType.Location).Select(m => m.Span).ToHashSet();
        var surnames = result.Where(m => m.Type == EntityType.Person && m.Text.Contains(' ', StringComparison.Ordinal))
            .Select(m => m.Text[(m.Text.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        return [.. result.Select(m => IsSurnameRead(m, surnames, places) ? AsPerson(m) : m).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End)];
    }

    // "Davis said" after "Navy Capt. Jeff Davis": a list's one-word place that repeats the surname of a person the
    // document names in full is that person, unless the model reads a place there too; so is a place only the model
    // reads ("Volesky" after "Maj. Gen. Gary J. Volesky"), which no list knows.
    private static bool IsSurnameRead(Mention mention, HashSet<string> surnames, HashSet<TextSpan> places) =>
        mention.Type == EntityType.Location && !mention.Text.Contains(' ', StringComparison.Ordinal)
        && surnames.Contains(mention.Text) && (mention.Source == NerStage.Source || !places.Contains(mention.Span));

    private static Mention AsPerson(Mention place) =>
        place with { Type = EntityType.Person, Kind = null, Canonical = null, Refs = [], Source = place.Source + "+surname" };

    // Mentions are sorted by start; one that overlaps a span starts before the span's end.
    private static List<Mention> Overlapping(List<Mention> sorted, int[] starts, TextSpan span)
    {
        var found = new List<Mention>();
        var end = Array.BinarySearch(starts, span.End);
        end = end < 0 ? ~end : end;
        for (var i = end - 1; i >= 0 && i >= end - 64; i--)
        {
            if (sorted[i].Span.Overlaps(span))
            {
                found.Add(sorted[i]);
            }
        }
        return found;
    }

    private static bool IsBodyHoldingCountries(Mention model, List<Mention> overlapping) =>
        model.Type == EntityType.Organization && model.Text.Contains(' ', StringComparison.Ordinal)
        && overlapping.All(o => (o.Type == EntityType.Nationality || o.Type == EntityType.Location && o.Kind == EntityKind.Country)
            && o.Span.Length < model.Span.Length && model.Span.Start <= o.Span.Start && o.Span.End <= model.Span.End);

    // "Gulf of Aden" is one sea, not the list's "Gulf" and the city "Aden".
    private static bool IsPlaceOfPlaces(Mention model, List<Mention> overlapping) =>
        model.Type == EntityType.Location && model.Text.Split(' ') is { Length: > 2 } words && words.Contains("of")
        && words.All(w => w == "of" || char.IsUpper(w[0]))
        && overlapping.All(o => o.Type == EntityType.Location && o.Span.Length < model.Span.Length && model.Span.Start <= o.Span.Start && o.Span.End <= model.Span.End);

    private static bool IsWeakPersonGuess(Mention model, List<Mention> overlapping) =>
        model.Type != EntityType.Person
        && overlapping.All(o => o.Source == NameRulesStage.Source && o.Type == EntityType.Person && o.Confidence <= 0.5 && model.Span.Start <= o.Span.Start && o.Span.End <= model.Span.End);

    private static bool IsPersonHoldingPlaces(Mention model, List<Mention> overlapping, bool titled) =>
        model.Type == EntityType.Person && (titled || model.Text.Contains(' ', StringComparison.Ordinal))
        && overlapping.All(o => (o.Type == EntityType.Location && (titled || o.Span.Length < model.Span.Length) || o.Type == EntityType.Person && o.Span.Length < model.Span.Length)
            && model.Span.Start <= o.Span.Start && o.Span.End <= model.Span.End);

    /// <summary>The mention without a leading article ("the Syrian Democratic Forces" → "Syrian Democratic Forces").</summary>
    internal static Mention WithoutArticle(Mention mention)
    {
        foreach (var article in Articles)
        {
            if (mention.Text.Length > article.Length && mention.Text.StartsWith(article, StringComparison.Ordinal))
            {
                var span = new TextSpan(mention.Span.Start + article.Length, mention.Span.End);
                return mention with { Span = span, Text = mention.Text[article.Length..] };
            }
        }
        return mention;
    }
}
