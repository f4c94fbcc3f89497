using Nexus.Analysis.Syndication;
using Nexus.Core;
using Nexus.Storage;

namespace Nexus.Benchmarks.Analysis;

/// <summary>
/// A store's worth of resolved claims made up for timing: documents of a fixed number of claims each,
/// every tenth document a republished copy of the one before (same text, same claims), subjects and
/// objects drawn from a Zipf-like law over the entities so that a few are hubs, modalities and
/// holders mixed as in news reporting.
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly Predicate[] Predicates =
        [Predicate.MemberOf, Predicate.AlliedWith, Predicate.Sponsors, Predicate.Funded, Predicate.MetWith, Predicate.Supplied, Predicate.HostileTo, Predicate.AssociatedWith];

    private static readonly Modality[] Modalities =
        [Modality.Asserted, Modality.Asserted, Modality.Reported, Modality.Reported, Modality.Reported, Modality.Assessed, Modality.Alleged, Modality.Speculative, Modality.Denied];

    private static readonly Holder[] Holders =
    [
        Holder.Author("a correspondent"), new("intelligence sources", HolderKind.Anonymous), new("the ministry", HolderKind.Organization),
        new("a named official", HolderKind.NamedPerson), new("the dossier", HolderKind.Document),
    ];

    public SyntheticCorpus(int claims, int claimsPerDocument, int entities, int seed)
    {
        var random = new Random(seed);
        var refs = Enumerable.Range(0, entities)
            .Select(i => new EntityRef("ent:" + i, "Entity " + i, i % 3 == 0 ? EntityType.Person : EntityType.Organization)).ToArray();
        var weights = new double[entities];
        for (var i = 0; i < entities; i++)
        {
            weights[i] = (i == 0 ? 0 : weights[i - 1]) + (1 / Math.Pow(i + 1, 0.8));
        }
        EntityRef Pick() => refs[Math.Min(entities - 1, ~Array.BinarySearch(weights, random.NextDouble() * weights[^1]) is var i and >= 0 ? i : 0)];
        var documents = claims / claimsPerDocument;
        var stored = new List<StoredClaim>(claims);
        var sources = new List<SourceDocument>(documents);
        List<(EntityRef, Predicate, EntityRef, Modality, Holder)> previous = [];
        for (var d = 0; d < documents; d++)
        {
            var id = "doc:" + d;
            var copy = d % 10 == 9;
            var text = copy ? null : string.Join(' ', Enumerable.Range(0, 80).Select(_ => "w" + random.Next(50_000)));
            sources.Add(new SourceDocument(id, new DocumentMetadata { Publisher = "Outlet " + (d % 200), Published = new DateOnly(2020, 1, 1).AddDays(d % 2000) },
                copy ? sources[^1].Signature : TextSignature.Of(text!)));
            var facts = copy ? previous : [.. Enumerable.Range(0, claimsPerDocument).Select(_ =>
                (Pick(), Predicates[random.Next(Predicates.Length)], Pick(), Modalities[random.Next(Modalities.Length)], Holders[random.Next(Holders.Length)]))];
            for (var c = 0; c < facts.Count; c++)
            {
                var (subject, predicate, obj, modality, holder) = facts[c];
                stored.Add(new StoredClaim
                {
                    Id = StoredClaim.IdOf(id, "c" + c),
                    DocumentId = id,
                    Claim = new Claim
                    {
                        Id = "c" + c,
                        Subject = "e1",
                        Predicate = predicate,
                        Object = "e2",
                        Modality = modality,
                        Holder = holder,
                        Evidence = new TextSpan(0, 40),
                        Confidence = 0.8,
                    },
                    Subject = subject,
                    Object = obj,
                    EvidenceText = "a sentence of the document",
                    DocumentPublished = sources[^1].Metadata.Published,
                });
            }
            previous = facts;
        }
        Claims = stored;
        Documents = sources;
    }

    public IReadOnlyList<StoredClaim> Claims { get; }

    public IReadOnlyList<SourceDocument> Documents { get; }
}
