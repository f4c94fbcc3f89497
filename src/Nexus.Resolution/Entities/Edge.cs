namespace Nexus.Resolution.Entities;

/// <summary>A reason to join two members, strongest first when sorted.</summary>
/// <param name="A">Member index.</param>
/// <param name="B">Member index, greater than <paramref name="A"/>.</param>
/// <param name="Score">0..1.</param>
/// <param name="Rank">0 shared reference, 1 same normalised name, 2 similar name: breaks score ties.</param>
/// <param name="Reason">Human-readable, recorded in the membership.</param>
internal sealed record Edge(int A, int B, double Score, int Rank, string Reason) : IComparable<Edge>
{
    public int CompareTo(Edge? other)
    {
        if (other is null)
        {
            return -1;
        }
        var c = other.Score.CompareTo(Score);
        c = c != 0 ? c : Rank.CompareTo(other.Rank);
        c = c != 0 ? c : A.CompareTo(other.A);
        return c != 0 ? c : B.CompareTo(other.B);
    }
}
