using Nexus.Text.Mentions;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Names;

/// <summary>
/// Mentions of names no list knows, typed by their context: titles and honorifics ("Dr. X",
/// "Hafiz X"), role nouns ("LeT chief X", "his deputy, X"), appositions ("X, a senior operative of Y"),
/// verbs of saying, organisation heads ("… Movement", "… Intelligence") and descriptors ("the militant
/// group X"), collective bodies ("Afghan forces", "Pakistan's intelligence services"), documents
/// ("the Indian dossier", "its magazine Yalgaar"), named events ("the 2008 Mumbai attacks"), borders
/// and weapons. A trained recogniser can replace or join this stage under the same contract.
/// </summary>
public sealed class NameRulesStage : IPipelineStage
{
    /// <summary>The <see cref="Mention.Source"/> of the mentions this stage finds.</summary>
    public const string Source = "rules";

    public string Name => "rules";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens, Layer.Sentences];

    public IReadOnlyCollection<Layer> Produces => [Layer.Mentions];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var found = new List<Mention>();
        var builder = new MentionBuilder(document);
        var index = new TokenIndex(document.Tokens);
        var known = new KnownMentions(document.Mentions, index, document.Tokens.Length);
        foreach (var sentence in document.Sentences)
        {
            var context = new SentenceContext(document.Tokens, sentence, known, builder);
            foreach (var run in CapitalisedRuns.Find(document.Tokens, sentence.FirstToken, sentence.EndToken))
            {
                if (context.TypeRun(run) is { } mention)
                {
                    found.Add(mention);
                }
            }
            found.AddRange(context.CollectiveBodies());
            found.AddRange(context.GovernmentsOfCountries());
            found.AddRange(context.RegimesOfPeople());
            found.AddRange(context.Documents());
            found.AddRange(context.Events());
            found.AddRange(context.Borders());
            found.AddRange(context.Weapons());
        }
        return document with { Mentions = [.. document.Mentions, .. found] };
    }

    /// <summary>Rules over one sentence, with the mentions earlier stages found in it.</summary>
    private sealed class SentenceContext(
        ImmutableArray<Token> tokens,
        Sentence sentence,
        KnownMentions known,
        MentionBuilder builder)
    {
        private string Word(int i) => i >= sentence.FirstToken && i < sentence.EndToken ? tokens[i].Text : "";

        // The rules ask for the same words' lower-case forms over and over: each is made once.
        private readonly string?[] _lower = new string?[sentence.EndToken - sentence.FirstToken];

        private string Lower(int i) =>
            i >= sentence.FirstToken && i < sentence.EndToken ? _lower[i - sentence.FirstToken] ??= tokens[i].Text.ToLowerInvariant() : "";

        private Mention? KnownAt(int start, int end) =>
            known.Exactly(start, end);

        private Mention? KnownCovering(int i) =>
            known.Covering(i);

        private Mention? KnownEndingAt(int end) =>
            known.EndingAt(end);

        public Mention? TypeRun(CapitalisedRun run)
        {
            var (start, end) = (run.Start, run.End);
            if (run.Length == 0 || KnownAt(start, end) is not null)
            {
                return null;
            }
            var nameLike = Enumerable.Range(start, run.Length).All(i => CapitalisedRuns.IsNameLike(Word(i)));
            var last = Word(end - 1);

            // "Anbar Province", "Diyala Province": a known place and its division, not a group's "Khorasan Province".
            if (last is "Province" && run.Length == 2 && KnownAt(start, start + 1) is { Type: EntityType.Location })
            {
                return builder.Create(start, end, EntityType.Location, EntityKind.Region, Source, 0.75);
            }
            // "Fort Campbell", "Camp Hurriya", "Incirlik Air Base", "Tiyas Military Airfield", "the Iraqi Museum": a site is a place.
            if (run.Length > 1 && (Word(start) is "Fort" or "Camp" || Lexicon.FacilityHeads.Contains(last)))
            {
                return builder.Create(start, end, EntityType.Location, EntityKind.Facility, Source, 0.75);
            }
            // "the 507th Air Refueling Wing", "2nd Battalion", "Mobile Unit Two": the unit's number is part of its name.
            var numbered = Lexicon.IsOrdinal(Word(start - 1));
            var head = run.Length > 1 && Lexicon.IsNumberWord(last) ? Word(end - 2) : last;
            if (Lexicon.OrganizationHeads.Contains(head) && (run.Length > 1 || numbered))
            {
                return builder.Create(numbered ? start - 1 : start, end, EntityType.Organization, OrganizationKindOf(start, end), Source, 0.75);
            }
            // "Coalition forces", "Coalition partners": the body named by one word at work through its members.
            if (run.Length == 1 && Lexicon.OrganizationHeads.Contains(last) && Lower(end) is "partners" or "members" or "allies" or "forces" or "troops")
            {
                return builder.Create(start, end + 1, EntityType.Organization, OrganizationKindOf(start, end), Source, 0.7);
            }
            if (Lexicon.GroupNameStarts.Contains(Word(start)) && run.Length > 1)
            {
                return builder.Create(start, end, EntityType.Organization, EntityKind.ArmedGroup, Source, 0.75);
            }
            // "Operation Inherent Resolve", "Exercise Eager Lion": a military operation or exercise, not a person (nor the place "Lion").
            if (Word(start) is "Operation" or "Exercise" && run.Length > 1)
            {
                return builder.Create(start, end, EntityType.Event, null, Source, 0.7);
            }
            // "a senior commander of Katiba Serma", "fighters of X": the run after a role is its group.
            if (Lower(start - 1) == "of" && (Lexicon.IsRole(Lower(start - 2)) || Lower(start - 2) is "fighters" or "members" or "militants" or "leaders" or "commanders"))
            {
                return builder.Create(start, end, EntityType.Organization, EntityKind.ArmedGroup, Source, 0.65);
            }
            if (DescriptorBefore(start) is { } descriptor)
            {
                return Lexicon.DocumentNouns.Contains(descriptor)
                    ? builder.Create(start, end, EntityType.Document, null, Source, 0.7)
                    : builder.Create(start, end, EntityType.Organization, OrganizationKindOfDescriptor(start), Source, 0.75);
            }
            if (!nameLike)
            {
                return null;
            }
            // "Near Palmyra, Coalition forces struck …", "near Dayr Az Zayr": what one is near is a place.
            if (Lower(start - 1) == "near" && KnownCovering(start) is null)
            {
                return builder.Create(start, end, EntityType.Location, null, Source, 0.7);
            }
            var confidence = PersonEvidence(run);
            return confidence > 0 ? builder.Create(start, end, EntityType.Person, null, Source, confidence) : null;
        }

        // How strongly the context says the run is a person; 0 when nothing does.
        private double PersonEvidence(CapitalisedRun run)
        {
            var (start, end) = (run.Start, run.End);
            var multi = run.Length > 1 || Lexicon.Honorifics.Contains(Word(start));
            if (!run.Titles.IsEmpty)
            {
                return 0.85;
            }
            if (Lexicon.Honorifics.Contains(Word(start)) && run.Length > 1)
            {
                return 0.8;
            }
            var before = Word(start - 1) == "," ? start - 2 : start - 1;
            if (Lexicon.IsPersonNoun(Lower(before)))
            {
                return 0.8;
            }
            if (multi && Word(end) == "," && AppositionNamesAPerson(end + 1))
            {
                return 0.8;
            }
            if (multi && Lexicon.SayVerbs.Contains(Lower(end)) && start > sentence.FirstToken)
            {
                return 0.6;
            }
            // "the Foreign Secretary", "Inherent Resolve Commander": an office standing for the person who holds it.
            if (run.Length > 1 && Lexicon.Titles.Contains(Word(end - 1)))
            {
                return 0.6;
            }
            // Two or three name-like words with no cue: most likely a person's name, but say so weakly. Not a
            // title ("Prime Minister", "Defence Secretaries") nor an Arabic place with its article ("Al Huwayjah").
            var words = Enumerable.Range(start, run.Length).Select(Word).ToList();
            if (run.Length is 2 or 3 && words.All(w => w.Length > 1 && char.IsLower(w[^1])) && !words.Any(Lexicon.GeographicWords.Contains)
                && !words.Any(w => Lexicon.Titles.Contains(w) || Lexicon.Titles.Contains(w.TrimEnd('s')) || w.EndsWith("ies", StringComparison.Ordinal) && Lexicon.Titles.Contains(w[..^3] + "y"))
                && words[0] is not ("Al" or "Ad" or "Ar" or "As" or "Ash" or "At" or "Az" or "El")
                && Enumerable.Range(start, run.Length).All(k => KnownCovering(k) is null))
            {
                return 0.5;
            }
            return 0;
        }

        // ", a senior operative of", ", a Pakistan-born militant", ", ISKP's coordinator in", ", a founding member"
        private bool AppositionNamesAPerson(int i)
        {
            for (var k = i; k < Math.Min(i + 7, sentence.EndToken); k++)
            {
                var word = Lower(k);
                if (word is "," or ";" or "who" or "which" or "that" or "." || Lexicon.SayVerbs.Contains(word))
                {
                    return false;
                }
                // "Knox Thames, the Special Advisor to …": a title in a description names its holder, as a role does ("On
                // Thanksgiving Day, Defense Secretary Ash Carter" is no description of the day).
                if (Lexicon.IsPersonNoun(word) || Lexicon.Titles.Contains(Word(k)) && Lower(i) is "the" or "a" or "an")
                {
                    return true;
                }
            }
            return false;
        }

        // "the militant group X", "the Turkish intelligence organization X", "its magazine X"
        private string? DescriptorBefore(int start)
        {
            var word = Lower(start - 1);
            return Lexicon.OrganizationDescriptors.Contains(word) || Lexicon.DocumentNouns.Contains(word) ? word : null;
        }

        private EntityKind OrganizationKindOfDescriptor(int start)
        {
            for (var k = start - 1; k >= Math.Max(sentence.FirstToken, start - 4); k--)
            {
                switch (Lower(k))
                {
                    case "intelligence" or "spy" or "security" or "police" or "state" or "government":
                        return EntityKind.StateAgency;
                    case "militant" or "terrorist" or "armed" or "jihadist" or "insurgent" or "rebel" or "extremist":
                        return EntityKind.ArmedGroup;
                    case "political":
                        return EntityKind.Political;
                    case "media" or "news":
                        return EntityKind.Media;
                }
            }
            return EntityKind.Other;
        }

        private EntityKind OrganizationKindOf(int start, int end)
        {
            var words = Enumerable.Range(start, end - start).Select(Word).ToList();
            if (words.Any(w => w is "Intelligence" or "Agency" or "Police" or "Directorate" or "Bureau" or "Service" or "Services" or "Guard" or "Guards" or "Forces" or "Army" && !words.Contains("Liberation")))
            {
                return EntityKind.StateAgency;
            }
            if (words.Any(w => w is "Ministry" or "Government" or "Cabinet" or "Office" or "Department" or "Embassy" or "Parliament" or "Assembly" or "Senate" or "Congress" or "Court"))
            {
                return EntityKind.Government;
            }
            if (words.Any(w => w is "Nations" or "Council" && words.Contains("Security") || w is "Nations"))
            {
                return EntityKind.International;
            }
            if (words.Any(w => w is "Province" or "Front" or "Brigade" or "Brigades" or "Taliban" or "Mujahideen" or "Mujahidin" or "Jamaat" or "Militia" or "Legion" or "Caliphate" or "Lashkar" or "Jaish" or "Tehreek" or "Tehrik" or "Liberation"))
            {
                return EntityKind.ArmedGroup;
            }
            if (words.Any(w => w is "Movement" or "Party" or "League" or "Union"))
            {
                return EntityKind.Political;
            }
            if (words.Any(w => w is "Company" or "Corporation" or "Bank" or "Inc." or "Ltd."))
            {
                return EntityKind.Company;
            }
            return EntityKind.Other;
        }

        // "Afghan forces", "the Pakistani military", "Baloch armed groups", "Pakistan's intelligence services"
        public IEnumerable<Mention> CollectiveBodies()
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var head = KnownAt(i, i + 1) ?? KnownEndingAt(i + 1);
                if (head is null || head.Type is not (EntityType.Nationality or EntityType.Location))
                {
                    continue;
                }
                var headStart = known.StartOf(head);
                var k = i + 1;
                if (Word(k) is "'s" or "’s")
                {
                    k++;
                }
                while (Lexicon.CollectiveModifiers.Contains(Lower(k))
                    && (Lexicon.CollectiveModifiers.Contains(Lower(k + 1)) || Lexicon.CollectiveOrganizations.Contains(Lower(k + 1))))
                {
                    k++;
                }
                // "U.S. service members", "Iraqi soldiers": a state's people in arms are its forces.
                var serving = Lexicon.ServicePeople.Contains(Lower(k));
                if (Lower(k) == "service" && Lower(k + 1) == "members")
                {
                    serving = true;
                    k++;
                }
                if (!(serving || Lexicon.CollectiveOrganizations.Contains(Lower(k))) || Lower(k) is "officials" or "security" or "intelligence")
                {
                    continue;
                }
                // "Syrian opposition forces" are no state's forces.
                var kind = CollectiveKind(Lower(k)) == EntityKind.StateAgency && Enumerable.Range(i + 1, k - i - 1).Any(j => Lower(j) == "opposition")
                    ? EntityKind.ArmedGroup : CollectiveKind(Lower(k));
                yield return builder.Create(headStart, k + 1, EntityType.Organization, kind, Source, 0.7);
                i = k;
            }
        }

        // "the Government of Iraq", "the Federal Government of Iraq", "the armed forces of Jordan": the body, not
        // the place, so the country inside is no mention of its own.
        public IEnumerable<Mention> GovernmentsOfCountries()
        {
            for (var i = sentence.FirstToken; i + 2 < sentence.EndToken; i++)
            {
                if (!Lexicon.StateBodies.Contains(Lower(i)) || Lower(i + 1) != "of" || KnownCovering(i + 2) is not { Type: EntityType.Location, Kind: EntityKind.Country } country
                    || known.StartOf(country) != i + 2)
                {
                    continue;
                }
                var start = i;
                while (Lexicon.CollectiveModifiers.Contains(Lower(start - 1)))
                {
                    start--;
                }
                var end = i + 2;
                while (KnownCovering(end) == country)
                {
                    end++;
                }
                yield return builder.Create(start, end, EntityType.Organization, CollectiveKind(Lower(i)), Source, 0.75);
                i = end - 1;
            }
        }

        // "the Assad regime", "Assad's brutal regime", "the Obama administration": a government named after its leader.
        public IEnumerable<Mention> RegimesOfPeople()
        {
            for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
            {
                if (Lower(i) is not ("regime" or "administration" or "government" or "junta"))
                {
                    continue;
                }
                var end = i - 1;
                if (Word(end - 1) is "'s" or "’s" && Word(end) is { Length: > 0 } adjective && char.IsLower(adjective[0]))
                {
                    end--;
                }
                if (Word(end) is "'s" or "’s")
                {
                    end--;
                }
                var start = end;
                while (start >= sentence.FirstToken && CapitalisedRuns.IsNameLike(Word(start)) && !Lexicon.CapitalisedFunctionWords.Contains(Word(start))
                    && !Lexicon.Titles.Contains(Word(start)))
                {
                    start--;
                }
                start++;
                if (start > end || !char.IsUpper(Word(start)[0]) || KnownCovering(end) is { Type: not EntityType.Person } || Lexicon.GeographicWords.Contains(Word(end)))
                {
                    continue;
                }
                yield return builder.Create(start, i + 1, EntityType.Organization, EntityKind.Government, Source, 0.7);
            }
        }

        // The head noun decides: "Malian armed forces" are the state's, "Baloch armed groups" are not.
        private static EntityKind CollectiveKind(string noun) => noun switch
        {
            "groups" or "militants" or "fighters" or "factions" or "rebels" or "insurgents" or "separatists" or "militias" or "militia" => EntityKind.ArmedGroup,
            "opposition" => EntityKind.Political,
            "authorities" or "government" or "administration" or "ministry" or "regime" or "establishment" or "leadership" or "parliament" or "judiciary" or "embassy" or "consulate" or "diplomats" or "junta" => EntityKind.Government,
            _ => EntityKind.StateAgency,
        };

        // "the Indian dossier", "a classified Indian dossier", "the dossier" (a definite reference to one)
        public IEnumerable<Mention> Documents()
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var noun = Lower(i);
                if (!Lexicon.DocumentNouns.Contains(noun) || noun is "statement" or "video" or "audio" or "recording" or "book")
                {
                    continue;
                }
                var start = i;
                while (start - 1 >= sentence.FirstToken && KnownAt(start - 1, start) is { Type: EntityType.Nationality or EntityType.Location or EntityType.Organization })
                {
                    start--;
                }
                var definite = Lower(start - 1) is "the" or "this" or "that";
                if (start == i && !definite)
                {
                    continue;
                }
                yield return builder.Create(start, i + 1, EntityType.Document, null, Source, start < i ? 0.75 : 0.6);
            }
        }

        // "the 2008 Mumbai attacks", "the Mumbai attacks of 2008"
        public IEnumerable<Mention> Events()
        {
            for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
            {
                if (!Lexicon.EventNouns.Contains(Lower(i)) || KnownEndingAt(i) is not { Type: EntityType.Location } place)
                {
                    continue;
                }
                var start = known.StartOf(place);
                if (IsYear(Word(start - 1)))
                {
                    start--;
                }
                yield return builder.Create(start, i + 1, EntityType.Event, null, Source, 0.7);
            }
        }

        // "the Afghanistan-Pakistan border"
        public IEnumerable<Mention> Borders()
        {
            for (var i = sentence.FirstToken; i + 3 < sentence.EndToken; i++)
            {
                if (KnownAt(i, i + 1) is { Type: EntityType.Location } && NameKeyIsDash(Word(i + 1))
                    && KnownAt(i + 2, i + 3) is { Type: EntityType.Location } && Lower(i + 3) is "border" or "frontier" or "borderlands")
                {
                    yield return builder.Create(i, i + 4, EntityType.Location, EntityKind.Border, Source, 0.8);
                }
            }
        }

        public IEnumerable<Mention> Weapons()
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (Lexicon.WeaponNouns.Contains(Word(i)) || Lexicon.WeaponNouns.Contains(Lower(i)))
                {
                    yield return builder.Create(i, i + 1, EntityType.Weapon, null, Source, 0.7);
                }
            }
        }

        private static bool NameKeyIsDash(string word) => word is "-" or "–" or "‐";

        private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsDigit) && word[0] is '1' or '2';
    }
}
