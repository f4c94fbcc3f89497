namespace Nexus.Text.Models.Evaluation;

/// <summary>
/// Time one stage (or the baseline, or the whole pipeline) took over a corpus: wall-clock and the
/// process's CPU time, which a busy shared machine inflates far less than the wall clock.
/// </summary>
public sealed record StageThroughput(string Name, long Words, TimeSpan Elapsed, TimeSpan Cpu)
{
    public double WordsPerSecond => Elapsed.TotalSeconds == 0 ? 0 : Words / Elapsed.TotalSeconds;

    public double WordsPerCpuSecond => Cpu.TotalSeconds == 0 ? 0 : Words / Cpu.TotalSeconds;
}
