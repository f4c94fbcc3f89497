namespace Nexus.Storage.Relational;

/// <summary>
/// Turns an annotated document into the rows of its tables, in the column order of <see cref="Tables"/>.
/// Checks first that every span lies inside the text, so that evidence text can be cut from it and a
/// broken extraction is refused with a sentence naming the faulty annotation.
/// </summary>
internal static class DocumentRows
{
    public static void Check(AnnotatedDocument document)
    {
        var length = document.Text.Length;
        void Inside(TextSpan span, string what)
        {
            if (span.End > length)
            {
                throw new StoreException($"Document {document.Document.Id} was not stored: {what} has span {span}, outside its text of {length} characters.");
            }
        }
        foreach (var (sentence, i) in document.Sentences.Select((s, i) => (s, i)))
        {
            Inside(sentence.Span, $"sentence {i}");
        }
        foreach (var (mention, i) in document.Mentions.Select((m, i) => (m, i)))
        {
            Inside(mention.Span, $"mention {i} ('{mention.Text}')");
        }
        foreach (var (time, i) in document.Times.Select((t, i) => (t, i)))
        {
            Inside(time.Span, $"time expression {i} ('{time.Text}')");
        }
        foreach (var claim in document.Claims)
        {
            Inside(claim.Evidence, $"the evidence of claim {claim.Id}");
            if (claim.Trigger is { } trigger)
            {
                Inside(trigger, $"the trigger of claim {claim.Id}");
            }
            if (claim.Time is { } time)
            {
                Inside(time.Span, $"the time of claim {claim.Id}");
            }
        }
    }

    public static IEnumerable<object?[]> Sentences(string id, AnnotatedDocument d) =>
        d.Sentences.Select((s, i) => new object?[] { id, i, s.Span.Start, s.Span.End, s.FirstToken, s.TokenCount });

    public static IEnumerable<object?[]> Entities(string id, AnnotatedDocument d) =>
        d.Entities.Select((e, i) => new object?[]
        {
            id, e.Key, i, StoredEnum.Text(e.Type), StoredEnum.Text(e.Kind), e.Name, StringList.Encode(e.Aliases), StringList.Encode(e.Refs),
        });

    public static IEnumerable<object?[]> Mentions(string id, AnnotatedDocument d) =>
        d.Mentions.Select((m, i) => new object?[]
        {
            id, i, m.Span.Start, m.Span.End, m.Text, StoredEnum.Text(m.Type), StoredEnum.Text(m.Kind), m.Confidence,
            m.Source, m.Canonical, StringList.Encode(m.Refs), m.EntityKey,
        });

    public static IEnumerable<object?[]> Times(string id, AnnotatedDocument d) =>
        d.Times.Select((t, i) => new object?[]
        {
            id, i, t.Text, t.Span.Start, t.Span.End, t.Start, t.End, StoredEnum.Text(t.Granularity), StoredEnum.Text(t.Qualifier),
        });

    public static IEnumerable<object?[]> Claims(string id, AnnotatedDocument d) =>
        d.Claims.Select((c, i) => new object?[]
        {
            id, c.Id, i, c.Subject, StoredEnum.Text(c.Predicate), c.Object, c.Role, c.Item, StringList.Encode(c.Kinds), c.Count,
            c.Time?.Text, c.Time?.Span.Start, c.Time?.Span.End, c.Time?.Start, c.Time?.End,
            StoredEnum.Text(c.Time?.Granularity), StoredEnum.Text(c.Time?.Qualifier), c.Place,
            StoredEnum.Text(c.Modality), c.Likelihood, StoredEnum.Text(c.Polarity), c.Holder.Text,
            StoredEnum.Text(c.Holder.Kind), c.Holder.Entity, c.Cue, c.Evidence.Start, c.Evidence.End,
            c.Evidence.Of(d.Text), c.Trigger?.Start, c.Trigger?.End, c.Confidence, c.Pattern, HolderChain.Encode(c.Holder),
        });
}
