namespace Nexus.Text.Models.Training;

/// <summary>A reproducible Fisher–Yates shuffle: a seeded <see cref="Random"/> gives the same order on every run.</summary>
internal static class Shuffler
{
    public static void Shuffle<T>(IList<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
