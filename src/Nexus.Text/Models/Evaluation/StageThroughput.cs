namespace Nexus.Text.Models.Evaluation;

/// <summary>Time one stage (or the baseline, or the whole pipeline) took over a corpus, as words per second.</summary>
public sealed record StageThroughput(string Name, long Words, TimeSpan Elapsed)
{
    public double WordsPerSecond => Elapsed.TotalSeconds == 0 ? 0 : Words / Elapsed.TotalSeconds;
}
