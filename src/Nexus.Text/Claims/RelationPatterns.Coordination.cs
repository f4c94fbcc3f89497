namespace Nexus.Text.Claims;

/// <summary>
/// Coordination read from the words between mentions, where the parse often misses it ("Australia, Canada, Denmark
/// and France have participated in strikes against ISIL" parsed as a list under "Australia"): a relation read for
/// one member of a coordinated list holds for every member.
/// </summary>
internal static partial class RelationPatterns
{
    // "Australia, Canada and France have participated in strikes against ISIL", "fought ISKP, the Haqqani Network
    // and al-Qaida": a subject list before its trigger, an object list after it. A trigger inside or on the wrong side
    // of the list is a title or an apposition ("ISKP chief A and B": B is not ISKP's chief), so nothing is copied.
    private static void Coordination(SentenceView view, List<RelationCandidate> found)
    {
        var lists = CoordinatedLists(view);
        if (lists.Count == 0)
        {
            return;
        }
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var candidate = found[c];
            if (candidate.Object is not { } obj)
            {
                continue;
            }
            var subjects = lists.FirstOrDefault(l => l.Members.Contains(candidate.Subject));
            var objects = lists.FirstOrDefault(l => l.Members.Contains(obj));
            if (subjects is not null && subjects == objects)
            {
                continue;
            }
            // Before its verb ("A and B attacked"), or after a passive's "by" ("attacked by A and B").
            var subjectsCopy = subjects is not null && !view.IsTaggedVerb(subjects.Start - 1)
                && (candidate.Trigger.Start >= subjects.End || candidate.Trigger.End <= subjects.Start && view.Lower(subjects.Start - 1) == "by");
            var objectsCopy = objects is not null && candidate.Trigger.End <= objects.Start && !view.IsTaggedVerb(objects.End);
            foreach (var subject in subjectsCopy ? subjects!.Members : [candidate.Subject])
            {
                foreach (var other in objectsCopy ? objects!.Members : [obj])
                {
                    if ((subject != candidate.Subject || other != obj) && subject.EntityKey != other.EntityKey && RelationCandidate.Fits(candidate.Predicate, subject, other))
                    {
                        found.Add(candidate with { Subject = subject, Object = other, Confidence = candidate.Confidence - 0.05, Pattern = candidate.Pattern + "+coordinated" });
                    }
                }
            }
        }
    }

    // Mentions of one type joined by commas and a final "and": "A, B and C", "the SDF and the Iraqi army". Not "or":
    // "A, B or C" says one of them, so copying would turn one guess into a claim about each.
    private static List<CoordinatedList> CoordinatedLists(SentenceView view)
    {
        var lists = new List<CoordinatedList>();
        var members = new List<(Mention Mention, int Start, int End)>();
        foreach (var next in view.Mentions())
        {
            if (members.Count > 0 && members[^1].Mention.Type == next.Mention.Type && Separator(view, members[^1].End, next.Start) is { } final)
            {
                members.Add(next);
                if (final)
                {
                    lists.Add(new CoordinatedList([.. members.Select(m => m.Mention)], members[0].Start, members[^1].End));
                    members.Clear();
                }
                continue;
            }
            members.Clear();
            members.Add(next);
        }
        return lists;
    }

    // Whether the words from..to join two list members: null when they do not, true when they end the list ("and").
    private static bool? Separator(SentenceView view, int from, int to)
    {
        if (to <= from || !(view.Lower(from) is "," or "and"))
        {
            return null;
        }
        var final = false;
        for (var k = from; k < to; k++)
        {
            switch (view.Lower(k))
            {
                case "and" when !final:
                    final = true;
                    break;
                case "," or "the":
                    break;
                default:
                    return null;
            }
        }
        return final;
    }

    private sealed record CoordinatedList(ImmutableArray<Mention> Members, int Start, int End);
}
