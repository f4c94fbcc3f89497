using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Nexus.Core;
using Nexus.Storage.Sqlite;

namespace Nexus.Benchmarks.Web;

/// <summary>
/// A SQLite store of synthetic reporting at scale: documents of one-claim sentences over a pool of
/// people, groups and places, and one hub person named in <see cref="HubClaims"/> claims (the
/// 1,000-claim profile). Resolution is written directly (one entity per name): the load test
/// measures the read side, not the resolver. Deterministic for a given size.
/// </summary>
internal static class SyntheticStore
{
    public const string HubName = "Abu Hamza Benchmarki";
    public const string HubId = "ent:bench-hub";
    public const int HubClaims = 1000;
    public const int ClaimsPerDocument = 50;

    private static readonly string[] First = ["Abdul", "Mohammad", "Rana", "Hafiz", "Aslam", "Mir", "Saifullah", "Naseem", "Qari", "Jamal",
        "Khalid", "Tariq", "Yusuf", "Bilal", "Imran", "Zahid", "Farid", "Hamid", "Rashid", "Samir", "Omar", "Idris", "Nasir", "Karim",
        "Salim", "Wali", "Anwar", "Javed", "Shafiq", "Ashraf", "Latif", "Majid", "Rauf", "Sadiq", "Talib", "Usman", "Waqar", "Yasir", "Zubair", "Aziz"];

    private static readonly string[] Last = ["Mengal", "Ashfaq", "Kasuri", "Farooqi", "Baloch", "Noorzai", "Haqqani", "Durrani", "Achakzai", "Kakar",
        "Yousafzai", "Afridi", "Shinwari", "Mohmand", "Wazir", "Mehsud", "Bugti", "Marri", "Rind", "Jatoi", "Khattak", "Orakzai", "Bangash", "Turi",
        "Popalzai", "Barakzai", "Alizai", "Ishaqzai", "Nurzai", "Tokhi", "Hotak", "Safi", "Mangal", "Zadran", "Jaji", "Tanai", "Wardak", "Ghilzai",
        "Sulaimankhel", "Kharoti", "Andar", "Taraki", "Nasar", "Stanikzai", "Ahmadzai", "Mamozai", "Utmankhel", "Tarin", "Sherani", "Luni"];

    private static readonly string[] GroupWords = ["Front", "Brigade", "Movement", "Council", "Army", "Network", "Battalion", "Legion"];

    private static readonly string[] Places = ["Quetta", "Kabul", "Peshawar", "Khuzdar", "Mastung", "Jalalabad", "Kandahar", "Herat", "Karachi", "Lahore",
        "Gwadar", "Turbat", "Zhob", "Chaman", "Kunar", "Nangarhar", "Helmand", "Kunduz", "Mazar-i-Sharif", "Ghazni"];

    private static readonly (Predicate Predicate, string Verb)[] Relations =
    [
        (Predicate.MetWith, "met"), (Predicate.MemberOf, "joined"), (Predicate.Supplied, "supplied weapons to"),
        (Predicate.Funded, "funded"), (Predicate.AlliedWith, "cooperated with"), (Predicate.Trained, "trained"),
    ];

    private static readonly Modality[] Modalities = [Modality.Asserted, Modality.Reported, Modality.Reported, Modality.Alleged, Modality.Assessed, Modality.Speculative];

    public static async Task BuildAsync(string path, int claims, CancellationToken cancellationToken)
    {
        var people = First.SelectMany(f => Last.Select(l => $"{f} {l}")).ToArray();
        var groups = Last.SelectMany(l => GroupWords.Select(w => $"{l} {w}")).ToArray();
        var random = new Random(7);
        var documents = Math.Max(HubClaims, claims / ClaimsPerDocument);
        var perDocument = Math.Max(1, claims / documents);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var memberships = new List<EntityMembership>();
        await using var store = await SqliteStore.OpenAsync(path, TimeProvider.System, cancellationToken);
        for (var d = 0; d < documents; d++)
        {
            var text = new StringBuilder();
            var keys = new Dictionary<string, (string Key, EntityType Type)>(StringComparer.Ordinal);
            var mentions = new List<Mention>();
            var documentClaims = new List<Claim>();
            string Key(string name, EntityType type, int start)
            {
                if (!keys.TryGetValue(name, out var entry))
                {
                    entry = ($"e{keys.Count + 1}", type);
                    keys[name] = entry;
                }
                mentions.Add(new Mention { Span = new TextSpan(start, start + name.Length), Text = name, Type = type, Confidence = 0.9, Source = "bench", EntityKey = entry.Key });
                return entry.Key;
            }
            for (var c = 0; c < perDocument; c++)
            {
                var hub = c == 0 && d < HubClaims;
                var subject = hub ? HubName : people[random.Next(people.Length)];
                var (predicate, verb) = Relations[random.Next(Relations.Length)];
                var objectIsGroup = predicate is Predicate.MemberOf or Predicate.Funded || random.Next(3) == 0;
                var obj = objectIsGroup ? groups[random.Next(groups.Length)] : people[random.Next(people.Length)];
                var place = Places[random.Next(Places.Length)];
                var start = text.Length;
                var subjectKey = Key(subject, EntityType.Person, text.Length);
                text.Append(subject).Append(' ').Append(verb).Append(' ');
                var objectKey = Key(obj, objectIsGroup ? EntityType.Organization : EntityType.Person, text.Length);
                text.Append(obj).Append(" in ");
                var placeKey = Key(place, EntityType.Location, text.Length);
                text.Append(place).Append(", according to officials. ");
                var modality = Modalities[random.Next(Modalities.Length)];
                documentClaims.Add(new Claim
                {
                    Id = $"c{c + 1}",
                    Subject = subjectKey,
                    Predicate = predicate,
                    Object = objectKey,
                    Place = placeKey,
                    Modality = modality,
                    Holder = modality == Modality.Asserted ? Holder.Author(null) : new Holder("officials", HolderKind.Anonymous),
                    Cue = modality == Modality.Asserted ? null : "according to",
                    Evidence = new TextSpan(start, text.Length - 1),
                    Confidence = 0.8,
                });
                if ((c + 1) % 5 == 0)
                {
                    text.Append('\n').Append('\n');
                }
            }
            var published = new DateOnly(2020, 1, 1).AddDays(d % 2000);
            var document = Document.Create(text.ToString(), new DocumentMetadata
            {
                Title = string.Create(CultureInfo.InvariantCulture, $"Synthetic report {d + 1}: {Places[d % Places.Length]} networks"),
                Publisher = "Bench Wire",
                Published = published,
            });
            var annotated = new AnnotatedDocument(document)
            {
                Mentions = [.. mentions],
                Entities = [.. keys.Select(k => new DocumentEntity { Key = k.Value.Key, Type = k.Value.Type, Name = k.Key })],
                Claims = [.. documentClaims],
            };
            await store.AddDocumentAsync(annotated, cancellationToken);
            foreach (var (name, (key, type)) in keys)
            {
                var id = IdOf(name);
                entities.TryAdd(id, new Entity
                {
                    Id = id,
                    Type = type,
                    Name = name,
                    Aliases = [new Alias(name.Split(' ')[^1], document.Id)],
                    Coordinates = type == EntityType.Location ? new GeoPoint(30 + (name.Length % 7), 62 + (name.Length % 9)) : null,
                });
                memberships.Add(new EntityMembership(new DocumentEntityRef(document.Id, key), id, "bench: same name", 1));
            }
        }
        await store.ReplaceResolutionAsync([.. entities.Values], memberships, cancellationToken);
    }

    /// <summary>How many people the store names (besides the hub), <see cref="PersonId"/> 0 to this.</summary>
    public static int People => First.Length * Last.Length;

    /// <summary>Quoted full names, as an analyst searches for a person.</summary>
    public static string[] SearchNames => [.. First.SelectMany(f => Last.Select(l => $"\"{f} {l}\""))];

    public static string PersonId(int i) => IdOf($"{First[i % First.Length]} {Last[i / First.Length % Last.Length]}");

    private static string IdOf(string name) => name == HubName ? HubId
        : "ent:bench-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];
}
