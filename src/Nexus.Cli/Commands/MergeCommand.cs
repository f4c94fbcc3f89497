namespace Nexus.Cli.Commands;

/// <summary><c>nexus merge A B... [--reason TEXT]</c>: the analyst declares entities one; effective at once, replayed after every ingest.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var entities = new Argument<string[]>("entities") { Description = "Two or more entities: names, aliases or ids as `nexus entities` lists them.", Arity = new ArgumentArity(2, 100) };
        var command = new Command("merge", "Merge entities the resolver kept apart; stored as a curation and replayed after every ingest.") { entities };
        return command.WithDecision((parse, workflow, note, ct) => workflow.MergeAsync(parse.GetValue(entities)!, note, ct));
    }
}
