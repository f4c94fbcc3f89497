namespace Nexus.Engine.Curations;

/// <summary>A curation was refused and nothing was stored; the message is one sentence fit to show a user.</summary>
public sealed class CurationException : Exception
{
    public CurationException()
    {
    }

    public CurationException(string message)
        : base(message)
    {
    }

    public CurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CurationException(string message, CurationProblem problem)
        : base(message) => Problem = problem;

    public CurationProblem Problem { get; } = CurationProblem.Invalid;
}
